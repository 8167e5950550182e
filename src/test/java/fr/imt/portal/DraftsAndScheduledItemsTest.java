package fr.imt.portal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft ({@code draft: true}) and a news post dated after the build date are in no file a
 * build writes (pages, lists, feeds, site map, search index, open data) until they are
 * released; {@code serve} shows them, marked. Each carries a word found nowhere else, looked for
 * in every file of the output.
 */
class DraftsAndScheduledItemsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path tmp;

    /** The small fixture site with a published post, a draft post, a scheduled post, a post drafted in English only and a draft page. */
    static Path siteWithDrafts(Path parent) {
        Path site = TestSites.fixture("valid", parent);
        Path news = site.resolve("content/news");
        TestSites.write(news.resolve("2026-11-02-published.fr.md"), post("2026-11-02", "Actualité publiée", false, "Texte publié."));
        TestSites.write(news.resolve("2026-11-03-draft.fr.md"), post("2026-11-03", "Brouillon Zorglub", true, "Texte Zorglub."));
        TestSites.write(news.resolve("2026-12-01-scheduled.fr.md"), post("2026-12-01", "Annonce Pendragon", false, "Texte Pendragon."));
        TestSites.write(news.resolve("2026-11-04-half.fr.md"), post("2026-11-04", "Moitié publiée", false, "Texte en français."));
        TestSites.write(news.resolve("2026-11-04-half.en.md"), post("2026-11-04", "Half Quixotic", true, "Quixotic text."));
        Path pages = site.resolve("content/pages");
        TestSites.write(pages.resolve("pages.yaml"), """
                english: translation
                pages:
                  - id: open
                    slug: {fr: ouverte, en: open}
                    title: {fr: "Page ouverte", en: "Open page"}
                    description: {fr: "Une page publiée.", en: "A published page."}
                  - id: secret
                    slug: {fr: secrete, en: secret}
                    title: {fr: "Page Quetzal", en: "Quetzal page"}
                    description: {fr: "Un brouillon.", en: "A draft."}
                    aliases: ["fr/ancienne-quetzal/"]
                    draft: true
                """);
        for (String id : List.of("open", "secret")) {
            TestSites.write(pages.resolve(id + ".fr.md"), "Texte " + (id.equals("secret") ? "Quetzal" : "ouvert") + ".\n");
            TestSites.write(pages.resolve(id + ".en.md"), "Text " + (id.equals("secret") ? "Quetzal" : "open") + ".\n");
        }
        return site;
    }

    private static String post(String date, String title, boolean draft, String text) {
        return "---\ndate: " + date + "\ntitle: \"" + title + "\"\n" + (draft ? "draft: true\n" : "") + "---\n" + text + "\n";
    }

    private static SiteBuilder.Report build(Path site, Path out, LocalDate today) {
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(site, out, today));
        assertEquals(List.of(), report.problems().errors());
        assertTrue(report.published(), report.renderingErrors().toString());
        return report;
    }

    /** The output files holding {@code word}, by path inside the output. */
    private static List<String> filesWith(Path out, String word) throws IOException {
        try (var files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains(word);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> out.relativize(f).toString()).toList();
        }
    }

    @Test
    void aBuildPublishesNoDraftAndNoPostDatedAfterTheBuildDate() throws IOException {
        Path site = siteWithDrafts(tmp);
        Path out = tmp.resolve("site");
        build(site, out, TODAY);
        for (String word : List.of("Zorglub", "Pendragon", "Quetzal", "Quixotic")) {
            assertEquals(List.of(), filesWith(out, word), word + " is published");
        }
        assertFalse(Files.exists(out.resolve("fr/actualites/2026-11-03-draft/index.html")));
        assertFalse(Files.exists(out.resolve("fr/actualites/2026-12-01-scheduled/index.html")));
        assertFalse(Files.exists(out.resolve("fr/secrete/index.html")));
        assertFalse(Files.exists(out.resolve("fr/ancienne-quetzal/index.html")), "a draft's old address leads nowhere yet");
        assertFalse(Files.exists(out.resolve("en/news/2026-11-04-half/index.html")), "the English draft of a post");

        assertTrue(Files.exists(out.resolve("fr/ouverte/index.html")));
        Document list = Jsoup.parse(out.resolve("fr/actualites/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Moitié publiée", "Actualité publiée"), list.select("main .news-card h2").eachText());
        assertTrue(list.select(".badge-release, .release-mark").isEmpty());
        for (String address : List.of("2026-11-03-draft", "2026-12-01-scheduled", "fr/secrete/", "en/secret/")) {
            assertEquals(List.of(), filesWith(out, address), address + " is linked");
        }
        List<String> published = filesWith(out, "2026-11-02-published");
        assertTrue(published.containsAll(List.of("fr/actualites/atom.xml", "sitemap.xml")), published.toString());
        assertTrue(filesWith(out, "fr/ouverte/").contains("sitemap.xml"));
    }

    @Test
    void aScheduledPostIsPublishedByTheFirstBuildOfItsDate() throws IOException {
        Path site = siteWithDrafts(tmp);
        Path out = tmp.resolve("site");
        build(site, out, LocalDate.of(2026, 11, 30));
        assertEquals(List.of(), filesWith(out, "Pendragon"));
        build(site, out, LocalDate.of(2026, 12, 1));
        List<String> published = filesWith(out, "Pendragon");
        assertTrue(published.containsAll(List.of("fr/actualites/2026-12-01-scheduled/index.html", "fr/actualites/index.html",
                "fr/actualites/atom.xml")), published.toString());
        assertTrue(published.stream().anyMatch(f -> f.startsWith("search")) || published.stream().anyMatch(f -> f.contains("search")),
                "the search index: " + published);
        assertEquals(List.of(), filesWith(out, "Zorglub"), "a draft stays a draft whatever the date");
    }

    @Test
    void serveShowsDraftsAndScheduledPostsWithAMark() throws Exception {
        Path site = siteWithDrafts(tmp);
        try (ServeInBackground serve = new ServeInBackground(site, tmp.resolve("preview"), "--today", TODAY.toString())) {
            HttpClient http = HttpClient.newHttpClient();
            Document draft = Jsoup.parse(waitFor(http, serve.url("/fr/actualites/2026-11-03-draft/"), "Zorglub", serve));
            assertTrue(draft.select(".release-mark").text().startsWith("Brouillon"), draft.select("main").outerHtml());
            Document scheduled = Jsoup.parse(get(http, serve.url("/fr/actualites/2026-12-01-scheduled/")));
            assertTrue(scheduled.select(".release-mark").text().contains("1er décembre 2026"), scheduled.select(".release-mark").text());
            Document page = Jsoup.parse(get(http, serve.url("/fr/secrete/")));
            assertTrue(page.select(".release-mark").text().startsWith("Brouillon"), page.select("main").outerHtml());
            Document englishDraft = Jsoup.parse(get(http, serve.url("/en/news/2026-11-04-half/")));
            assertTrue(englishDraft.select(".release-mark").text().startsWith("Draft"), englishDraft.select("main").outerHtml());
            Document list = Jsoup.parse(get(http, serve.url("/fr/actualites/")));
            Map<String, String> badges = new java.util.LinkedHashMap<>();
            list.select("main .news-card").forEach(card -> badges.put(card.select("h2").text(), card.select(".badge-release").text()));
            assertTrue(badges.get("Brouillon Zorglub").startsWith("Brouillon"), badges.toString());
            assertTrue(badges.get("Annonce Pendragon").startsWith("Programmé"), badges.toString());
            assertEquals("", badges.get("Actualité publiée"), badges.toString());
            Document open = Jsoup.parse(get(http, serve.url("/fr/ouverte/")));
            assertTrue(open.select(".release-mark").isEmpty());
        }
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    /** The page at {@code url} once it holds {@code text}: serve's first build takes a few seconds. */
    private static String waitFor(HttpClient http, String url, String text, ServeInBackground serve) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(text)) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError(url + " never showed " + text + "; " + serve.state());
    }
}
