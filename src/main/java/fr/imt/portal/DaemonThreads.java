package fr.imt.portal;

import java.util.concurrent.Executor;

/** Executors for a build's side tasks, which never keep the process alive. */
final class DaemonThreads {

    private DaemonThreads() {}

    /** Runs each task on a new daemon thread named {@code name}. */
    static Executor named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}
