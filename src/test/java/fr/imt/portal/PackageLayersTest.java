package fr.imt.portal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pipeline load → validate → model → render → index → publish in the package names, every
 * arrow pointing one way: each package of the generator may use only the packages listed for it
 * here, all of them below it (docs/architecture.md draws the same layers). The output stages
 * (render, opendata, search) share what they all need through {@code site} and {@code output}
 * and never use one another; only the pipeline ({@code fr.imt.portal}) and the command line
 * above it see every stage.
 */
class PackageLayersTest {

    private static final String ROOT = "fr.imt.portal";

    /** Each package, from the bottom up, with the packages it may use. */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("content", Set.of("model")),
            Map.entry("authoring", Set.of("model", "content")),
            Map.entry("site", Set.of("model")),
            Map.entry("output", Set.of()),
            Map.entry("render", Set.of("model", "site", "output")),
            Map.entry("opendata", Set.of("model", "site", "output")),
            Map.entry("search", Set.of("model", "site", "output")),
            Map.entry("publish", Set.of("output")),
            Map.entry("", Set.of("model", "content", "site", "output", "render", "opendata", "search", "publish")),
            Map.entry("cli", Set.of("", "model", "content", "authoring", "site", "output", "render", "opendata", "search", "publish")));

    /** A use of a class of ours by its full name, in an import or in code: the package and the class. */
    private static final Pattern USE = Pattern.compile("\\bfr\\.imt\\.portal\\.(?:([a-z]+)\\.)?([A-Z]\\w*)");

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            String code = withoutComments(Files.readString(file));
            Matcher use = USE.matcher(code.substring(code.indexOf(';') + 1));
            while (use.find()) {
                String used = use.group(1) == null ? "" : use.group(1);
                if (!used.equals(pkg) && !MAY_USE.getOrDefault(pkg, Set.of()).contains(used)) {
                    wrong.add(file.getFileName() + " in " + name(pkg) + " uses " + use.group() + " from " + name(used));
                }
            }
        }
        assertEquals(List.of(), wrong, "uses against the layers (" + MAY_USE + ")");
    }

    @Test
    void everyPackageHasItsPlaceInTheLayers() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path file : sources()) {
            packages.add(packageOf(file));
        }
        assertEquals(new TreeSet<>(MAY_USE.keySet()), packages, "a new package needs its place (and its allowed uses) here");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(TestSites.PROJECT.resolve("src/main/java/fr/imt/portal"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The package below fr.imt.portal ("" for fr.imt.portal itself). */
    private static String packageOf(Path file) {
        Path folder = TestSites.PROJECT.resolve("src/main/java/fr/imt/portal").relativize(file.getParent());
        return folder.toString().replace('/', '.');
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? ROOT : ROOT + "." + pkg;
    }

    /** The code without its comments, which may name any class (a {@code @see}, an explanation). */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}
