package fr.imt.portal.bench;

import fr.imt.portal.TestSites;
import fr.imt.portal.content.Problems;
import fr.imt.portal.content.YamlNode;
import fr.imt.portal.content.YamlReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic site at {@code N} times the real content, for the benchmark
 * ({@code src/bench/benchmark.sh}). Copy 0 is the real content, byte for byte; copies 1 to N-1
 * repeat every entity that an institution ten or a hundred times larger would have more of —
 * principles, actions, departments, indicators, schools, milestones and news posts — under new
 * identifiers, with every reference pointing inside the same copy, and with texts varied by
 * {@link Variation} (real lengths and Markdown, shuffled sentences, a growing vocabulary).
 * What an institution has once stays once: the four HRS4R pillars, the contract with its themes,
 * domains, units and objectives (whose codes M1-M9 and T1-T9 cannot grow anyway), and the prose
 * pages. Templates, assets and site.properties are copied as they are.
 *
 * <p>Usage: {@code java -cp target/portal.jar:target/test-classes fr.imt.portal.bench.SyntheticSite
 * --scale 10 --out target/bench/x10 [--source .] [--seed 2027] [--news-per-copy 12]}
 */
public final class SyntheticSite {

    /** The marker file that lets a later run replace a folder this generator wrote, and no other. */
    public static final String MARKER = ".synthetic-site";

    /** What was generated, entity by entity. */
    public record Summary(int scale, int principles, int actions, int departments, int indicators, int schools,
                          int milestones, int news, int files, long millis) {
        @Override
        public String toString() {
            return "scale " + scale + ": " + principles + " principles, " + actions + " actions, " + departments
                    + " departments, " + indicators + " indicators, " + schools + " schools, " + milestones
                    + " milestones, " + news + " news posts; " + files + " files in " + millis + " ms";
        }
    }

    /** Options of a generation. */
    public record Options(Path source, Path out, int scale, long seed, int newsPerCopy) {
        public Options {
            if (scale < 1) {
                throw new IllegalArgumentException("the scale is a whole number from 1, found " + scale);
            }
            source = source.toAbsolutePath().normalize();
            out = out.toAbsolutePath().normalize();
        }
    }

    private static final Pattern MILESTONE_ID = Pattern.compile("J(\\d+)");
    private static final Pattern NEWS_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-([a-z0-9-]+)\\.(fr|en)\\.md");
    private static final LocalDate LATEST_POST = LocalDate.of(2026, 11, 1);
    private static final List<String> LANGS = List.of("fr", "en");

    /** A real entity: its YAML, and its Markdown files by name ({@code gaps.fr.md}…). */
    private record Entity(String id, YamlNode.Mapping yaml, Map<String, String> prose) {}

    private record NewsPost(LocalDate date, String slug, Map<String, String> sources) {}

    private final Options options;
    private final Path content;
    private final Path outContent;
    private final AtomicInteger files = new AtomicInteger();

    private YamlNode.Mapping departments;
    private YamlNode.Mapping otmr;
    private final List<Entity> principles = new ArrayList<>();
    private final List<Entity> actions = new ArrayList<>();
    private final List<Entity> milestones = new ArrayList<>();
    private final List<Entity> indicators = new ArrayList<>();
    private final List<Entity> schools = new ArrayList<>();
    private final List<NewsPost> news = new ArrayList<>();
    private int maxAction;
    private int maxOrder;
    private int maxMilestone;
    private int frPool;
    private int enPool;

    private SyntheticSite(Options options) {
        this.options = options;
        this.content = options.source().resolve("content");
        this.outContent = options.out().resolve("content");
    }

    public static void main(String[] args) {
        Path source = Path.of(".");
        Path out = null;
        int scale = 0;
        long seed = 2027;
        int newsPerCopy = 12;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--scale" -> scale = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                case "--source" -> source = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--news-per-copy" -> newsPerCopy = Integer.parseInt(value);
                default -> usage("unknown option " + args[i]);
            }
            i++;
        }
        if (out == null || scale < 1) {
            usage("--scale N (a whole number from 1) and --out DIR are required");
        }
        Summary summary = generate(new Options(source, out, scale, seed, newsPerCopy));
        System.out.println("Generated " + out + ": " + summary);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: SyntheticSite --scale N --out DIR [--source SITE] [--seed S] [--news-per-copy M]");
        System.exit(2);
    }

    /** Writes the synthetic site described by {@code options}, replacing a folder it wrote before. */
    public static Summary generate(Options options) {
        long start = System.nanoTime();
        SyntheticSite site = new SyntheticSite(options);
        site.read();
        site.prepareOutput();
        site.write();
        long millis = (System.nanoTime() - start) / 1_000_000;
        int copies = options.scale() - 1;
        int newsCount = site.news.size() + copies * (site.news.size() + site.syntheticPostsPerCopy());
        return new Summary(options.scale(), site.principles.size() * options.scale(), site.actions.size() * options.scale(),
                site.departmentCount() * options.scale(), site.indicators.size() * options.scale(),
                site.schools.size() * options.scale(), site.milestones.size() * options.scale(), newsCount,
                site.files.get(), millis);
    }

    // ---------------------------------------------------------------- reading the real content

    private void read() {
        Path hrs4r = content.resolve("hrs4r");
        departments = yaml(hrs4r.resolve("departments.yaml"));
        for (Path folder : folders(hrs4r.resolve("principles"))) {
            Entity e = entity(folder.getFileName().toString(), folder.resolve("principle.yaml"), folder);
            principles.add(e);
            maxOrder = Math.max(maxOrder, integer(e.yaml(), "order"));
        }
        for (Path file : files(hrs4r.resolve("actions"), ".yaml")) {
            Entity e = entity(stem(file), file, null);
            actions.add(e);
            maxAction = Math.max(maxAction, integer(e.yaml(), "number"));
        }
        Path cop = content.resolve("cop");
        for (Path file : files(cop.resolve("milestones"), ".yaml")) {
            Entity e = entity(stem(file), file, null);
            milestones.add(e);
            Matcher m = MILESTONE_ID.matcher(e.id());
            if (m.matches()) {
                maxMilestone = Math.max(maxMilestone, Integer.parseInt(m.group(1)));
            }
        }
        for (Path file : files(cop.resolve("indicators"), ".yaml")) {
            indicators.add(entity(stem(file), file, null));
        }
        for (Path folder : folders(cop.resolve("schools"))) {
            schools.add(entity(folder.getFileName().toString(), folder.resolve("school.yaml"), folder));
        }
        Path otmrFile = content.resolve("pages/otm-r.yaml");
        otmr = Files.exists(otmrFile) ? yaml(otmrFile) : null;
        Map<String, NewsPost> posts = new TreeMap<>();
        for (Path file : files(content.resolve("news"), ".md")) {
            Matcher m = NEWS_FILE.matcher(file.getFileName().toString());
            if (m.matches()) {
                String id = m.group(1) + "-" + m.group(2);
                posts.computeIfAbsent(id, k -> new NewsPost(LocalDate.parse(m.group(1)), m.group(2), new LinkedHashMap<>()))
                        .sources().put(m.group(3), readString(file));
            }
        }
        news.addAll(posts.values());
        countVocabulary();
    }

    /**
     * Sizes the pseudo-word pools from the real vocabulary: V·(√N − 1) new words per language,
     * so the whole site's vocabulary is about V·√N.
     */
    private void countVocabulary() {
        Map<String, Set<String>> words = Map.of("fr", new HashSet<>(), "en", new HashSet<>());
        List<Entity> all = new ArrayList<>();
        all.addAll(principles);
        all.addAll(actions);
        all.addAll(milestones);
        all.addAll(indicators);
        all.addAll(schools);
        Pattern word = Pattern.compile("\\p{L}+");
        BiFunction<String, String, Void> add = (lang, text) -> {
            Matcher m = word.matcher(text);
            while (m.find()) {
                words.get(lang).add(m.group().toLowerCase(Locale.ROOT));
            }
            return null;
        };
        for (Entity e : all) {
            texts(e.yaml(), add);
            e.prose().forEach((name, text) -> add.apply(name.endsWith(".fr.md") ? "fr" : "en", text));
        }
        double growth = Math.sqrt(options.scale()) - 1;
        frPool = (int) Math.round(words.get("fr").size() * growth);
        enPool = (int) Math.round(words.get("en").size() * growth);
    }

    private static void texts(YamlNode node, BiFunction<String, String, Void> add) {
        if (node instanceof YamlNode.Mapping m) {
            if (bilingual(m)) {
                for (String lang : LANGS) {
                    add.apply(lang, ((YamlNode.Scalar) m.get(lang)).text());
                }
            } else {
                m.entries().values().forEach(e -> texts(e.value(), add));
            }
        } else if (node instanceof YamlNode.Sequence s) {
            s.items().forEach(i -> texts(i, add));
        }
    }

    private Entity entity(String id, Path file, Path proseFolder) {
        Map<String, String> prose = new TreeMap<>();
        if (proseFolder != null) {
            for (Path md : files(proseFolder, ".md")) {
                prose.put(md.getFileName().toString(), readString(md));
            }
        }
        return new Entity(id, yaml(file), prose);
    }

    private static YamlNode.Mapping yaml(Path file) {
        Problems problems = new Problems();
        YamlNode node = YamlReader.parse(file, readString(file), problems).orElse(null);
        if (problems.hasErrors() || !(node instanceof YamlNode.Mapping m)) {
            throw new IllegalStateException(file + " cannot be read as YAML; run `portal validate` on the real site first");
        }
        return m;
    }

    // ---------------------------------------------------------------- writing

    private void prepareOutput() {
        Path out = options.out();
        if (out.equals(options.source()) || options.source().startsWith(out)) {
            throw new IllegalArgumentException("the output folder " + out + " would overwrite the real site");
        }
        if (Files.exists(out)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(out)) {
                empty = entries.findAny().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!empty && !Files.exists(out.resolve(MARKER))) {
                throw new IllegalArgumentException(out + " is not empty and was not written by this generator; "
                        + "choose another --out");
            }
            TestSites.deleteTree(out);
        }
        write(out.resolve(MARKER), "scale=" + options.scale() + "\nseed=" + options.seed()
                + "\nnews-per-copy=" + options.newsPerCopy() + "\n");
        for (String folder : List.of("templates", "assets")) {
            copyTree(options.source().resolve(folder), out.resolve(folder));
        }
        copyFile(options.source().resolve("site.properties"), out.resolve("site.properties"));
    }

    private void write() {
        // Copy 0: the real content, byte for byte, except the files that list every copy.
        Set<Path> listing = Set.of(content.resolve("hrs4r/departments.yaml"), content.resolve("pages/otm-r.yaml"));
        try (Stream<Path> all = Files.walk(content)) {
            all.filter(Files::isRegularFile).filter(f -> options.scale() == 1 || !listing.contains(f))
                    .forEach(f -> copyFile(f, outContent.resolve(content.relativize(f).toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (options.scale() == 1) {
            return;
        }
        writeDepartments();
        writeOtmr();
        IntStream.range(1, options.scale()).parallel().forEach(this::writeCopy);
    }

    private void writeCopy(int k) {
        Variation v = new Variation(k, options.seed(), frPool, enPool);
        Path hrs4r = outContent.resolve("hrs4r");
        for (Entity p : principles) {
            String id = suffix(p.id(), k);
            Path folder = hrs4r.resolve("principles").resolve(id);
            YamlNode.Mapping yaml = (YamlNode.Mapping) rewrite(p.yaml(), "", (path, node) -> switch (path) {
                case "id" -> text(node, id);
                case "order" -> number(node, integer(p.yaml(), "order") + k * maxOrder);
                default -> null;
            }, v, "principle/" + p.id());
            write(folder.resolve("principle.yaml"), YamlWriter.write(yaml));
            writeProse(p, folder, v, "principle/");
        }
        for (Entity a : actions) {
            int number = integer(a.yaml(), "number") + k * maxAction;
            YamlNode.Mapping yaml = (YamlNode.Mapping) rewrite(a.yaml(), "", (path, node) -> switch (path) {
                case "number" -> number(node, number);
                case "principles", "leading", "associated" -> suffixAll(node, k);
                default -> null;
            }, v, "action/" + a.id());
            write(hrs4r.resolve("actions").resolve(String.format("%02d.yaml", number)), YamlWriter.write(yaml));
        }
        Path cop = outContent.resolve("cop");
        for (Entity m : milestones) {
            Matcher code = MILESTONE_ID.matcher(m.id());
            String id = code.matches() ? "J" + (Integer.parseInt(code.group(1)) + k * maxMilestone) : suffix(m.id(), k);
            YamlNode.Mapping yaml = (YamlNode.Mapping) rewrite(m.yaml(), "",
                    (path, node) -> "id".equals(path) ? text(node, id) : null, v, "milestone/" + m.id());
            write(cop.resolve("milestones").resolve(id + ".yaml"), YamlWriter.write(yaml));
        }
        for (Entity i : indicators) {
            String id = suffix(i.id(), k);
            YamlNode.Mapping yaml = (YamlNode.Mapping) rewrite(i.yaml(), "", (path, node) -> switch (path) {
                case "id", "parent" -> node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.TEXT
                        ? text(node, suffix(s.text(), k)) : node;
                case "previous_contract.schools" -> suffixKeys((YamlNode.Mapping) node, k);
                default -> null;
            }, v, "indicator/" + i.id());
            write(cop.resolve("indicators").resolve(id + ".yaml"), YamlWriter.write(yaml));
        }
        for (Entity s : schools) {
            String id = suffix(s.id(), k);
            Path folder = cop.resolve("schools").resolve(id);
            YamlNode.Mapping yaml = (YamlNode.Mapping) rewrite(s.yaml(), "", (path, node) -> switch (path) {
                case "id" -> text(node, id);
                case "objectives[].indicator" -> text(node, suffix(((YamlNode.Scalar) node).text(), k));
                default -> null;
            }, v, "school/" + s.id());
            write(folder.resolve("school.yaml"), YamlWriter.write(yaml));
            writeProse(s, folder, v, "school/");
        }
        writeNews(k, v);
    }

    private void writeProse(Entity e, Path folder, Variation v, String kind) {
        e.prose().forEach((name, text) -> {
            String lang = name.endsWith(".fr.md") ? "fr" : "en";
            write(folder.resolve(name), v.vary(text, lang, kind + e.id() + "/" + name, false));
        });
    }

    /** The departments of every copy in the one departments.yaml. */
    private void writeDepartments() {
        YamlNode.Sequence real = (YamlNode.Sequence) departments.get("departments");
        List<YamlNode> all = new ArrayList<>(real.items());
        for (int k = 1; k < options.scale(); k++) {
            int copy = k;
            Variation v = new Variation(k, options.seed(), frPool, enPool);
            for (YamlNode d : real.items()) {
                all.add(rewrite(d, "", (path, node) -> "id".equals(path)
                        ? text(node, suffix(((YamlNode.Scalar) node).text(), copy)) : null, v, "department/"
                        + ((YamlNode.Scalar) ((YamlNode.Mapping) d).get("id")).text()));
            }
        }
        write(outContent.resolve("hrs4r/departments.yaml"),
                YamlWriter.write(replace(departments, "departments", new YamlNode.Sequence(real.position(), all))));
    }

    /** The OTM-R stages cite the principles and actions of every copy, as a larger institution's would. */
    private void writeOtmr() {
        if (otmr == null) {
            return;
        }
        YamlNode.Mapping yaml = (YamlNode.Mapping) rewrite(otmr, "", (path, node) -> switch (path) {
            case "stages[].principles" -> {
                List<YamlNode> items = new ArrayList<>(((YamlNode.Sequence) node).items());
                for (int k = 1; k < options.scale(); k++) {
                    items.addAll(((YamlNode.Sequence) suffixAll(node, k)).items());
                }
                yield new YamlNode.Sequence(node.position(), items);
            }
            case "stages[].actions" -> {
                List<YamlNode> items = new ArrayList<>(((YamlNode.Sequence) node).items());
                for (int k = 1; k < options.scale(); k++) {
                    for (YamlNode n : ((YamlNode.Sequence) node).items()) {
                        items.add(number(n, Integer.parseInt(((YamlNode.Scalar) n).text()) + k * maxAction));
                    }
                }
                yield new YamlNode.Sequence(node.position(), items);
            }
            default -> node;
        }, null, "otm-r");
        write(outContent.resolve("pages/otm-r.yaml"), YamlWriter.write(yaml));
    }

    /**
     * News posts of copy {@code k}: a varied copy of each real post, then synthetic posts up to
     * {@code --news-per-copy} (the real site may have few or none), titled and summarised from an
     * action's text and written from a principle's gap analysis, in both languages.
     */
    private void writeNews(int k, Variation v) {
        Path folder = outContent.resolve("news");
        for (NewsPost post : news) {
            String slug = post.slug() + "-x" + k;
            post.sources().forEach((lang, source) -> {
                String varied = source;
                int end = source.indexOf("\n---\n", 3);
                if (source.startsWith("---\n") && end > 0) {
                    String header = source.substring(0, end + 5).lines()
                            .map(line -> variedHeaderLine(line, lang, v, "news/" + post.slug()))
                            .reduce("", (a, b) -> a + b + "\n");
                    varied = header + v.vary(source.substring(end + 5), lang, "news/" + post.slug(), false);
                }
                write(folder.resolve(post.date() + "-" + slug + "." + lang + ".md"), varied);
            });
        }
        int synthetic = syntheticPostsPerCopy();
        for (int j = 0; j < synthetic && !actions.isEmpty() && !principles.isEmpty(); j++) {
            int n = (k - 1) * synthetic + j;
            LocalDate date = LATEST_POST.minusDays(11L * n);
            Entity action = actions.get(n % actions.size());
            Entity principle = principles.get(n % principles.size());
            YamlNode.Mapping text = (YamlNode.Mapping) action.yaml().get("text");
            Map<String, String> titles = new LinkedHashMap<>();
            for (String lang : LANGS) {
                String varied = v.vary(((YamlNode.Scalar) text.get(lang)).text(), lang, "news/" + n, true);
                titles.put(lang, varied);
            }
            String slug = slug(titles.get("en")) + "-x" + k + "-" + (j + 1);
            for (String lang : LANGS) {
                String full = titles.get(lang);
                StringBuilder post = new StringBuilder("---\ndate: ").append(date).append("\ntitle: ");
                YamlWriter.quote(words(full, 9), post);
                post.append("\nsummary: ");
                YamlWriter.quote(shorten(full, 240), post);
                post.append("\n---\n");
                String body = principle.prose().getOrDefault("gaps." + lang + ".md", full);
                post.append(v.vary(body, lang, "news-body/" + n, false));
                if (j % 2 == 0) {
                    String more = principle.prose().get("initiatives." + lang + ".md");
                    if (more != null) {
                        post.append("\n\n").append(v.vary(more, lang, "news-more/" + n, false));
                    }
                }
                write(folder.resolve(date + "-" + slug + "." + lang + ".md"), post.toString());
            }
        }
    }

    private String variedHeaderLine(String line, String lang, Variation v, String key) {
        for (String field : List.of("title: ", "summary: ")) {
            if (line.startsWith(field)) {
                String value = line.substring(field.length()).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
                }
                StringBuilder out = new StringBuilder(field);
                YamlWriter.quote(v.vary(value, lang, key + "/" + field, true), out);
                return out.toString();
            }
        }
        return line;
    }

    private int syntheticPostsPerCopy() {
        return Math.max(0, options.newsPerCopy() - news.size());
    }

    private int departmentCount() {
        YamlNode node = departments.get("departments");
        return node instanceof YamlNode.Sequence s ? s.items().size() : 0;
    }

    // ---------------------------------------------------------------- tree rewriting

    /**
     * A copy of {@code node} where {@code rule} replaces the nodes it knows (by their path, list
     * positions written {@code []}; it returns null for the others), and every bilingual text
     * ({@code {fr, en}}) is varied. A null variation leaves texts as they are.
     */
    private static YamlNode rewrite(YamlNode node, String path, BiFunction<String, YamlNode, YamlNode> rule,
                                    Variation v, String key) {
        if (!path.isEmpty()) {
            YamlNode replaced = rule.apply(path, node);
            if (replaced != null && replaced != node) {
                return replaced;
            }
        }
        if (node instanceof YamlNode.Mapping m) {
            if (v != null && bilingual(m)) {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(m.entries());
                for (String lang : LANGS) {
                    YamlNode.Entry e = m.entries().get(lang);
                    String source = ((YamlNode.Scalar) e.value()).text();
                    boolean shortText = source.length() < 120 || !source.contains(". ");
                    String varied = v.vary(source, lang, key + "/" + path, shortText);
                    entries.put(lang, new YamlNode.Entry(lang, e.keyPosition(), text(e.value(), varied)));
                }
                return new YamlNode.Mapping(m.position(), entries);
            }
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            for (YamlNode.Entry e : m.entries().values()) {
                String child = path.isEmpty() ? e.key() : path + "." + e.key();
                entries.put(e.key(), new YamlNode.Entry(e.key(), e.keyPosition(), rewrite(e.value(), child, rule, v, key)));
            }
            return new YamlNode.Mapping(m.position(), entries);
        }
        if (node instanceof YamlNode.Sequence s) {
            List<YamlNode> items = new ArrayList<>(s.items().size());
            for (YamlNode item : s.items()) {
                items.add(rewrite(item, path + "[]", rule, v, key + "/" + items.size()));
            }
            return new YamlNode.Sequence(s.position(), items);
        }
        return node;
    }

    private static boolean bilingual(YamlNode.Mapping m) {
        return m.get("fr") instanceof YamlNode.Scalar fr && fr.kind() == YamlNode.Scalar.Kind.TEXT
                && m.get("en") instanceof YamlNode.Scalar en && en.kind() == YamlNode.Scalar.Kind.TEXT;
    }

    private static YamlNode.Mapping replace(YamlNode.Mapping map, String key, YamlNode value) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(map.entries());
        YamlNode.Entry old = entries.get(key);
        entries.put(key, new YamlNode.Entry(key, old.keyPosition(), value));
        return new YamlNode.Mapping(map.position(), entries);
    }

    private static YamlNode suffixAll(YamlNode node, int k) {
        YamlNode.Sequence s = (YamlNode.Sequence) node;
        return new YamlNode.Sequence(s.position(), s.items().stream()
                .map(i -> text(i, suffix(((YamlNode.Scalar) i).text(), k))).toList());
    }

    private static YamlNode suffixKeys(YamlNode.Mapping m, int k) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (YamlNode.Entry e : m.entries().values()) {
            String key = suffix(e.key(), k);
            entries.put(key, new YamlNode.Entry(key, e.keyPosition(), e.value()));
        }
        return new YamlNode.Mapping(m.position(), entries);
    }

    private static String suffix(String id, int k) {
        return id + "-x" + k;
    }

    private static YamlNode text(YamlNode at, String value) {
        return new YamlNode.Scalar(at.position(), value, YamlNode.Scalar.Kind.TEXT);
    }

    private static YamlNode number(YamlNode at, int value) {
        return new YamlNode.Scalar(at.position(), Integer.toString(value), YamlNode.Scalar.Kind.INTEGER);
    }

    private static int integer(YamlNode.Mapping map, String key) {
        return Integer.parseInt(((YamlNode.Scalar) map.get(key)).text());
    }

    // ---------------------------------------------------------------- text helpers

    /** The first {@code n} words of a text, without trailing punctuation: a post's title. */
    private static String words(String text, int n) {
        String[] words = text.strip().split("\\s+");
        String joined = String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
        return joined.replaceAll("[\\p{Punct}«»…\\s]+$", "");
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > 0 ? cut : max - 1) + "…";
    }

    /** An address segment from English words: ASCII letters and digits joined by dashes. */
    private static String slug(String english) {
        String ascii = Normalizer.normalize(english, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        for (String w : ascii.split("[^a-z0-9]+")) {
            if (w.length() > 2 && parts.size() < 5) {
                parts.add(w);
            }
        }
        return parts.isEmpty() ? "post" : String.join("-", parts);
    }

    // ---------------------------------------------------------------- files

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static List<Path> files(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> folders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyFile(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> all = Files.walk(from)) {
            all.filter(Files::isRegularFile).forEach(f -> copyFile(f, to.resolve(from.relativize(f).toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
