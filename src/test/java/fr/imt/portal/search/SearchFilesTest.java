package fr.imt.portal.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files of shards (FORMAT.md, version 2): every shard of meta.json is in the file its
 * start says, files stay small, and the starts depend on the keys and on nearby sizes only.
 */
class SearchFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyShardIsInItsFileAndFilesStaySmall() throws IOException {
        for (String lang : List.of("fr", "en")) {
            Path folder = SearchSites.real().resolve("search").resolve(lang);
            JsonNode meta = JSON.readTree(folder.resolve("meta.json").toFile());
            // Keys front-coded (letters shared with the key before, then the others); files as their number of keys.
            List<String> keys = new ArrayList<>();
            String previous = "";
            for (String k : meta.get("s").asText().split(" ")) {
                previous = previous.substring(0, k.charAt(0) - '0') + k.substring(1);
                keys.add(previous);
            }
            assertEquals(keys.stream().sorted().distinct().toList(), keys);
            List<Integer> starts = new ArrayList<>();
            int at = 0;
            for (char count : meta.get("g").asText().toCharArray()) {
                starts.add(at);
                at += Character.digit(count, Character.MAX_RADIX);
            }
            assertEquals(keys.size(), at);
            assertTrue(starts.size() < keys.size() / 2, starts.size() + " files for " + keys.size() + " shards");
            int words = 0;
            for (int g = 0; g < starts.size(); g++) {
                int to = g + 1 < starts.size() ? starts.get(g + 1) : keys.size();
                Path file = folder.resolve("s/" + keys.get(starts.get(g)) + ".json");
                JsonNode shards = JSON.readTree(file.toFile());
                assertEquals(keys.subList(starts.get(g), to), fieldNames(shards), file.toString());
                for (JsonNode shard : shards) {
                    words += shard.get("w").size();
                }
                assertTrue(Files.size(file) <= SearchIndexer.SHARD_BYTES || shards.size() == 1, file + " is small");
            }
            assertTrue(words > 1000, lang + ": " + words + " words");
            try (var pairFiles = Files.list(folder.resolve("p"))) {
                assertTrue(pairFiles.allMatch(f -> {
                    try {
                        return Files.size(f) <= SearchIndexer.SHARD_BYTES || JSON.readTree(f.toFile()).size() == 1;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }), lang + ": pair files are small");
            }
        }
    }

    @Test
    void excerptsAreTheRenderedTextOfThePagesNotTheirSource() throws IOException {
        for (String lang : List.of("fr", "en")) {
            Path folder = SearchSites.real().resolve("search").resolve(lang);
            StringBuilder all = new StringBuilder();
            int pages = 0;
            try (var files = Files.list(folder.resolve("f"))) {
                for (Path f : files.toList()) {
                    all.append(Files.readString(f)).append('\n');
                    pages += f.getFileName().toString().endsWith("-0.json") ? 1 : 0;
                }
            }
            String text = all.toString();
            for (String source : List.of("{{site.", "{{mailto:", "## ", "](")) {
                assertFalse(text.contains(source), lang + ": the index holds Markdown or a placeholder: " + source);
            }
            // Bold Markdown, not the footnote marks "(**)" the COP tables use.
            assertFalse(java.util.regex.Pattern.compile("\\*\\*\\p{L}").matcher(text).find(), lang + ": bold Markdown in the index");
            assertTrue(pages > 100, lang + ": " + pages + " pages");
        }
    }

    @Test
    void eachTermsLeadIsItsTopDocumentWithThePassageItShowsAsItsFragmentHoldsThem() throws IOException {
        for (String lang : List.of("fr", "en")) {
            Path folder = SearchSites.real().resolve("search").resolve(lang);
            int chunk = JSON.readTree(folder.resolve("meta.json").toFile()).get("chunk").asInt();
            int terms = 0;
            int pairs = 0;
            try (var shardFiles = Files.list(folder.resolve("s"))) {
                for (Path file : shardFiles.toList()) {
                    JsonNode lead = JSON.readTree(folder.resolve("l").resolve(file.getFileName()).toFile());
                    String what = lang + " " + file.getFileName();
                    java.util.Set<String> ofTerms = new java.util.TreeSet<>();
                    for (JsonNode shard : JSON.readTree(file.toFile())) {
                        for (int t = 0; t < shard.get("t").size(); t++, terms++) {
                            JsonNode postings = shard.get("p").get(t);
                            int top = top(postings);
                            JsonNode where = shard.get("q").get(t).get(top / 2);
                            int passage = where.isNumber() ? where.asInt() : where.isEmpty() ? 0 : where.get(0).asInt();
                            String entry = postings.get(top).asInt() + "-" + passage;
                            assertTrue(lead.has(entry), what + " " + shard.get("t").get(t).asText() + ": no lead " + entry);
                            ofTerms.add(entry);
                        }
                    }
                    // The others: pages whose title holds one of the file's terms and another word
                    // (the top page of the two together), so pages where one of the file's terms is.
                    java.util.Set<String> ofWords = new java.util.TreeSet<>();
                    for (JsonNode shard : JSON.readTree(file.toFile())) {
                        for (JsonNode postings : shard.get("p")) {
                            for (int i = 0; i < postings.size(); i += 2) {
                                ofWords.add(String.valueOf(postings.get(i).asInt()));
                            }
                        }
                    }
                    for (String entry : fieldNames(lead)) {
                        pairs += ofTerms.contains(entry) ? 0 : 1;
                        assertTrue(ofTerms.contains(entry) || ofWords.contains(entry.substring(0, entry.indexOf('-'))), what + ": " + entry);
                        // The fragment holding the passage, with that passage only, at its place.
                        int passage = Integer.parseInt(entry.substring(entry.indexOf('-') + 1));
                        JsonNode item = lead.get(entry);
                        JsonNode fragment = JSON.readTree(folder.resolve("f/" + entry.substring(0, entry.indexOf('-')) + "-"
                                + passage / chunk + ".json").toFile());
                        for (String field : List.of("t", "u", "b", "s")) {
                            assertEquals(fragment.get(field), item.get(field), what + " " + entry + " " + field);
                        }
                        JsonNode text = fragment.get("x").get(passage % chunk);
                        assertEquals(text == null ? 0 : passage % chunk + 1, item.get("x").size(), what + " " + entry);
                        assertEquals(text, item.get("x").get(passage % chunk), what + " " + entry);
                    }
                }
            }
            assertTrue(terms > 1000 && pairs > 100, lang + ": " + terms + " terms, " + pairs + " leads of pairs");
        }
    }

    /** The index, in flat (document, weight) postings, of the highest weight; ties to the lower document, which comes first. */
    private static int top(JsonNode postings) {
        int top = 0;
        for (int i = 2; i < postings.size(); i += 2) {
            top = postings.get(i + 1).asInt() > postings.get(top + 1).asInt() ? i : top;
        }
        return top;
    }

    @Test
    void everyFolderPageTheBuildRenderedIsFoundWithItsTitle() throws IOException {
        Path site = SearchSites.real();
        for (String lang : List.of("fr", "en")) {
            // The folder pages, as a visitor meets them: a list of pages of one kind (/fr/actions/).
            List<String> folders = new ArrayList<>();
            try (var pages = Files.walk(site.resolve(lang))) {
                for (Path page : pages.filter(p -> p.getFileName().toString().equals("index.html")).toList()) {
                    if (org.jsoup.Jsoup.parse(page.toFile()).selectFirst("main ul.section-list") != null) {
                        folders.add("/" + site.relativize(page.getParent()).toString().replace('\\', '/') + "/");
                    }
                }
            }
            List<String> indexed = new ArrayList<>();
            try (var files = Files.list(site.resolve("search").resolve(lang).resolve("f"))) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith("-0.json")).toList()) {
                    JsonNode fragment = JSON.readTree(f.toFile());
                    indexed.add(fragment.get("u").asText() + " " + fragment.get("t").asText());
                }
            }
            assertTrue(folders.size() >= 7, lang + ": " + folders);
            for (String folder : folders) {
                String title = org.jsoup.Jsoup.parse(site.resolve(folder.substring(1)).resolve("index.html").toFile())
                        .selectFirst("main h1").text();
                assertTrue(indexed.contains(folder + " " + title), lang + ": " + folder + " (" + title + ") is not in the index");
            }
        }
    }

    @Test
    void aShardGrowingMovesStartsOnlyUpToTheNextStartByHash() {
        List<String> keys = new ArrayList<>();
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                keys.add("" + a + b);
            }
        }
        Collections.sort(keys);
        List<Integer> sizes = new ArrayList<>(Collections.nCopies(keys.size(), 700));
        List<Integer> none = Collections.nCopies(keys.size(), 0);
        List<Integer> before = SearchIndexer.groupStarts(keys, sizes, none);
        int edited = 300;
        sizes.set(edited, 5_000);
        List<Integer> after = SearchIndexer.groupStarts(keys, sizes, none);
        int nextByHash = edited + 1;
        while (Math.floorMod(keys.get(nextByHash).hashCode(), SearchIndexer.GROUP_EVERY) != 0) {
            nextByHash++;
        }
        int limit = nextByHash;
        assertEquals(before.stream().filter(s -> s <= edited - SearchIndexer.GROUP_MAX || s >= limit).toList(),
                after.stream().filter(s -> s <= edited - SearchIndexer.GROUP_MAX || s >= limit).toList());
        assertTrue(!before.equals(after), "the larger shard moved a start");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
