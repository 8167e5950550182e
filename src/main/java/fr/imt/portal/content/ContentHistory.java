package fr.imt.portal.content;


import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * When each content file last changed, so that nobody maintains "last updated" dates by hand.
 * In a git checkout the date is the latest commit that touched the file, read with one
 * {@code git log} for the whole content folder (and one {@code git status} to find files with
 * uncommitted changes); a build of a given commit therefore always shows the same dates. A file
 * with uncommitted changes, a file git does not know, and every file outside a git checkout
 * take the file's own modification date: a preview shows today's edits as today's.
 * Git runs in the background while the content is being read.
 */
public final class ContentHistory {

    /** What git said: the latest commit date per file, the files with uncommitted changes, and whether the clone is shallow. */
    private record Git(Map<String, LocalDate> committed, Set<String> uncommitted, boolean shallow) {}

    private final Path contentRoot;
    private final ZoneId zone;
    private final CompletableFuture<Optional<Git>> git;

    private ContentHistory(Path contentRoot, ZoneId zone, CompletableFuture<Optional<Git>> git) {
        this.contentRoot = contentRoot;
        this.zone = zone;
        this.git = git;
    }

    /**
     * Starts reading the history of {@code contentRoot} in the background; dates are days in the
     * publisher's time {@code zone} (site.properties), whatever the machine's.
     */
    public static ContentHistory start(Path contentRoot, ZoneId zone) {
        Path root = real(contentRoot);
        if (!Files.isDirectory(root)) {
            return new ContentHistory(root, zone, CompletableFuture.completedFuture(Optional.empty()));
        }
        Process log;
        Process status;
        try {
            log = git(root, "log", "--no-renames", "--relative", "--name-only", "--format=%x00%cI", "--", ".");
            status = git(root, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--", ".");
        } catch (IOException e) {
            // No git on this machine: every date comes from the files.
            return new ContentHistory(root, zone, CompletableFuture.completedFuture(Optional.empty()));
        }
        CompletableFuture<Optional<Git>> git = CompletableFuture.supplyAsync(() -> {
            CompletableFuture<String> statusText = CompletableFuture.supplyAsync(() -> text(status.getInputStream()));
            Map<String, LocalDate> committed = parseLog(log.getInputStream(), zone);
            String changed = statusText.join();
            if (exitCode(log) != 0 || exitCode(status) != 0) {
                return Optional.empty();
            }
            Optional<Path> repository = repository(root);
            String prefix = repository.map(r -> r.relativize(root).toString().replace('\\', '/')).map(p -> p.isEmpty() ? p : p + "/").orElse("");
            return Optional.of(new Git(committed, parseStatus(changed, prefix), repository.map(ContentHistory::shallow).orElse(false)));
        });
        return new ContentHistory(root, zone, git);
    }

    /** Whether the dates come from git (false outside a git checkout or without git). */
    public boolean fromGit() {
        return git.join().isPresent();
    }

    /**
     * Whether the checkout holds only part of the history (a shallow clone, as CI systems make
     * by default): every file then seems to date from the oldest commit fetched.
     */
    public boolean shallow() {
        return git.join().map(Git::shallow).orElse(false);
    }

    /** The date of each of {@code files} (paths relative to the content folder, with {@code /}). */
    public Map<String, LocalDate> dates(Collection<String> files) {
        Optional<Git> history = git.join();
        Map<String, LocalDate> dates = new TreeMap<>();
        for (String file : files) {
            LocalDate committed = history.map(g -> g.uncommitted().contains(file) ? null : g.committed().get(file)).orElse(null);
            if (committed != null) {
                dates.put(file, committed);
            } else {
                modified(contentRoot.resolve(file)).ifPresent(d -> dates.put(file, d));
            }
        }
        return dates;
    }

    private static Path real(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    private Optional<LocalDate> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant().atZone(zone).toLocalDate());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Process git(Path dir, String... args) throws IOException {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-c";
        command[2] = "core.quotepath=off";
        System.arraycopy(args, 0, command, 3, args.length);
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    }

    /** {@code git log --format=%x00%cI --name-only}: a NUL and the commit date, then the files it touched. */
    private static Map<String, LocalDate> parseLog(InputStream in, ZoneId zone) {
        Map<String, LocalDate> latest = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            LocalDate current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("\0")) {
                    try {
                        current = OffsetDateTime.parse(line.substring(1).strip()).atZoneSameInstant(zone).toLocalDate();
                    } catch (DateTimeParseException e) {
                        current = null;
                    }
                } else if (!line.isBlank() && current != null) {
                    LocalDate date = current;
                    // The latest date wins, whatever order the commits come in.
                    latest.merge(line, date, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return latest;
    }

    /**
     * {@code git status --porcelain -z}: entries "XY path", NUL-separated, paths relative to the
     * repository's root; {@code prefix} is the content folder's path from that root.
     */
    private static Set<String> parseStatus(String text, String prefix) {
        Set<String> changed = new HashSet<>();
        for (String entry : text.split("\0")) {
            if (entry.length() > 3 && entry.startsWith(prefix, 3)) {
                changed.add(entry.substring(3 + prefix.length()));
            }
        }
        return changed;
    }

    /** The folder holding {@code .git} above {@code dir}, if any. */
    private static Optional<Path> repository(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static boolean shallow(Path repository) {
        return Files.exists(repository.resolve(".git").resolve("shallow"));
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int exitCode(Process p) {
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroy();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
