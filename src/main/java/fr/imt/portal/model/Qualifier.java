package fr.imt.portal.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What kind of number a figure is when the source does not give it as the exact value of its
 * year: an average over several years (« Moyenne 2020-21-22 »), an approximation (« ≈ »), a
 * bound (« > 97 % »), or a range (« 8 à 10 »). Part of the fact: a page, a chart or a data file
 * that showed the bare number would state something the source does not.
 */
public record Qualifier(Kind kind, Optional<Period> period, Optional<BigDecimal> upper) {

    /** The kinds of figure; {@link #EXACT} is the plain value of its year. */
    public enum Kind {
        EXACT, AVERAGE, APPROXIMATE, ABOVE, AT_LEAST, BELOW, AT_MOST, RANGE;

        /** The kind as the content and the open data write it ({@code at_least}). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The years an average covers, first and last included. */
    public record Period(int from, int to) {}

    public static final Qualifier EXACT = new Qualifier(Kind.EXACT, Optional.empty(), Optional.empty());

    public Qualifier {
        if (kind == Kind.AVERAGE && period.isEmpty()) {
            throw new IllegalArgumentException("an average needs its period");
        }
        if (kind == Kind.RANGE && upper.isEmpty()) {
            throw new IllegalArgumentException("a range needs its upper end");
        }
    }

    public static Qualifier average(int from, int to) {
        return new Qualifier(Kind.AVERAGE, Optional.of(new Period(from, to)), Optional.empty());
    }

    public static Qualifier of(Kind kind) {
        return new Qualifier(kind, Optional.empty(), Optional.empty());
    }

    public static Qualifier range(BigDecimal upper) {
        return new Qualifier(Kind.RANGE, Optional.empty(), Optional.of(upper));
    }

    /** Whether the figure is the plain value of its year, one a line through a series may pass by. */
    public boolean exact() {
        return kind == Kind.EXACT;
    }
}
