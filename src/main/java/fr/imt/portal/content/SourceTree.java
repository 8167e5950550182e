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
        }
        problems.addAll(found);
        return !found.hasErrors();
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
                        problems.error(file, "", "this is not a plain file (a device, a named pipe or a socket); "
                                + "the generator reads only files and folders: remove it");
                    } else if (content && attrs.size() > MAX_CONTENT_BYTES) {
                        problems.error(file, "", "this file is " + (attrs.size() / 1024) + " kB, more than a content file"
                                + " can be (" + (MAX_CONTENT_BYTES / 1024) + " kB): is it the right file? Split it, or"
                                + " move documents that are not content out of content/");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.error(file, "", "cannot be read: " + reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error(top, "", "cannot be read: " + reason(e));
        }
    }

    /** A symbolic link is followed only when it leads to a file or folder of the site, and not into one of its own folders. */
    private static void link(Path root, Path link, Problems problems) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (FileSystemException e) {
            problems.error(link, "", "this is a symbolic link that leads nowhere (to a missing file, or in a loop);"
                    + " the generator does not follow it: replace it by the file itself, or remove it");
            return;
        } catch (IOException e) {
            problems.error(link, "", "cannot be read: " + reason(e));
            return;
        }
        if (!target.startsWith(root)) {
            problems.error(link, "", "this is a symbolic link to " + target + ", outside the site folder; the generator"
                    + " never reads or publishes a file from outside the site: copy the file into the site instead");
        } else if (Files.isDirectory(target)) {
            Path linkParent = link.toAbsolutePath().getParent();
            try {
                if (linkParent.toRealPath().startsWith(target)) {
                    problems.error(link, "", "this is a symbolic link to " + root.relativize(target) + ", a folder that"
                            + " holds the link itself (a loop); the generator does not follow it: remove it");
                }
            } catch (IOException e) {
                problems.error(link, "", "cannot be read: " + reason(e));
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
                String message = "this file is not part of the site: the generator never reads it"
                        + (lower.endsWith(".yml") ? " (content files end with .yaml, not .yml)" : "")
                        + "; content/FORMAT.md says which files each folder holds. Rename it as expected there, or move it out of content/";
                if (looksLikeContent) {
                    problems.error(file, "", message);
                } else {
                    problems.warning(SourcePosition.startOf(file), "", message);
                }
            }
        } catch (IOException e) {
            problems.error(contentRoot, "", "cannot be read: " + reason(e));
        }
    }
}
