package fr.imt.portal.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number of the COP as the source gives it: exact decimal (so "1.20" keeps its two decimals),
 * possibly marked provisional, possibly with a note. A year with no value has no Figure at all.
 */
public record Figure(BigDecimal value, boolean provisional, Optional<Text> note) {

    public static Figure of(String number) {
        return new Figure(new BigDecimal(number), false, Optional.empty());
    }

    public double asDouble() {
        return value.doubleValue();
    }
}
