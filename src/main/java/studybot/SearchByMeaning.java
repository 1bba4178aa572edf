package studybot;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import studybot.book.Book;
import studybot.search.SemanticIndexer;
import studybot.search.semantic.SemanticStatus;

/**
 * Search by meaning for every edition served, started at most once and only if the config asks for it. It is built
 * before the features (so {@code /stats} can report it) and started after the book is loaded (so the model is never
 * loaded by a process that stops first).
 */
final class SearchByMeaning {

    private final boolean wanted;
    private final Path dataFolder;
    private final Clock clock;
    /** Builds search by meaning for each edition once {@link #start} ran; null before. */
    private SemanticIndexer indexer;

    SearchByMeaning(boolean wanted, Path dataFolder, Clock clock) {
        this.wanted = wanted;
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    /** Starts indexing {@code current} in the background; false when it is off or already started. */
    synchronized boolean start(Book current) {
        if (!wanted || indexer != null) {
            return false;
        }
        indexer = SemanticIndexer.inDataFolder(dataFolder, clock);
        if (current != null) {
            index(current);
        }
        return true;
    }

    /**
     * Indexes a new edition, once started; until its vectors are ready it is answered with BM25 alone. A book in
     * another language than English is never embedded: the model reads English only, so it stays with BM25 alone.
     */
    synchronized void index(Book edition) {
        if (indexer != null && edition.library().language().readsAsEnglish()) {
            indexer.index(edition.searchIndex(), edition.cache());
        }
    }

    /** Waits, at most {@code timeout}, until search by meaning is ready or known to be unavailable. */
    void awaitSettled(Duration timeout) throws InterruptedException {
        SemanticIndexer started;
        synchronized (this) {
            started = indexer;
        }
        if (started != null) {
            started.awaitSettled(timeout);
        }
    }

    /** Where search by meaning stands, for {@code /stats}. */
    synchronized SemanticStatus status() {
        if (indexer != null) {
            return indexer.status();
        }
        return wanted ? SemanticStatus.notStarted() : SemanticStatus.off();
    }
}
