package fr.imt.portal.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Red Hat's yaml-language-server (the engine of VS Code's YAML extension, installed by
 * {@code npm ci} from the project's package-lock.json) run with Node and spoken to as an editor
 * does: JSON-RPC over its standard input and output, each message framed by a
 * {@code Content-Length} header. Only the few requests the schema tests need are written here.
 */
final class YamlLanguageServer implements AutoCloseable {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path SERVER = PROJECT.resolve("node_modules/yaml-language-server/bin/yaml-language-server");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final OutputStream toServer;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, BlockingQueue<JsonNode>> diagnostics = new ConcurrentHashMap<>();
    private final ObjectNode settings;
    private final AtomicInteger versions = new AtomicInteger();

    /** Why the server cannot run here (no Node), or empty when it can. */
    static Optional<String> unavailable() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor() == 0 ? Optional.empty() : Optional.of("node --version failed");
        } catch (IOException e) {
            return Optional.of("node is not installed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** Starts the server and initializes it with the settings VS Code would send (no schema store: no network). */
    YamlLanguageServer() throws IOException {
        process = new ProcessBuilder("node", SERVER.toString(), "--stdio")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        toServer = process.getOutputStream();
        Thread reader = new Thread(this::readMessages, "yaml-language-server reader");
        reader.setDaemon(true);
        reader.start();
        settings = JsonNodeFactory.instance.objectNode();
        ObjectNode yaml = settings.putObject("yaml");
        yaml.put("validate", true).put("hover", true).put("completion", true);
        yaml.putObject("schemaStore").put("enable", false);
        yaml.putObject("schemas");

        ObjectNode init = JsonNodeFactory.instance.objectNode();
        init.put("processId", ProcessHandle.current().pid());
        init.put("rootUri", PROJECT.toUri().toString());
        ObjectNode text = init.putObject("capabilities").putObject("textDocument");
        text.putObject("completion").putObject("completionItem").put("snippetSupport", false)
                .putArray("documentationFormat").add("markdown").add("plaintext");
        text.putObject("hover").putArray("contentFormat").add("markdown").add("plaintext");
        text.putObject("publishDiagnostics");
        request("initialize", init);
        notify("initialized", JsonNodeFactory.instance.objectNode());
        notify("workspace/didChangeConfiguration", JsonNodeFactory.instance.objectNode().set("settings", settings));
    }

    /** A diagnostic as an editor underlines it: where (1-based line) and what. */
    record Diagnostic(int line, String message) {
        @Override
        public String toString() {
            return line + ": " + message;
        }
    }

    /** Opens {@code text} as the YAML document at {@code uri}, returns the diagnostics the server publishes, and closes it. */
    List<Diagnostic> diagnose(String uri, String text) {
        BlockingQueue<JsonNode> queue = diagnostics.computeIfAbsent(uri, u -> new LinkedBlockingQueue<>());
        queue.clear();
        open(uri, text);
        JsonNode published;
        try {
            published = queue.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        close(uri);
        if (published == null) {
            throw new IllegalStateException("no diagnostics published for " + uri + " within " + WAIT);
        }
        return diagnostics(published);
    }

    /**
     * {@link #diagnose} for many documents at once: all are opened, then each one's first diagnostics
     * are awaited, then all are closed. The server validates a document 200 ms after its last change
     * (an editor's typing pause), a wait that documents opened together share instead of adding up;
     * each document is still validated alone, against its own schema.
     */
    Map<String, List<Diagnostic>> diagnoseAll(Map<String, String> documents) {
        Map<String, BlockingQueue<JsonNode>> queues = new LinkedHashMap<>();
        documents.forEach((uri, text) -> {
            BlockingQueue<JsonNode> queue = diagnostics.computeIfAbsent(uri, u -> new LinkedBlockingQueue<>());
            queue.clear();
            queues.put(uri, queue);
            open(uri, text);
        });
        Map<String, List<Diagnostic>> all = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, BlockingQueue<JsonNode>> e : queues.entrySet()) {
                JsonNode published;
                try {
                    published = e.getValue().poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(x);
                }
                if (published == null) {
                    throw new IllegalStateException("no diagnostics published for " + e.getKey() + " within " + WAIT);
                }
                all.put(e.getKey(), diagnostics(published));
            }
        } finally {
            queues.keySet().forEach(this::close);
        }
        return all;
    }

    private static List<Diagnostic> diagnostics(JsonNode published) {
        return java.util.stream.StreamSupport.stream(published.get("diagnostics").spliterator(), false)
                .map(d -> new Diagnostic(d.at("/range/start/line").asInt() + 1, d.get("message").asText())).toList();
    }

    void open(String uri, String text) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("uri", uri).put("languageId", "yaml").put("version", versions.incrementAndGet()).put("text", text);
        notify("textDocument/didOpen", JsonNodeFactory.instance.objectNode().set("textDocument", document));
    }

    void close(String uri) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.putObject("textDocument").put("uri", uri);
        notify("textDocument/didClose", params);
    }

    /** The labels the server proposes at {@code line}, {@code character} (0-based) of the open document. */
    List<String> completion(String uri, int line, int character) {
        JsonNode result = request("textDocument/completion", position(uri, line, character));
        JsonNode items = result.isArray() ? result : result.path("items");
        return java.util.stream.StreamSupport.stream(items.spliterator(), false).map(i -> i.get("label").asText()).toList();
    }

    /** The text of the hover at {@code line}, {@code character} (0-based) of the open document, empty when none. */
    String hover(String uri, int line, int character) {
        JsonNode result = request("textDocument/hover", position(uri, line, character));
        JsonNode contents = result.path("contents");
        return contents.isTextual() ? contents.asText() : contents.path("value").asText();
    }

    private ObjectNode position(String uri, int line, int character) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.putObject("textDocument").put("uri", uri);
        params.putObject("position").put("line", line).put("character", character);
        return params;
    }

    private JsonNode request(String method, JsonNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("jsonrpc", "2.0").put("id", id).put("method", method).set("params", params);
        send(message);
        try {
            JsonNode response = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (response.has("error")) {
                throw new IllegalStateException(method + ": " + response.get("error"));
            }
            return response.path("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer", e);
        }
    }

    private void notify(String method, JsonNode params) {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("jsonrpc", "2.0").put("method", method).set("params", params);
        send(message);
    }

    private synchronized void send(JsonNode message) {
        try {
            byte[] body = json.writeValueAsBytes(message);
            toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            toServer.write(body);
            toServer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readMessages() {
        try (InputStream in = new BufferedInputStream(process.getInputStream())) {
            while (true) {
                int length = -1;
                String header;
                while (!(header = headerLine(in)).isEmpty()) {
                    if (header.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring("content-length:".length()).trim());
                    }
                }
                if (length < 0) {
                    return;
                }
                JsonNode message = json.readTree(in.readNBytes(length));
                dispatch(message);
            }
        } catch (IOException | RuntimeException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    private static String headerLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b == -1 && line.size() == 0) {
            throw new IOException("the server closed its output");
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private void dispatch(JsonNode message) {
        if (message.has("method") && message.has("id")) {
            answerServerRequest(message);
        } else if (message.has("method")) {
            if (message.get("method").asText().equals("textDocument/publishDiagnostics")) {
                JsonNode params = message.get("params");
                diagnostics.computeIfAbsent(params.get("uri").asText(), u -> new LinkedBlockingQueue<>()).add(params);
            }
        } else if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
        }
    }

    /** The server asks for its settings section by section ({@code workspace/configuration}) and registers capabilities. */
    private void answerServerRequest(JsonNode request) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("jsonrpc", "2.0").set("id", request.get("id"));
        if (request.get("method").asText().equals("workspace/configuration")) {
            ArrayNode sections = response.putArray("result");
            for (JsonNode item : request.at("/params/items")) {
                JsonNode section = settings.get(item.path("section").asText());
                sections.add(section == null ? JsonNodeFactory.instance.nullNode() : section);
            }
        } else {
            response.putNull("result");
        }
        send(response);
    }

    @Override
    public void close() {
        try {
            request("shutdown", JsonNodeFactory.instance.nullNode());
            notify("exit", JsonNodeFactory.instance.nullNode());
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (RuntimeException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
