package fr.imt.portal.model;

import java.util.List;

/**
 * The OTM-R page (open, transparent and merit-based recruitment): an editorial grouping of the
 * gap analysis principles and the plan's actions by stage of a recruitment. It holds no fact of
 * its own beyond introductions; the facts are the principles' and actions'.
 */
public record Otmr(Text title, Text lead, Text intro, List<Stage> stages, List<String> aliases) {

    /** One stage of a recruitment, the principles and actions that concern it, and what the sources do not document. */
    public record Stage(String id, Text title, Text intro, List<PrincipleId> principles, List<Integer> actions,
                        Text undocumented) {

        /** True when no principle and no action of the sources concerns this stage. */
        public boolean documented() {
            return !principles.isEmpty() || !actions.isEmpty();
        }
    }
}
