package fr.imt.portal.model;

import java.util.List;

/** A row of a school's thematic positioning table. */
public record Positioning(Text theme, Text challenges, Text expertise, List<String> strategicThemes) {}
