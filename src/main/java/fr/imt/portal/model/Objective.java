package fr.imt.portal.model;


/** One of the nine objectives of the contract, with its full text as Markdown in both languages. */
public record Objective(ObjectiveId id, Kind kind, Text title, Text markdown, Translation translation) {

    /** Business objectives (M1-M4) and cross-cutting ones (T1-T5). */
    public enum Kind { BUSINESS, CROSS_CUTTING }
}
