package fr.imt.portal.model;

/** Identifier of a department in the shared vocabulary of the action plan. */
public record DepartmentId(String value) {}
