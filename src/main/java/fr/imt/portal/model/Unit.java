package fr.imt.portal.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A unit of measure with its name and how a number is written with it in each language
 * ({@code "{} M€"} / {@code "€{}M"}). A unit may be a multiple of another one (k€ of M€), so a
 * school row in k€ can still feed an indicator in M€.
 */
public record Unit(UnitId id, Text name, Text format, Optional<Conversion> convertsTo) {

    /** {@code value in this unit × factor = value in unit}. */
    public record Conversion(UnitId unit, BigDecimal factor) {}

    /** Whether a figure in this unit measures the same quantity as one in {@code other}. */
    public boolean comparableTo(UnitId other) {
        return id.equals(other) || convertsTo.map(c -> c.unit().equals(other)).orElse(false);
    }
}
