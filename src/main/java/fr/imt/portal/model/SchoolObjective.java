package fr.imt.portal.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * A row of a school's numeric objectives 2021-2027, feeding an IMT indicator when it names one.
 * {@code notApplicable} holds the years whose cell the source marks « n/a »: not applicable,
 * which is not the same as a year the source leaves blank.
 */
public record SchoolObjective(String domain, Optional<IndicatorId> indicator, Text label, UnitId unit,
                              SortedMap<Integer, Figure> values, SortedSet<Integer> notApplicable,
                              Optional<Text> target, List<String> footnotes) {}
