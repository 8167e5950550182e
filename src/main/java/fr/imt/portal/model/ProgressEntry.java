package fr.imt.portal.model;

import java.time.LocalDate;

/** A dated line of an action's progress log, in both languages. */
public record ProgressEntry(LocalDate date, Text text) {}
