package fr.imt.portal;

import fr.imt.portal.publish.Publication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A build's publications, the site's and, for a build (a preview writes its Lucene index in
 * place), the Lucene index's: opened on a thread of their own while the content loads, since
 * making the previous build's files ready to be written over takes about 1.3 s at 100 times the
 * content. The build takes them {@link #open()} once it has something to write, or {@link
 * #abandon()}s them when it stops before.
 */
final class StagedPublications {

    /** The publications once open; closing them without publishing makes their staging folders spares again. */
    record Open(Publication site, Optional<Publication> index) implements AutoCloseable {

        /** Replaces the published site, then the published index, with the staged ones. */
        void publish() {
            site.publish();
            index.ifPresent(Publication::publish);
        }

        @Override
        public void close() {
            site.close();
            index.ifPresent(Publication::close);
        }
    }

    private static final Executor OPENER = DaemonThreads.named("publication");

    private final CompletableFuture<Publication> site;
    private final Optional<CompletableFuture<Publication>> index;

    private StagedPublications(CompletableFuture<Publication> site, Optional<CompletableFuture<Publication>> index) {
        this.site = site;
        this.index = index;
    }

    /** Starts opening a publication of {@code site} and, if given, of {@code index}. */
    static StagedPublications begin(Path site, Optional<Path> index) {
        return new StagedPublications(beginning(site), index.map(StagedPublications::beginning));
    }

    private static CompletableFuture<Publication> beginning(Path target) {
        return CompletableFuture.supplyAsync(() -> Publication.begin(target), OPENER);
    }

    /**
     * The publications once open. If one could not be opened, the other is closed and its
     * exception is thrown as {@link Publication#begin} threw it.
     */
    Open open() {
        List<Publication> opened = new ArrayList<>();
        RuntimeException failure = null;
        List<CompletableFuture<Publication>> all = new ArrayList<>(List.of(site));
        index.ifPresent(all::add);
        for (CompletableFuture<Publication> publication : all) {
            try {
                opened.add(publication.join());
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof RuntimeException cause)) {
                    throw e;
                }
                if (failure == null) {
                    failure = cause;
                }
            }
        }
        if (failure != null) {
            opened.forEach(Publication::close);
            throw failure;
        }
        return new Open(opened.get(0), index.isPresent() ? Optional.of(opened.get(1)) : Optional.empty());
    }

    /** Closes the publications of a build that stops before writing: the previous builds' spares stay. */
    void abandon() {
        open().close();
    }
}
