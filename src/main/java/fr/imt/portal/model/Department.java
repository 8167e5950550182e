package fr.imt.portal.model;

/** A department (direction métier) that leads or is associated with actions. */
public record Department(DepartmentId id, Text name, Translation translation) {}
