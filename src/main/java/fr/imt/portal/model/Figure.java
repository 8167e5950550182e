package fr.imt.portal.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number of the COP as the source gives it: exact decimal (so "1.20" keeps its two decimals),
 * possibly marked provisional, possibly with a note, and with its nature when it is not the
 * plain value of its year (an average, a bound, an approximation: see {@link Qualifier}).
 * {@code caveat} is the transcriber's word, not the source's: where the PDF extraction leaves it
 * unclear which year or column a number belongs to, the page says so next to the number.
 * A year with no value has no Figure at all.
 */
public record Figure(BigDecimal value, boolean provisional, Optional<Text> note, Qualifier qualifier,
                     Optional<Text> caveat) {

    public static Figure of(String number) {
        return new Figure(new BigDecimal(number), false, Optional.empty(), Qualifier.EXACT, Optional.empty());
    }

    public double asDouble() {
        return value.doubleValue();
    }

    /** Whether this is the plain value of its year (not an average, a bound, a range, an approximation). */
    public boolean exact() {
        return qualifier.exact();
    }
}
