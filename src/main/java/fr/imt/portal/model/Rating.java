package fr.imt.portal.model;

import java.util.Arrays;
import java.util.Optional;

/** How far a principle of the Charter & Code is in place at IMT, as the gap analysis rates it. */
public enum Rating {
    FULLY("+/+"), MOSTLY("+/-"), PARTLY("-/+");

    private final String symbol;

    Rating(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<Rating> fromSymbol(String symbol) {
        return Arrays.stream(values()).filter(r -> r.symbol.equals(symbol)).findFirst();
    }
}
