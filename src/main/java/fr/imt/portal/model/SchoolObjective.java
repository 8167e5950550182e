package fr.imt.portal.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/** A row of a school's numeric objectives 2021-2027, feeding an IMT indicator when it names one. */
public record SchoolObjective(String domain, Optional<IndicatorId> indicator, Text label, UnitId unit,
                              SortedMap<Integer, Figure> values, Optional<Text> target, List<String> footnotes) {}
