package fr.imt.portal.model;

/**
 * What a visitor sees of a commitment's advancement: the reported status, turned into "late"
 * when its deadline has passed without being done, "not reported" when nobody reported it, or
 * "upcoming" when nobody reported it and its year has not begun (nothing is expected of it yet).
 */
public enum Progress {
    NOT_REPORTED, UPCOMING, PLANNED, IN_PROGRESS, DONE, LATE, CANCELLED;

    /** The key used for CSS classes and message keys: "in-progress". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Progress of(Status status, boolean deadlinePassed) {
        return switch (status) {
            case DONE -> DONE;
            case CANCELLED -> CANCELLED;
            case PLANNED, IN_PROGRESS -> deadlinePassed ? LATE : (status == Status.PLANNED ? PLANNED : IN_PROGRESS);
        };
    }
}
