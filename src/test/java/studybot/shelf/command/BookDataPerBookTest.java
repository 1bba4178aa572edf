package studybot.shelf.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.OfflineStudybot;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.command.Place;
import studybot.config.ConfigLoader;
import studybot.fsrs.CardMemory;
import studybot.fsrs.FsrsParameters;
import studybot.fsrs.FsrsScheduler;
import studybot.fsrs.Rating;
import studybot.library.SectionNumber;
import studybot.plan.Pace;
import studybot.plan.ReadingPlan;
import studybot.plan.SqlPlanStore;
import studybot.progress.ReadMark;
import studybot.progress.SqlReadMarkStore;
import studybot.quiz.review.Answer;
import studybot.quiz.review.CardReview;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.shelf.ShelfFixtures;
import studybot.store.Sql;
import studybot.testing.TestConfig;

/**
 * What a server keeps of each book when it switches from one book to another and back, or the operator changes the
 * default book: plans, read marks and quiz schedules stay with the book they were made in, and a server with data on
 * the old default keeps reading it.
 */
class BookDataPerBookTest {

    private static final String LEDGER = "a-notes";
    private static final String STORAGE = "urn-isbn-9780000000002";
    private static final long SERVER = 42;
    private static final Asker MANAGER = Asker.inServer(1, "manager", SERVER, 7, true);
    private static final Asker MEMBER = Asker.inServer(2, "member", SERVER, 7, false);

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
    private Path config;
    private OfflineStudybot running;
    private CommandRegistry registry;

    @BeforeEach
    void start() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        ShelfFixtures.epub(seeds.resolve("storage.epub"), "urn:isbn:9780000000002", "Storage", "Table");
        config = TestConfig.in(temp, temp.resolve("data"), seeds);
        restart();
    }

    /** Stops the running bot, if any, and starts it again on the same config and store. */
    private void restart() throws Exception {
        if (running != null) {
            running.close();
        }
        running = OfflineStudybot.load(new ConfigLoader().load(config), clock);
        registry = running.studybot().registry();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void readMarksAndProgressAreKeptPerBookAndResumeWhenSwitchingBack() {
        answer("read", "", Map.of("section", "1.0"));
        assertThat(answer("progress", "me", Map.of())).contains("Read: 1 section (1.0)");

        use(STORAGE);
        assertThat(answer("progress", "me", Map.of())).contains("Read: nothing marked yet");
        answer("read", "", Map.of("section", "2.0"));

        use(LEDGER);
        assertThat(answer("progress", "me", Map.of())).contains("Read: 1 section (1.0)");
        use(STORAGE);
        assertThat(answer("progress", "me", Map.of())).contains("Read: 1 section (2.0)");
    }

    @Test
    void eachBookHasItsOwnPlanWhichResumesWhenSwitchingBack() {
        answer("plan", "set", Map.of("start", "1", "pace", "1"));

        use(STORAGE);
        assertThat(answer("plan", "status", Map.of())).doesNotContain("Started at");
        answer("plan", "set", Map.of("start", "2", "pace", "2"));

        use(LEDGER);
        assertThat(answer("plan", "status", Map.of())).contains("Started at 1.0", "1 section a day");
        use(STORAGE);
        assertThat(answer("plan", "status", Map.of())).contains("Started at 2.0", "2 sections a day");
    }

    @Test
    void quizSchedulesAndStatsAreKeptPerBookAndResumeWhenSwitchingBack() {
        answerAQuestion(MEMBER);
        answerAQuestion(MANAGER);
        assertThat(answered(MEMBER)).isEqualTo("1");
        assertThat(quizStats(MEMBER)).contains("Your answers in this server, to questions from Ledger");
        assertThat(registry.answer(MANAGER, "quiz", "leaderboard", Map.of()).footer())
                .isEqualTo("2 answers in all, to questions from Ledger");

        use(STORAGE);
        assertThat(quizStats(MEMBER)).contains("You haven't answered a question in this server yet (book: Storage)");
        assertThat(answer("quiz", "leaderboard", Map.of())).contains("No answers this week yet (book: Storage)");
        answerAQuestion(MEMBER);
        answerAQuestion(MEMBER);
        assertThat(answered(MEMBER)).isEqualTo("2");

        use(LEDGER);
        assertThat(answered(MEMBER)).isEqualTo("1");
        use(STORAGE);
        assertThat(answered(MEMBER)).isEqualTo("2");
        assertThat(new SqlReviewStore(running.store()).books(SERVER)).containsExactlyInAnyOrder(LEDGER, STORAGE);
    }

    @Test
    void dataMadeWhileABookWasTheDefaultStaysWithItAndItsServerStaysOnItWhenTheDefaultChanges() throws Exception {
        answer("read", "", Map.of("section", "1.0"));
        answer("plan", "set", Map.of("start", "1", "pace", "1"));
        answerAQuestion(MEMBER);

        Files.writeString(
                config,
                Files.readString(config).replace("\"book\": {", "\"book\": {\n    \"default\": \"storage.epub\","));
        restart();

        assertThat(answer("book", "list", Map.of())).contains("Ledger ← read here");
        assertThat(answer("progress", "me", Map.of())).contains("Read: 1 section (1.0)");
        assertThat(answer("plan", "status", Map.of())).contains("Started at 1.0");
        assertThat(answered(MEMBER)).isEqualTo("1");
        assertThat(text(registry.answer(Asker.inServer(3, "newcomer", 43, 8, true), "book", "list", Map.of())))
                .contains("Storage by Ada Example ← read here");
        use(STORAGE);
        assertThat(answer("progress", "me", Map.of())).contains("Read: nothing marked yet");
        assertThat(quizStats(MEMBER)).contains("You haven't answered a question in this server yet (book: Storage)");
    }

    @Test
    void dataKeptBeforeBookIdsWereStoredIsGivenItsBookAtTheNextStart() throws Exception {
        answer("read", "", Map.of("section", "1.0"));
        answer("plan", "set", Map.of("start", "1", "pace", "1"));
        answerAQuestion(MEMBER);
        use(STORAGE);
        answerAQuestion(MEMBER);
        use(LEDGER);
        running.store().inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            for (String table : List.of("reading_plans", "read_marks", "quiz_reviews", "quiz_answers")) {
                sql.update("UPDATE " + table + " SET book_id = ''");
            }
            sql.update(
                    "INSERT INTO book_choices (server_id, member_id, book_id, chosen_at) VALUES (43, 0, ?, 0)",
                    STORAGE);
            for (long server : new long[] {SERVER, 43}) {
                sql.update(
                        "INSERT INTO quiz_reviews (scope_id, book_id, member_id, card_id, phase, step, stability,"
                                + " difficulty, due_at, last_review_at) VALUES (?, '', 2, 'retired-card', 1, 0, 1.0,"
                                + " 5.0, 0, 0)",
                        server);
            }
            return null;
        });

        restart();

        ReviewStore reviews = new SqlReviewStore(running.store());
        Awaitility.await("the old rows given their books, beside the start")
                .atMost(Duration.ofSeconds(20))
                .until(() -> !reviews.books(43).contains("")
                        && !reviews.books(SERVER).contains(""));
        assertThat(new SqlPlanStore(running.store()).books(SERVER)).containsExactly(LEDGER);
        assertThat(new SqlReadMarkStore(running.store()).books(Place.server(SERVER)))
                .containsExactly(LEDGER);
        assertThat(reviews.reviews(SERVER, STORAGE, 2))
                .as("a card of the book not read here now goes to its book")
                .hasSize(1);
        assertThat(reviews.reviews(SERVER, LEDGER, 2))
                .as("a card of no book goes to the book read where it was answered")
                .extracting(CardReview::cardId)
                .hasSize(2)
                .contains("retired-card");
        assertThat(reviews.reviews(43, STORAGE, 2))
                .singleElement()
                .satisfies(review -> assertThat(review.cardId()).isEqualTo("retired-card"));
        assertThat(reviews.books(SERVER)).containsExactlyInAnyOrder(LEDGER, STORAGE);
        assertThat(answered(MEMBER)).isEqualTo("1");
        assertThat(answer("progress", "me", Map.of())).contains("Read: 1 section (1.0)");
    }

    @Test
    void removingAServersOwnBookDeletesItsPlanReadMarksQuizDataAndVectorsThere() throws Exception {
        Path upload = ShelfFixtures.epub(temp.resolve("incoming/ours.epub"), "our-own-book", "Our Book", "Journal");
        answer("book", "add", Map.of("file", upload.toString()));
        use("our-own-book");
        answer("plan", "set", Map.of("start", "1", "pace", "1"));
        answer("read", "", Map.of("section", "1.0"));
        answerAQuestion(MEMBER);
        Path vectors = temp.resolve("data/embeddings/server-42/our-own-book");
        Files.createDirectories(vectors);
        Files.writeString(vectors.resolve("all-minilm-l6-v2-q.vectors"), "vectors of the book's passages");

        Reply prompt = registry.answer(MANAGER, "book", "remove", Map.of("book", "our-own-book"));
        assertThat(text(registry.click(
                        MANAGER, ((ReplyAction.Button) prompt.actions().get(0)).id(), List.of())))
                .contains("is gone from this server");

        assertThat(new SqlPlanStore(running.store()).books(SERVER)).isEmpty();
        assertThat(new SqlReadMarkStore(running.store()).books(Place.server(SERVER)))
                .isEmpty();
        assertThat(new SqlReviewStore(running.store()).books(SERVER)).isEmpty();
        assertThat(vectors).doesNotExist();
        assertThat(temp.resolve("data/embeddings/server-42")).doesNotExist();
    }

    @Test
    void aManagerSeesThePlansAndMarksABookNoLongerHereLeftAndDeletesThem() {
        answer("read", "", Map.of("section", "1.0"));
        new SqlPlanStore(running.store())
                .save(
                        SERVER,
                        "gone-book",
                        ReadingPlan.starting(
                                new SectionNumber(1, 0), new Pace.SectionsPerDay(1), LocalDate.of(2026, 12, 1)),
                        Instant.EPOCH);
        new SqlReadMarkStore(running.store())
                .mark(
                        Place.server(SERVER),
                        "gone-book",
                        2,
                        List.of(new ReadMark(new SectionNumber(1, 0), Instant.EPOCH)));

        new SqlReviewStore(running.store())
                .recordAnswer(
                        new Answer(SERVER, "gone-book", 2, "q1", "gone-card", true, Rating.GOOD, Instant.EPOCH, null),
                        current -> new FsrsScheduler(FsrsParameters.DEFAULTS)
                                .review(CardMemory.fresh(Instant.EPOCH), Rating.GOOD, Instant.EPOCH));

        assertThat(answer("book", "list", Map.of()))
                .contains("Plans, read marks and quiz answers left by books no longer here: gone-book");
        assertThat(text(registry.answer(MEMBER, "book", "list", Map.of()))).doesNotContain("gone-book");
        assertThat(text(registry.answer(MEMBER, "book", "forget", Map.of("book", "gone-book"))))
                .contains("Manage Server");
        assertThat(answer("book", "forget", Map.of("book", LEDGER))).contains("A book still here keeps its data");

        assertThat(answer("book", "forget", Map.of("book", "gone-book"))).contains("are deleted");

        assertThat(answer("book", "list", Map.of())).doesNotContain("gone-book");
        assertThat(new SqlPlanStore(running.store()).books(SERVER)).isEmpty();
        assertThat(new SqlReadMarkStore(running.store()).books(Place.server(SERVER)))
                .containsExactly(LEDGER);
        assertThat(new SqlReviewStore(running.store()).books(SERVER)).isEmpty();
        assertThat(answer("progress", "me", Map.of())).contains("Read: 1 section (1.0)");
    }

    /** Asks {@code who} the next quiz question here and clicks its first choice. */
    private void answerAQuestion(Asker who) {
        Reply question = registry.answer(who, "quiz", "next", Map.of());
        String choice = question.actions().stream()
                .map(action -> ((ReplyAction.Button) action).id())
                .filter(id -> id.startsWith("quiz:a:"))
                .findFirst()
                .orElseThrow();
        assertThat(text(registry.click(who, choice, List.of()))).doesNotContain("isn't valid");
    }

    private String quizStats(Asker who) {
        return text(registry.answer(who, "quiz", "stats", Map.of()));
    }

    /** The "Answered" count of {@code who}'s {@code /quiz stats} here. */
    private String answered(Asker who) {
        return registry.answer(who, "quiz", "stats", Map.of()).fields().stream()
                .filter(field -> field.name().equals("Answered"))
                .map(field -> field.value().plainText())
                .findFirst()
                .orElse("0");
    }

    private void use(String book) {
        assertThat(answer("book", "use", Map.of("book", book))).contains("This server reads");
    }

    private String answer(String command, String subcommand, Map<String, String> options) {
        return text(registry.answer(MANAGER, command, subcommand, options));
    }

    private static String text(Reply reply) {
        return reply.title() + "\n" + reply.text().plainText();
    }
}
