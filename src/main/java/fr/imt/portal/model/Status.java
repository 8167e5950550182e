package fr.imt.portal.model;

import java.util.Arrays;
import java.util.Optional;

/** What editors report about an action or a milestone step. */
public enum Status {
    PLANNED("planned"), IN_PROGRESS("in_progress"), DONE("done"), CANCELLED("cancelled");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    /** The word written in content files. */
    public String key() {
        return key;
    }

    public static Optional<Status> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static String[] keys() {
        return Arrays.stream(values()).map(Status::key).toArray(String[]::new);
    }
}
