package studybot;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import studybot.book.Book;
import studybot.search.SemanticIndexer;
import studybot.search.semantic.SemanticStatus;
import studybot.shelf.ShelvedBook;

/**
 * Search by meaning for every edition of every book served, started at most once and only if the config asks for it. It
 * is built before the features (so {@code /stats} can report it) and started after the books are loaded (so the model
 * is never loaded by a process that stops first). Each book's vectors are built in turn, one book at a time, and kept
 * on disk in the book's own folder; a book whose vectors are not ready is answered with BM25 alone. Once a book's
 * vectors are attached, its quiz deck is rebuilt with distractors chosen by meaning, on the same background thread.
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

    /**
     * Starts indexing {@code books} in the background, in that order, one at a time (the editions they serve now);
     * false when it is off or already started.
     */
    synchronized boolean start(List<ShelvedBook> books) {
        if (!wanted || indexer != null) {
            return false;
        }
        indexer = SemanticIndexer.inDataFolder(dataFolder, clock);
        for (ShelvedBook book : books) {
            book.ifLoaded().ifPresent(edition -> index(book, edition));
        }
        return true;
    }

    /**
     * Indexes a new edition of {@code book}, once started, after the books already waiting; until its vectors are ready
     * it is answered with BM25 alone. A book in another language than English is never embedded: the model reads
     * English only, so it stays with BM25 alone.
     */
    synchronized void index(ShelvedBook book, Book edition) {
        if (indexer != null && edition.library().language().readsAsEnglish()) {
            indexer.index(
                    book.folderName(),
                    edition.searchIndex(),
                    edition.cache(),
                    vectors -> edition.quizByMeaning(vectors::of, clock));
        }
    }

    /**
     * Deletes the vectors of {@code book}, taken off the shelf: after the build running now once started, at once
     * otherwise (the vectors of an earlier run are in the data folder whether or not this run searches by meaning).
     */
    synchronized void forget(ShelvedBook book) {
        if (indexer != null) {
            indexer.forget(book.folderName());
        } else {
            SemanticIndexer.deleteVectors(dataFolder.resolve(SemanticIndexer.STORE_FOLDER), book.folderName());
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

    /** Stops the builds when the bot stops: a model still loading as the process ends is then no fault. */
    synchronized void stop() {
        if (indexer != null) {
            indexer.close();
        }
    }

    /** Where search by meaning stands overall: the latest build's status, for the log. */
    synchronized SemanticStatus status() {
        if (indexer != null) {
            return indexer.status();
        }
        return wanted ? SemanticStatus.notStarted() : SemanticStatus.off();
    }

    /** Where search by meaning stands for {@code book}, with its own figures, for {@code /stats}. */
    synchronized SemanticStatus status(ShelvedBook book) {
        if (indexer != null) {
            return indexer.status(book.folderName());
        }
        return wanted ? SemanticStatus.notStarted() : SemanticStatus.off();
    }
}
