package fr.imt.portal.model;

/**
 * Where an entity's English comes from: the institution's own English document, or a
 * translation we wrote (shown as such on the site, so the communications team can review it).
 */
public enum EnglishSource { ORIGINAL, TRANSLATION }
