package fr.imt.portal.model;


import java.util.List;

/**
 * A principle of the gap analysis: its rating and the two texts of the source table (the
 * current implementation with its gaps, and the initiatives), as Markdown in both languages.
 */
public record Principle(PrincipleId id, PillarId pillar, int order, Rating rating, Text name,
                        Text gapsMarkdown, Text initiativesMarkdown, Translation translation,
                        List<String> sourceNotes) {}
