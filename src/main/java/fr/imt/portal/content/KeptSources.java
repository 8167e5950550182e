package fr.imt.portal.content;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a preview keeps of the content's source files from one load to the next (their parsed
 * trees, the checks of each tree, the Markdown texts), so that after an edit only the files that
 * changed are read again. It belongs to the preview that passes it to every load, and goes with
 * it; a build passes {@link #none()}, which keeps nothing.
 */
public final class KeptSources {

    final KeptFiles<YamlNode> trees;
    final KeptFiles<String> texts;
    /** Each kept tree's checks, which depend on the tree and the shape only. */
    final Map<Path, SourceFiles.Checked> checked = new ConcurrentHashMap<>();
    final boolean keeping;

    private KeptSources(boolean keeping) {
        this.keeping = keeping;
        this.trees = new KeptFiles<>(keeping);
        this.texts = new KeptFiles<>(keeping);
    }

    /** Keeps what every load reads, for the next one. */
    public static KeptSources forPreview() {
        return new KeptSources(true);
    }

    /** Keeps nothing: a build reads every file once. */
    public static KeptSources none() {
        return new KeptSources(false);
    }
}
