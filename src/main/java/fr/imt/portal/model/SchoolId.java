package fr.imt.portal.model;

/** Stable identifier of one of IMT's schools ("imt-atlantique"); URLs are built from it. */
public record SchoolId(String value) {}
