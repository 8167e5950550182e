package fr.imt.portal.content;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The site folder's files as a whole, before and after the content is read. Before: no source
 * may come from outside the site folder (a symbolic link in {@code content/}, {@code templates/}
 * or {@code assets/} that leads out of it, or in a loop, would publish a file of the machine
 * that builds the site), every source is a plain file, and no content file is larger than a
 * content file can reasonably be. After: every file of {@code content/} is one the generator
 * read, so that a file it would silently leave out (a {@code 30.yml}, a Word document) is said.
 */
final class SourceTree {

    /** The folders of a site whose files the generator reads or publishes. */
    static final List<String> FOLDERS = List.of("content", "templates", "assets");

    /**
     * The largest content file accepted. The largest real one is about 30 kB; a file over this
     * is a mistake (a document pasted in, a log), and reading it would cost memory for nothing.
     */
    static final long MAX_CONTENT_BYTES = 1024 * 1024;

    /** Files of {@code content/} that are documentation for editors and tools, never read as content. */
    private static final Set<String> DOCUMENTATION = Set.of("FORMAT.md", "GUIDE.fr.md", "GUIDE.en.md", "README.md");
    /**
     * Content no loader reads: the glossary (read by {@code Glossary} to check the English texts)
     * and the synonyms the search stage reads (see content/FORMAT.md).
     */
    private static final Set<String> READ_ELSEWHERE = Set.of("glossary.yaml", "search/synonyms.fr.txt", "search/synonyms.en.txt");

    private SourceTree() {}

    /**
     * Checks the sources of the site folder {@code site}; false (with every reason in
     * {@code problems}) when one of them must not be read at all.
     */
    static boolean check(Path site, Problems problems) {
        Path root;
        try {
            root = site.toRealPath();
        } catch (IOException e) {
            return true;
        }
        Problems found = new Problems();
        for (String folder : FOLDERS) {
            Path top = site.resolve(folder);
            if (Files.isSymbolicLink(top) || Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
                walk(root, top, "content".equals(folder), found);
            }
        }
        Path properties = site.resolve("site.properties");
        if (Files.isSymbolicLink(properties)) {
            link(root, properties, found);
        } else if (Files.isRegularFile(properties)) {
            settings(properties, found);
        }
        problems.addAll(found);
        return !found.hasErrors();
    }

    /** A properties escape (backslash, u, four hex digits) of a control character, which the settings would decode. */
    private static final java.util.regex.Pattern ESCAPED_CONTROL =
            java.util.regex.Pattern.compile("\\\\u(00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|[fF][eE][fF][fF]|[fF][fF][fF][eEfF])");

    /**
     * The settings' values reach every page and feed: the same characters as in content files are
     * refused, written as they are or as a properties escape (tab, line feed and return escaped are fine).
     */
    private static void settings(Path properties, Problems problems) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(properties);
            try {
                text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                // Not UTF-8: the properties format's own encoding, Latin-1, where every byte is a character.
                text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        } catch (IOException e) {
            problems.error(properties, "", "file.unreadable", reason(e));
            return;
        }
        TextChecks.clean(properties, text, 1, problems);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = ESCAPED_CONTROL.matcher(lines[i]);
            while (m.find()) {
                if (!List.of("0009", "000a", "000d").contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    problems.error(new SourcePosition(properties, i + 1, m.start() + 1), "", "setting.controlEscape", m.group());
                }
            }
        }
    }

    private static void walk(Path root, Path top, boolean content, Problems problems) {
        try {
            // No FOLLOW_LINKS: a link is visited as a file of its own, and never entered.
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.getFileName().toString().equals(".git") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        link(root, file, problems);
                    } else if (!attrs.isRegularFile()) {
                        problems.error(file, "", "source.notPlainFile");
                    } else if (content && attrs.size() > MAX_CONTENT_BYTES) {
                        problems.error(file, "", "source.tooLarge", String.valueOf(attrs.size() / 1024),
                                String.valueOf(MAX_CONTENT_BYTES / 1024));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.error(file, "", "file.unreadable", reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error(top, "", "file.unreadable", reason(e));
        }
    }

    /** A symbolic link is followed only when it leads to a file or folder of the site, and not into one of its own folders. */
    private static void link(Path root, Path link, Problems problems) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (FileSystemException e) {
            problems.error(link, "", "source.brokenLink");
            return;
        } catch (IOException e) {
            problems.error(link, "", "file.unreadable", reason(e));
            return;
        }
        if (!target.startsWith(root)) {
            problems.error(link, "", "source.linkOutside", target.toString());
        } else if (Files.isDirectory(target)) {
            Path linkParent = link.toAbsolutePath().getParent();
            try {
                if (linkParent.toRealPath().startsWith(target)) {
                    problems.error(link, "", "source.linkLoop", root.relativize(target).toString());
                }
            } catch (IOException e) {
                problems.error(link, "", "file.unreadable", reason(e));
            }
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    }

    /**
     * Reports every file of {@code contentRoot} that no loader read ({@code read}: paths relative
     * to it): content files that would be left out without a word. Documentation for editors, the
     * JSON schemas, hidden files and editors' backups (ending with ~) are not content.
     */
    static void strays(Path contentRoot, Set<String> read, Problems problems) {
        if (!Files.isDirectory(contentRoot)) {
            return;
        }
        try (Stream<Path> files = Files.walk(contentRoot)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String relative = contentRoot.relativize(file).toString().replace('\\', '/');
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file) || read.contains(relative) || name.startsWith(".") || name.endsWith("~")
                        || relative.contains("/.") || DOCUMENTATION.contains(relative) || READ_ELSEWHERE.contains(relative)
                        || (relative.startsWith("schemas/") && name.endsWith(".schema.json"))) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                boolean looksLikeContent = lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".md");
                String message = lower.endsWith(".yml") ? "source.strayYml" : "source.stray";
                if (looksLikeContent) {
                    problems.error(file, "", message);
                } else {
                    problems.warning(SourcePosition.startOf(file), "", "source.strayOther");
                }
            }
        } catch (IOException e) {
            problems.error(contentRoot, "", "file.unreadable", reason(e));
        }
    }
}
