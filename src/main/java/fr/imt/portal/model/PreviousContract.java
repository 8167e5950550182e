package fr.imt.portal.model;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** What the review of the 2018-2022 contract gives for an indicator: the history behind the charts. */
public record PreviousContract(Text name, UnitId unit, SortedMap<Integer, Figure> values, Optional<Target> target,
                               Map<SchoolId, SortedMap<Integer, Figure>> schools) {}
