package fr.imt.portal.model;

/** Identifier of a unit of measure of the COP's figures ("students", "meur"). */
public record UnitId(String value) {}
