package fr.imt.portal.model;

/** One of IMT's four themes grouping the principles and actions of the HRS4R. */
public record Pillar(PillarId id, int number, Text title, Translation translation) {}
