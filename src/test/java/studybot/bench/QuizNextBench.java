package studybot.bench;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.chart.ChartRenderer;
import studybot.chart.FontCheck;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.CommandRegistry;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Texts;
import studybot.library.Library;
import studybot.library.TestBooks;
import studybot.quiz.Question;
import studybot.quiz.command.MemberNotices;
import studybot.quiz.command.QuizBooks;
import studybot.quiz.command.QuizFeature;
import studybot.quiz.learning.StudyPlaces;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReportStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.reply.Reply;
import studybot.sharing.SqlShareOptInStore;
import studybot.store.SqliteStore;
import studybot.store.Store;
import studybot.testing.TempFolder;

/**
 * {@code /quiz next} handler time (through the command registry, as a transport calls it) over a SQLite store holding
 * {@code REVIEWS} card states and as many answers: 1,000 members of one server with 100 reviewed cards each, about a
 * tenth of them due. The book is the 10,000-section synthetic corpus ({@link SyntheticCorpus}, from the seed's
 * sentences), whose deck has several hundred cards, so every member also has new cards left. Each call asks for the
 * next member's question.
 *
 * <pre>mvn -B test-compile exec:exec@jmh -Djmh.args="studybot.bench.QuizNextBench -f 1 -wi 2 -i 3"</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class QuizNextBench {

    static final int REVIEWS = 100_000;
    private static final String BOOK = "bench";
    private static final int MEMBERS = 1_000;
    private static final long SERVER = 900_000_000_000_000_000L;
    private static final long FIRST_MEMBER = 100_000_000_000_000_000L;
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private TempFolder folder;
    private Store store;
    private CommandRegistry registry;
    private List<Asker> members;
    private int next;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        Library library = SyntheticCorpus.tenThousand(TestBooks.seed());
        Book book = new BookBinder(new CacheConfig(1000, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(library);
        List<String> cards = book.quiz().all().stream().map(Question::cardId).toList();
        int perMember = REVIEWS / MEMBERS;
        if (cards.size() <= perMember) {
            throw new IllegalStateException("the deck has only " + cards.size() + " cards");
        }
        folder = TempFolder.create();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = SqliteStore.open(
                folder.path().resolve("quiz.db"),
                Duration.ofSeconds(5),
                List.of(ReviewStore.MIGRATIONS, SqlShareOptInStore.MIGRATIONS),
                clock);
        Random random = new Random(42);
        store.inTransaction(connection -> {
            try (PreparedStatement review = connection.prepareStatement("INSERT INTO quiz_reviews (scope_id,"
                            + " member_id, card_id, phase, step, stability, difficulty, due_at, last_review_at,"
                            + " book_id) VALUES (?, ?, ?, 2, 0, ?, 5.0, ?, ?, '" + BOOK + "')");
                    PreparedStatement answer = connection.prepareStatement("INSERT INTO quiz_answers (scope_id,"
                            + " member_id, question_id, card_id, correct, rating, answered_at, took_millis, book_id)"
                            + " VALUES (?, ?, ?, ?, ?, 3, ?, 9000, '" + BOOK + "')")) {
                List<String> shuffled = new ArrayList<>(cards);
                for (int m = 0; m < MEMBERS; m++) {
                    Collections.shuffle(shuffled, random);
                    for (int c = 0; c < perMember; c++) {
                        boolean due = random.nextInt(10) == 0;
                        long dueAt = due
                                ? NOW.toEpochMilli() - random.nextInt(172_800_000)
                                : NOW.toEpochMilli() + 1 + random.nextInt(1_000) * 3_600_000L;
                        long last = NOW.toEpochMilli() - 86_400_000L - random.nextInt(86_400_000);
                        review.setLong(1, SERVER);
                        review.setLong(2, FIRST_MEMBER + m);
                        review.setString(3, shuffled.get(c));
                        review.setDouble(4, 1 + random.nextDouble() * 30);
                        review.setLong(5, dueAt);
                        review.setLong(6, last);
                        review.addBatch();
                        answer.setLong(1, SERVER);
                        answer.setLong(2, FIRST_MEMBER + m);
                        answer.setString(3, "m" + (1_200_000_000_000_000_000L + (long) m * perMember + c));
                        answer.setString(4, shuffled.get(c));
                        answer.setBoolean(5, random.nextInt(4) != 0);
                        answer.setLong(6, last);
                        answer.addBatch();
                    }
                    review.executeBatch();
                    answer.executeBatch();
                }
            }
            return null;
        });
        registry = new CommandRegistry(
                BooksByPlace.everywhere(new CurrentBook(book)),
                List.of(new QuizFeature(
                        new SqlReviewStore(store),
                        new SqlShareOptInStore(store, clock),
                        server -> ZoneOffset.UTC,
                        StudyPlaces.NOWHERE,
                        new SqlReportStore(store),
                        new QuizBooks(place -> BOOK, place -> "The bench book"),
                        new ChartRenderer(FontCheck.system()),
                        MemberNotices.NONE,
                        clock,
                        Texts.load("quiz"))));
        members = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            members.add(Asker.inServer(FIRST_MEMBER + m, "member " + m, SERVER, 1L, false));
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        try (TempFolder closing = folder) {
            store.close();
        }
    }

    @Benchmark
    public Reply quizNext() {
        Asker member = members.get(next++ % MEMBERS);
        Reply reply = registry.answer(member, "quiz", "next", Map.of());
        if (reply.actions().size() != 4) {
            throw new IllegalStateException(
                    "no question for " + member.userId() + ": " + reply.text().plainText());
        }
        return reply;
    }
}
