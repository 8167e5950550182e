package fr.imt.portal.model;

/** Stable identifier of a principle of the gap analysis; URLs are built from it. */
public record PrincipleId(String value) {}
