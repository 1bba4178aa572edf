package studybot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import studybot.fsrs.AnswerRating;
import studybot.fsrs.CardMemory;
import studybot.fsrs.FsrsParameters;
import studybot.fsrs.FsrsScheduler;
import studybot.fsrs.Rating;
import studybot.quiz.review.Answer;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.store.SqliteStore;
import studybot.store.Store;
import studybot.testing.TempFolder;

/**
 * Bytes the SQLite store grows by per quiz answer (the answer row, the member's card state, their indexes): records
 * {@code ANSWERS} answers by 200 members, each answering 50 cards twice (so half the answers create a card state and
 * half update one), closes the store (checkpointing the WAL) and divides the growth of the file by the number of
 * answers. Question ids are 19-digit message ids, as on Discord.
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath studybot.bench.ReviewStorageBench"</pre>
 */
public final class ReviewStorageBench {

    private static final int ANSWERS = 20_000;
    private static final int MEMBERS = 200;
    private static final int CARDS = 50;

    private ReviewStorageBench() {}

    public static void main(String[] args) throws Exception {
        try (TempFolder folder = TempFolder.create()) {
            measure(folder.path().resolve("quiz.db"));
        }
    }

    private static void measure(Path file) throws Exception {
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.DEFAULTS);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        long emptyBytes;
        try (Store store =
                SqliteStore.open(file, Duration.ofSeconds(5), List.of(ReviewStore.MIGRATIONS), Clock.systemUTC())) {
            emptyBytes = Files.size(file);
            SqlReviewStore reviews = new SqlReviewStore(store);
            for (int i = 0; i < ANSWERS; i++) {
                long member = 100_000_000_000_000_000L + i % MEMBERS;
                String card = "b" + Long.toHexString(0x1000_0000_0000_0000L + (i / MEMBERS) % CARDS);
                Instant at = start.plus(Duration.ofMinutes(i));
                boolean correct = i % 4 != 0;
                Duration took = Duration.ofSeconds(3 + i % 40);
                Rating rating = AnswerRating.of(correct, took);
                reviews.recordAnswer(
                        new Answer(
                                900_000_000_000_000_000L,
                                "bench",
                                member,
                                "1200000000000" + String.format("%06d", i),
                                card,
                                correct,
                                rating,
                                at,
                                took),
                        current -> scheduler.review(current.orElse(CardMemory.fresh(at)), rating, at));
            }
        }
        long bytes = Files.size(file) - emptyBytes;
        System.out.printf(
                "%d answers (%d members x %d cards): %d bytes, %.0f bytes per answer (state included)%n",
                ANSWERS, MEMBERS, CARDS, bytes, (double) bytes / ANSWERS);
    }
}
