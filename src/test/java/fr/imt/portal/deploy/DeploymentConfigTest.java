package fr.imt.portal.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.imt.portal.cli.PortalCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The continuous-deployment files parse as YAML and do what the README says: validate before
 * building, build with the day's date and the host's base path, publish only after both, with the
 * actions, image and job names the hosts expect; and every option they pass to the generator is
 * one it accepts.
 */
class DeploymentConfigTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The generator as the deployments start it: through the launcher, with the benchmark's JVM options. */
    static final Pattern PORTAL = Pattern.compile("\\./portal (\\w+)([^\\n;]*)");

    static JsonNode read(String file) throws IOException {
        return YAML.readTree(PROJECT.resolve(file).toFile());
    }

    /** Index of the first step whose text contains {@code what}; fails when none does. */
    static int stepWith(JsonNode steps, String what) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).toString().contains(what)) {
                return i;
            }
        }
        throw new AssertionError("no step with " + what + " in " + steps);
    }

    /** Every generator command the script text runs: its subcommand and options exist. */
    static int checkPortalCommands(String script) {
        CommandLine cli = new CommandLine(new PortalCommand());
        Matcher m = PORTAL.matcher(script);
        int found = 0;
        while (m.find()) {
            CommandLine sub = cli.getSubcommands().get(m.group(1));
            assertNotNull(sub, "no command " + m.group(1));
            Matcher option = Pattern.compile("(--[a-z-]+)").matcher(m.group(2));
            while (option.find()) {
                assertNotNull(sub.getCommandSpec().findOption(option.group(1)), m.group(1) + " has no option " + option.group(1));
            }
            found++;
        }
        return found;
    }

    @Test
    void gitHubWorkflowValidatesThenBuildsForThePagesPathThenDeploys() throws IOException {
        JsonNode wf = read(".github/workflows/deploy.yml");
        assertEquals("write", wf.at("/permissions/pages").asText());
        assertEquals("write", wf.at("/permissions/id-token").asText());
        JsonNode steps = wf.at("/jobs/build/steps");
        assertTrue(steps.isArray() && steps.size() > 0);
        int checkout = stepWith(steps, "actions/checkout@v");
        int java = stepWith(steps, "actions/setup-java@v");
        int validate = stepWith(steps, "./portal validate");
        int pages = stepWith(steps, "actions/configure-pages@v");
        int build = stepWith(steps, "./portal build");
        int upload = stepWith(steps, "actions/upload-pages-artifact@v");
        assertTrue(checkout < java && java < validate && validate < build && pages < build && build < upload,
                "order: checkout, java, validate, build, upload");
        JsonNode setup = steps.get(java).get("with");
        assertEquals("temurin", setup.get("distribution").asText());
        assertEquals("17", setup.get("java-version").asText());
        assertEquals("maven", setup.get("cache").asText());
        String buildRun = steps.get(build).get("run").asText();
        assertFalse(buildRun.contains("--today") || buildRun.contains("TZ="), "the build dates itself in site.timeZone: " + buildRun);
        // The build that is uploaded checks the legal notice's settings; a pull request's does not.
        assertTrue(buildRun.contains("github.event_name != 'pull_request' && '--publish'"), buildRun);
        String pagesId = steps.get(pages).get("id").asText();
        assertTrue(buildRun.contains("steps." + pagesId + ".outputs.base_path"), buildRun);
        assertEquals("target/site", steps.get(upload).at("/with/path").asText());
        assertEquals("build", wf.at("/jobs/deploy/needs").asText());
        assertEquals("github-pages", wf.at("/jobs/deploy/environment/name").asText());
        assertTrue(wf.at("/jobs/deploy/steps").toString().contains("actions/deploy-pages@v"));
        StringBuilder runs = new StringBuilder();
        steps.forEach(s -> runs.append(s.path("run").asText()).append('\n'));
        assertEquals(2, checkPortalCommands(runs.toString()));
    }

    @Test
    void gitLabPagesJobPublishesPublicOnlyAfterValidation() throws IOException {
        JsonNode ci = read(".gitlab-ci.yml");
        assertTrue(ci.get("image").asText().startsWith("maven:3-eclipse-temurin-17"), ci.get("image").asText());
        List<String> stages = new ArrayList<>();
        ci.get("stages").forEach(s -> stages.add(s.asText()));
        JsonNode validate = ci.get("validate");
        JsonNode pages = ci.get("pages");
        assertNotNull(pages, "GitLab publishes the job named pages");
        assertTrue(stages.indexOf(validate.get("stage").asText()) < stages.indexOf(pages.get("stage").asText()));
        assertEquals("validate", pages.get("needs").get(0).asText());
        assertTrue(validate.get("script").toString().contains("./portal validate"));
        assertEquals("public", pages.at("/artifacts/paths/0").asText());
        String script = String.join("\n", YAML.convertValue(pages.get("script"), String[].class));
        assertTrue(script.contains("--out public") && script.contains("--base-path") && !script.contains("--today"), script);
        assertTrue(script.contains("build --publish"), "the published build checks the legal notice's settings: " + script);
        String branches = String.join("\n", YAML.convertValue(ci.get("build").get("script"), String[].class));
        assertFalse(branches.contains("--publish"), "other branches build without the publication check: " + branches);
        StringBuilder all = new StringBuilder();
        ci.fields().forEachRemaining(e -> e.getValue().path("script").forEach(line -> all.append(line.asText()).append('\n')));
        assertEquals(3, checkPortalCommands(all.toString()));
    }

    @Test
    void deploymentsHookAndBenchmarkStartThePortalThroughTheLauncher() throws IOException {
        for (String file : List.of(".github/workflows/deploy.yml", ".gitlab-ci.yml", ".githooks/pre-commit", "src/bench/benchmark.sh")) {
            String text = java.nio.file.Files.readString(PROJECT.resolve(file));
            assertTrue(text.contains("portal validate") || text.contains("portal build") || text.contains("/portal\""),
                    file + " starts the portal with ./portal");
            assertTrue(!text.contains("-jar target/portal.jar") && !text.contains("-jar \"$JAR\""),
                    file + " starts the jar without the launcher's JVM options");
        }
    }

    @Test
    void gitLabPagesAddressGivesTheBasePathAndHost() throws IOException, InterruptedException {
        JsonNode script = read(".gitlab-ci.yml").at("/pages/script");
        String setup = script.get(0).asText() + "\n" + script.get(1).asText() + "\nprintf '%s %s' \"$PAGES_ORIGIN\" \"$PAGES_PATH\"";
        assertEquals("https://imt.gitlab.io /hrs4r/", shell(setup, "https://imt.gitlab.io/hrs4r"));
        assertEquals("https://hrs4r-3f2a.gitlab.io /", shell(setup, "https://hrs4r-3f2a.gitlab.io"));
        assertEquals("https://pages.example.org /group/hrs4r/", shell(setup, "https://pages.example.org/group/hrs4r/"));
    }

    @Test
    void gitHubWorkflowAlsoRunsEveryDay() throws IOException {
        JsonNode on = read(".github/workflows/deploy.yml").path("on");
        assertTrue(on.has("push"), on.toString());
        String cron = on.at("/schedule/0/cron").asText();
        String[] fields = cron.split(" ");
        assertEquals(5, fields.length, cron);
        assertTrue(fields[0].matches("\\d+") && fields[1].matches("\\d+"), "one fixed time a day: " + cron);
        assertEquals(List.of("*", "*", "*"), List.of(fields[2], fields[3], fields[4]), "every day: " + cron);
    }

    @Test
    void gitLabPagesJobRunsForTheScheduleAndPushesToTheDefaultBranchOnly() throws IOException, InterruptedException {
        JsonNode rules = read(".gitlab-ci.yml").at("/pages/rules");
        assertEquals(1, rules.size(), rules.toString());
        String rule = rules.get(0).get("if").asText();
        // GitLab's expression, evaluated as bash does with the variables of each kind of pipeline.
        String bash = "[[ " + rule.replace("&&", "]] && [[").replace("=~ /", "=~ ").replaceAll("/$", "") + " ]]";
        assertEquals("0", shell(bash + "; printf $?", Map.of("CI_COMMIT_BRANCH", "main", "CI_DEFAULT_BRANCH", "main",
                "CI_PIPELINE_SOURCE", "schedule")), rule);
        assertEquals("0", shell(bash + "; printf $?", Map.of("CI_COMMIT_BRANCH", "main", "CI_DEFAULT_BRANCH", "main",
                "CI_PIPELINE_SOURCE", "push")), rule);
        assertEquals("1", shell(bash + "; printf $?", Map.of("CI_COMMIT_BRANCH", "draft", "CI_DEFAULT_BRANCH", "main",
                "CI_PIPELINE_SOURCE", "schedule")), rule);
        assertEquals("1", shell(bash + "; printf $?", Map.of("CI_COMMIT_BRANCH", "main", "CI_DEFAULT_BRANCH", "main",
                "CI_PIPELINE_SOURCE", "merge_request_event")), rule);
    }

    private static String shell(String script, String pagesUrl) throws IOException, InterruptedException {
        return shell(script, Map.of("CI_PAGES_URL", pagesUrl));
    }

    private static String shell(String script, Map<String, String> variables) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        pb.environment().putAll(variables);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
