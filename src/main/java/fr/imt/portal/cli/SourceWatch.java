package fr.imt.portal.cli;

import fr.imt.portal.content.Catalogue;

import org.apache.commons.io.filefilter.NameFileFilter;
import org.apache.commons.io.monitor.FileAlterationListenerAdaptor;
import org.apache.commons.io.monitor.FileAlterationObserver;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tells {@code serve} when the site's sources changed: everything under {@code content/},
 * {@code templates/} and {@code assets/} (folders created later included) and
 * {@code site.properties}. It listens to the system's file events. Where the system refuses them
 * (Linux allows each user 128 file watchers in all, shared with browsers, editors and IDEs, and a
 * limited number of watched folders) or with {@code --poll} (shared and network folders send no
 * events), it looks at the files' sizes and dates instead, a few times a second.
 */
final class SourceWatch implements AutoCloseable {

    /** How often polling looks at the files. */
    static final long POLL_MILLIS = 250;
    /** Editors save several files at once: a change is reported once the burst is over. */
    private static final long BURST_MILLIS = 15;
    private static final String[] FOLDERS = {"content", "templates", "assets"};
    private static final String SETTINGS = "site.properties";

    /** What changed since the last report: whether every changed file is under {@code content/}. */
    record Change(boolean contentOnly) {}

    /** One way of learning about changes. */
    private interface Detector extends AutoCloseable {
        /** Blocks until a source changed. */
        Change next() throws IOException, InterruptedException;

        @Override
        void close() throws IOException;
    }

    private final Path source;
    private final PrintStream notices;
    private final Catalogue say;
    private Detector detector;

    private SourceWatch(Path source, PrintStream notices, Catalogue say, Detector detector) {
        this.source = source;
        this.notices = notices;
        this.say = say;
        this.detector = detector;
    }

    /**
     * Starts watching {@code source} now, so that a change saved from this moment on is reported
     * even if nobody is waiting yet; {@code poll} looks at the files instead of listening to
     * events. Why events are not used, when the system refuses them, is printed to {@code notices}.
     */
    static SourceWatch start(Path source, boolean poll, PrintStream notices, Catalogue say) throws IOException {
        if (!poll) {
            try {
                return new SourceWatch(source, notices, say, new FileEvents(source));
            } catch (IOException refused) {
                notices.println(refusal(refused, say));
            }
        }
        return new SourceWatch(source, notices, say, new Polling(source));
    }

    /**
     * Blocks until one or more sources changed and says what changed. If the system stops
     * delivering events (it refused to watch a new folder), it switches to polling and reports a
     * change of everything, since a change may have been missed.
     */
    Change next() throws InterruptedException {
        try {
            return detector.next();
        } catch (IOException refused) {
            notices.println(refusal(refused, say));
            try {
                detector.close();
                detector = new Polling(source);
            } catch (IOException e) {
                throw new IllegalStateException("cannot look at " + source + ": " + e.getMessage(), e);
            }
            return new Change(false);
        }
    }

    private static String refusal(IOException refused, Catalogue say) {
        return say.say("serve.noFileEvents", String.valueOf(refused.getMessage()), POLL_MILLIS);
    }

    @Override
    public void close() throws IOException {
        detector.close();
    }

    /** The system's file events (inotify on Linux), on every folder of the sources. */
    private static final class FileEvents implements Detector {

        private final Path source;
        private final Path content;
        private final WatchService watcher;

        FileEvents(Path source) throws IOException {
            this.source = source;
            this.content = source.resolve("content");
            watcher = FileSystems.getDefault().newWatchService();
            try {
                for (String folder : FOLDERS) {
                    register(source.resolve(folder));
                }
                source.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            } catch (IOException | RuntimeException e) {
                watcher.close();
                throw e;
            }
        }

        @Override
        public Change next() throws IOException, InterruptedException {
            while (true) {
                WatchKey key = watcher.take();
                TimeUnit.MILLISECONDS.sleep(BURST_MILLIS);
                boolean relevant = false;
                boolean contentOnly = true;
                List<Path> newFolders = new ArrayList<>();
                for (WatchKey k = key; k != null; k = watcher.poll()) {
                    Path folder = (Path) k.watchable();
                    for (WatchEvent<?> event : k.pollEvents()) {
                        Path changed = event.context() instanceof Path p ? folder.resolve(p) : folder;
                        if (source.equals(folder) && !changed.getFileName().toString().equals(SETTINGS)) {
                            continue;
                        }
                        relevant = true;
                        contentOnly &= changed.startsWith(content);
                        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)
                                || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                            newFolders.add(event.kind() == StandardWatchEventKinds.OVERFLOW ? folder : changed);
                        }
                    }
                    k.reset();
                }
                if (relevant) {
                    // A new folder (a new school, principle…) is watched too, with what it holds.
                    for (Path folder : newFolders) {
                        register(folder);
                    }
                    return new Change(contentOnly);
                }
            }
        }

        private void register(Path root) throws IOException {
            if (!Files.isDirectory(root)) {
                return;
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        @Override
        public void close() throws IOException {
            watcher.close();
        }
    }

    /** Compares the files' sizes and modification dates with what they were, every {@link #POLL_MILLIS} ms (commons-io). */
    private static final class Polling implements Detector {

        private final Path content;
        private final List<FileAlterationObserver> observers = new ArrayList<>();
        private final List<Path> changed = new ArrayList<>();

        Polling(Path source) throws IOException {
            this.content = source.resolve("content");
            FileAlterationListenerAdaptor listener = new FileAlterationListenerAdaptor() {
                @Override
                public void onFileCreate(File file) {
                    changed.add(file.toPath());
                }

                @Override
                public void onFileChange(File file) {
                    changed.add(file.toPath());
                }

                @Override
                public void onFileDelete(File file) {
                    changed.add(file.toPath());
                }

                @Override
                public void onDirectoryCreate(File directory) {
                    changed.add(directory.toPath());
                }

                @Override
                public void onDirectoryDelete(File directory) {
                    changed.add(directory.toPath());
                }
            };
            for (String folder : FOLDERS) {
                observers.add(FileAlterationObserver.builder().setPath(source.resolve(folder)).get());
            }
            observers.add(FileAlterationObserver.builder().setPath(source).setFileFilter(new NameFileFilter(SETTINGS)).get());
            for (FileAlterationObserver observer : observers) {
                observer.addListener(listener);
                try {
                    observer.initialize();
                } catch (Exception e) {
                    throw new IOException("cannot list " + observer.getDirectory() + ": " + e.getMessage(), e);
                }
            }
        }

        @Override
        public Change next() throws InterruptedException {
            while (true) {
                changed.clear();
                observers.forEach(FileAlterationObserver::checkAndNotify);
                if (!changed.isEmpty()) {
                    return new Change(changed.stream().allMatch(p -> p.startsWith(content)));
                }
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            }
        }

        @Override
        public void close() {
            observers.clear();
        }
    }
}
