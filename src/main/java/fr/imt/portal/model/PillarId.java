package fr.imt.portal.model;

/** Stable identifier of a pillar; URLs are built from it. */
public record PillarId(String value) {}
