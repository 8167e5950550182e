package fr.imt.portal.model;

import java.util.Optional;

/** The starting point of an indicator: a figure for a year, or a wording when the source gives no number. */
public record Reference(int year, Optional<Figure> value, Optional<Text> text) {}
