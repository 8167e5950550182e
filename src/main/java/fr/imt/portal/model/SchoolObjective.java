package fr.imt.portal.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A row of a school's numeric objectives 2021-2027, feeding an IMT indicator when it names one.
 * {@code marks} holds the years whose cell the source fills with a mark instead of a number,
 * as written: « n/a » (not applicable) or « NA » (which the source does not explain: not
 * applicable or not available). Either is a fact, not the same as a year left blank.
 */
public record SchoolObjective(String domain, Optional<IndicatorId> indicator, Text label, UnitId unit,
                              SortedMap<Integer, Figure> values, SortedMap<Integer, String> marks,
                              Optional<Text> target, List<String> footnotes) {

    /**
     * The code of a cell holding {@code mark} instead of a number, the same in the pages' tables
     * and the open data: {@code not_applicable} for « n/a », {@code na} for « NA ». Neither is a
     * missing value.
     */
    public static String markCode(String mark) {
        return mark.equals("n/a") ? "not_applicable" : "na";
    }
}
