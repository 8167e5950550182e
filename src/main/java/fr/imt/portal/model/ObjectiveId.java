package fr.imt.portal.model;

/** The contract's own code of an objective: M1-M4 (business), T1-T5 (cross-cutting). */
public record ObjectiveId(String value) {}
