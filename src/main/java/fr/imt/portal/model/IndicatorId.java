package fr.imt.portal.model;

/** Stable identifier of a COP indicator ("degree-students"); URLs are built from it. */
public record IndicatorId(String value) {}
