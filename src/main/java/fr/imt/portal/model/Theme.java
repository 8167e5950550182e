package fr.imt.portal.model;

/** One of the COP's four strategic themes, which schools position themselves against. */
public record Theme(String id, Text title) {}
