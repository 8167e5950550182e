package fr.imt.portal.model;

import java.util.Optional;

/** A target for a year: a number, a qualitative wording ("stable or growing"), or both. */
public record Target(int year, Optional<Figure> value, Optional<Text> text) {}
