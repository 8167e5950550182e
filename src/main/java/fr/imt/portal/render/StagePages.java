package fr.imt.portal.render;

import fr.imt.portal.site.PagePlan;

import java.util.List;

/**
 * The pages whose data an earlier stage of the pipeline made (the open data page, which lists the
 * files the open data stage wrote): the pipeline hands their plans to the {@link Bake}, and they are
 * rendered like every family's. Its place in the families' service list is theirs in the site map.
 */
public final class StagePages extends PageFamily {

    private List<PagePlan> given = List.of();

    /** The plans of the next bake. */
    synchronized void take(List<PagePlan> plans) {
        given = List.copyOf(plans);
    }

    @Override
    public synchronized List<PagePlan> plan(BakeContext context) {
        return given;
    }

    /** Drops the given plans too: the open data page's hold the whole export. */
    @Override
    public synchronized void forget() {
        super.forget();
        given = List.of();
    }
}
