package fr.imt.portal.site;

import fr.imt.portal.model.Figure;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes numbers the way each language does: {@code 13 606} (narrow no-break space) and
 * {@code 6,2} in French, {@code 13,606} and {@code 6.2} in English, keeping the decimals the
 * source gave ({@code 1.20} stays {@code 1,20}); with a unit through its format ({@code 6,2 M€},
 * {@code €6.2M}).
 */
public final class Numbers {

    private Numbers() {}

    public static String format(BigDecimal value, Lang lang) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String decimals = dot < 0 ? "" : plain.substring(dot + 1);
        Typography typography = Typography.of(lang);
        char group = typography.groupSeparator();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(whole.charAt(i));
        }
        if (!decimals.isEmpty()) {
            out.append(typography.decimalSeparator()).append(decimals);
        }
        return (value.signum() < 0 ? "-" : "") + out;
    }

    /** A computed number (an axis tick, an interpolated value) with a fixed number of decimals. */
    public static String format(double value, int decimals, Lang lang) {
        return format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP), lang);
    }

    public static String withUnit(BigDecimal value, Unit unit, Lang lang) {
        return unit.format().in(lang).replace("{}", format(value, lang));
    }

    public static String withUnit(Figure figure, Unit unit, Lang lang) {
        return withUnit(figure.value(), unit, lang);
    }

    /** Reads back a number written by {@link #format(BigDecimal, Lang)}; for tests and checks. */
    public static BigDecimal parse(String text, Lang lang) {
        Typography typography = Typography.of(lang);
        String digits = text.strip().replace(String.valueOf(typography.groupSeparator()), "").replace("\u00A0", "");
        return new BigDecimal(digits.replace(typography.decimalSeparator(), '.'));
    }
}
