package fr.imt.portal.content;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The range a unit's figures must fall in, when {@code units.yaml} says what the unit measures:
 * a {@code count} is never negative, a {@code percentage} is from 0 to 100. A figure outside is
 * a typing mistake (a sign, a decimal point) that would otherwise be published and charted.
 */
final class FigureRanges {

    /** The kinds of unit {@code units.yaml} may declare with {@code kind:}. */
    static final Shape KIND = Shape.oneOf("count", "percentage");

    /** Fields beside figures that are not figures (a target's year, a qualifier). */
    private static final java.util.Set<String> NOT_FIGURES = java.util.Set.of("year", "text", "note", "provisional", "unit");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Unit identifier to its kind, for the units that declare one. */
    private final Map<String, String> kinds = new ConcurrentHashMap<>();

    void declare(String unit, String kind) {
        kinds.put(unit, kind);
    }

    /**
     * Checks every figure of {@code node} measured in {@code unit}: a number, a group with a
     * {@code value}, or a group or list of such (by year, by school) ({@code field} names it in messages).
     */
    void check(YamlNode node, String unit, String field, Problems problems) {
        String kind = unit == null ? null : kinds.get(unit);
        if (kind == null || node == null) {
            return;
        }
        if (node instanceof YamlNode.Scalar s) {
            check(s, kind, unit, field, problems);
        } else if (node instanceof YamlNode.Mapping m) {
            if (m.get("value") != null) {
                check(m.get("value"), unit, FieldPath.child(field, "value"), problems);
                return;
            }
            m.entries().values().stream().filter(e -> !NOT_FIGURES.contains(e.key()))
                    .forEach(e -> check(e.value(), unit, FieldPath.child(field, e.key()), problems));
        } else if (node instanceof YamlNode.Sequence list) {
            for (int i = 0; i < list.items().size(); i++) {
                check(list.items().get(i), unit, FieldPath.item(field, i), problems);
            }
        }
    }

    private static void check(YamlNode.Scalar s, String kind, String unit, String field, Problems problems) {
        if (s.kind() != YamlNode.Scalar.Kind.INTEGER && s.kind() != YamlNode.Scalar.Kind.DECIMAL) {
            return;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s.text().replace("_", "").replace("+", ""));
        } catch (NumberFormatException e) {
            return; // not a number: its shape says so
        }
        if (value.signum() < 0) {
            problems.error(s.position(), field, "count".equals(kind) ? "figure.negativeCount" : "figure.negativePercentage", unit, s.text());
        } else if ("percentage".equals(kind) && value.compareTo(HUNDRED) > 0) {
            problems.error(s.position(), field, "figure.over100", unit, s.text());
        }
    }
}
