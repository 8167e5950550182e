package fr.imt.portal.model;

/** A prose page written by the portal team (about, legal notice…), in both languages. */
public record Page(String id, Text title, Text markdown) {}
