package fr.imt.portal.model;

import java.util.List;
import java.util.Optional;

/** A school's fact sheet in the contract: summary, positioning, numeric objectives and comments. */
public record School(SchoolId id, Text name, Translation translation, List<Positioning> positioning,
                     List<SchoolObjective> objectives, List<Footnote> footnotes, Text summary, Optional<Text> comments,
                     Optional<Text> positioningComments) {

    /** A footnote of the objectives table, referred to by its mark ("(*)"). */
    public record Footnote(String mark, Text text) {}
}
