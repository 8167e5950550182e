package fr.imt.portal.model;

/** A domain of the COP's indicator table (education, research…), grouping indicators. */
public record Domain(String id, Text name) {}
