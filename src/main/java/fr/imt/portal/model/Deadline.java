package fr.imt.portal.model;

import java.time.LocalDate;

/** A deadline given as a quarter of a year ("Q2 2029"): it passes after the quarter's last day. */
public record Deadline(int quarter, int year) implements Comparable<Deadline> {

    public LocalDate lastDay() {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    public boolean passedOn(LocalDate today) {
        return today.isAfter(lastDay());
    }

    /** How the deadline reads on the site, in either language. */
    public String label() {
        return "Q" + quarter + " " + year;
    }

    @Override
    public int compareTo(Deadline other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }
}
