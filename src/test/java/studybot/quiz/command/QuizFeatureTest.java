package studybot.quiz.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.chart.ChartRenderer;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.ClickAnswer;
import studybot.command.ClickMode;
import studybot.command.ClickedMessage;
import studybot.command.CommandRegistry;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.console.Console;
import studybot.console.ConsoleRenderer;
import studybot.dailytips.MutableClock;
import studybot.facts.KeyFactExtractor;
import studybot.facts.LabelledBook;
import studybot.fsrs.Phase;
import studybot.i18n.Texts;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.SectionNumber;
import studybot.library.TestBooks;
import studybot.quiz.Question;
import studybot.quiz.learning.QuizStats;
import studybot.quiz.learning.StudyPlaces;
import studybot.quiz.review.CardReview;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReportStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.Text;
import studybot.sharing.SqlShareOptInStore;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.StoreFaults;
import studybot.store.StoreHealth;
import studybot.store.TestStores;
import studybot.testing.LogCapture;

/** {@code /quiz} through the registry, over the store on both backends: SQLite ([1]) and PostgreSQL ([2]). */
@ParameterizedClass
@EnumSource(Dialect.class)
class QuizFeatureTest {

    private static final String BOOK = "seed";
    private static final long SERVER = 4242L;
    private static final long CHANNEL = 77L;
    private static final long ALICE = 1001L;
    private static final long BOB = 1002L;
    private static final long CAROL = 1003L;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final Book seed = bind(TestBooks.seed());
    private final CurrentBook book = new CurrentBook(seed);
    private TestStores stores;
    private Store store;
    private ReviewStore reviews;
    private CommandRegistry registry;
    /** Whether the machine has fonts, as the chart renderer is told. */
    private final AtomicBoolean fontsInstalled = new AtomicBoolean(true);

    @BeforeEach
    void open() {
        stores = TestStores.of(dialect, temp);
        store = stores.open(List.of(ReviewStore.MIGRATIONS, SqlShareOptInStore.MIGRATIONS));
        reviews = new SqlReviewStore(store);
        registry = new CommandRegistry(
                BooksByPlace.everywhere(book),
                List.of(new QuizFeature(
                        reviews,
                        new SqlShareOptInStore(store, clock),
                        server -> server == SERVER ? BERLIN : ZoneOffset.UTC,
                        StudyPlaces.NOWHERE,
                        new SqlReportStore(store),
                        new QuizBooks(place -> BOOK, place -> "The Seed Book"),
                        new ChartRenderer(fontsInstalled::get),
                        MemberNotices.NONE,
                        clock,
                        Texts.load("quiz"))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void answersArePrivateAndTheQuestionIsPublicWithOneButtonPerChoice() {
        Reply question = next(ALICE);

        assertThat(question.isForAskerOnly()).isFalse();
        assertThat(registry.clickMode(answerIds(question).get(0))).hasValue(ClickMode.PRIVATE_REPLY);
        assertThat(answerIds(question))
                .hasSize(4)
                .allSatisfy(id -> assertThat(id).startsWith("quiz:a:").hasSizeLessThanOrEqualTo(100));
        Question asked = asked(question);
        assertThat(question.text().plainText()).contains(asked.prompt());

        Reply verdict = click(ALICE, rightId(question), messageAt(clock.instant()));

        assertThat(verdict.isForAskerOnly()).isTrue();
        assertThat(verdict.title()).isEqualTo("Right!");
        assertThat(verdict.text().plainText()).contains(asked.fact().text());
        assertThat(verdict.actions())
                .anySatisfy(action -> assertThat(((ReplyAction.Button) action).id())
                        .isEqualTo("open:" + asked.fact().section() + ":0"));
    }

    /**
     * Hostile audit F2: an answer the store cannot write (full disk, read-only) is refused in one line saying it was
     * not counted, instead of failing the click; nothing of it is kept, and once the store can write the answer counts.
     */
    @Test
    void anAnswerTheStoreCannotWriteSaysItWasNotCounted() {
        Reply question = next(ALICE);
        Sent message = messageAt(clock.instant());

        Reply refused;
        try (LogCapture log = LogCapture.of(StoreHealth.class)) {
            StoreFaults.refuseWrites(stores, store);
            refused = click(ALICE, rightId(question), message);
            await().untilAsserted(() -> assertThat(log.messages(Level.ERROR))
                    .singleElement()
                    .asString()
                    .contains("cannot be written"));
        } finally {
            StoreFaults.allowWrites(stores, store);
        }

        assertThat(refused.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(refused.text().plainText())
                .startsWith("Your answer was not counted: studybot cannot write its store right now.");
        assertThat(click(ALICE, rightId(question), message).title()).isEqualTo("Right!");
        assertThat(field(registry.answer(member(ALICE), "quiz", "stats", Map.of()), "Answered"))
                .as("only the answer given once the store could write")
                .isEqualTo("1");
    }

    @Test
    void newQuestionsComeInBookOrderAndAnsweredCardsWaitUntilDue() {
        Reply first = next(ALICE);
        Question firstQuestion = asked(first);
        click(ALICE, wrongId(first), messageAt(clock.instant()));

        Reply second = next(ALICE);
        assertThat(asked(second).cardId()).isNotEqualTo(firstQuestion.cardId());
        assertThat(second.text().plainText()).contains("A new question.");

        clock.advance(Duration.ofMinutes(2));
        Reply due = next(ALICE);
        assertThat(asked(due).cardId()).isEqualTo(firstQuestion.cardId());
        assertThat(due.text().plainText()).contains("A review that is due.");
    }

    /**
     * A card missed today comes back once that day; answered a second time it waits for the next day, since its
     * schedule changes once a day: it was asked on every {@code next}, ahead of every new card.
     */
    @Test
    void aCardAnsweredTwiceTodayWaitsForTheNextDay() {
        Reply first = next(ALICE);
        Question missed = asked(first);
        click(ALICE, wrongId(first), message(clock.instant(), 1));
        clock.advance(Duration.ofMinutes(2));
        Reply again = next(ALICE);
        assertThat(asked(again).cardId()).isEqualTo(missed.cardId());
        click(ALICE, wrongId(again), message(clock.instant(), 2));
        clock.advance(Duration.ofMinutes(2));

        Reply later = next(ALICE);

        assertThat(asked(later).cardId()).isNotEqualTo(missed.cardId());
        assertThat(later.text().plainText()).contains("A new question.");
        clock.advance(Duration.ofDays(1));
        assertThat(asked(next(ALICE)).cardId()).isEqualTo(missed.cardId());
    }

    @Test
    void aCardIsNotShownBeforeItIsDueUnlessItsSectionIsAskedFor() {
        List<Question> all = seed.quiz().all();
        long message = 1;
        for (Question question : all) {
            click(
                    ALICE,
                    QuizIds.answer(question, question.rightChoice(), clock.instant()),
                    message(clock.instant(), message++));
        }
        Reply caughtUp = next(ALICE);
        assertThat(caughtUp.isForAskerOnly()).isTrue();
        assertThat(caughtUp.text().plainText()).contains("all caught up", "next review is due");
        assertThat(caughtUp.actions()).isEmpty();

        SectionNumber section = all.get(0).fact().section();
        Reply early = registry.answer(member(ALICE), "quiz", "next", Map.of("section", section.toString()));
        assertThat(asked(early).fact().section()).isEqualTo(section);
        assertThat(early.text().plainText()).contains("Not due yet");
    }

    @Test
    void chapterAndSectionRestrictTheQuestions() {
        SectionNumber section =
                seed.quiz().all().get(seed.quiz().size() - 1).fact().section();
        Reply fromSection = registry.answer(member(ALICE), "quiz", "next", Map.of("section", section.toString()));
        Reply fromChapter =
                registry.answer(member(ALICE), "quiz", "next", Map.of("chapter", String.valueOf(section.chapter())));

        assertThat(asked(fromSection).fact().section()).isEqualTo(section);
        assertThat(asked(fromChapter).fact().section().chapter()).isEqualTo(section.chapter());
    }

    @Test
    void theSectionOptionReadsNumbersAsSectionDoes() {
        for (String typed : List.of("§20.4", "20,4", "§ 20.04", "20.4 Replication Groups")) {
            Reply question = registry.answer(member(ALICE), "quiz", "next", Map.of("section", typed));
            assertThat(question.kind()).as(typed).isNotEqualTo(Reply.Kind.PROBLEM);
            assertThat(asked(question).fact().section()).as(typed).isEqualTo(new SectionNumber(20, 4));
        }
        assertThat(registry.answer(member(ALICE), "quiz", "next", Map.of("section", "twenty"))
                        .text()
                        .plainText())
                .contains("\"twenty\" is not a section number");
    }

    @Test
    void eachMembersAnswerToAQuestionCountsOnceAndMembersAreScheduledApart() {
        Reply question = next(ALICE);
        Sent message = messageAt(clock.instant());
        clock.advance(Duration.ofSeconds(5));

        Reply alice = click(ALICE, rightId(question), message);
        Reply aliceAgain = click(ALICE, wrongId(question), message);
        Reply bob = click(BOB, wrongId(question), message);

        assertThat(alice.title()).isEqualTo("Right!");
        assertThat(aliceAgain.title()).isEqualTo("Already answered");
        assertThat(bob.title()).isEqualTo("Not quite");
        assertThat(bob.text().plainText())
                .contains("The answer is " + asked(question).rightChoice());
        String card = asked(question).cardId();
        assertThat(reviews.answers(SERVER, BOOK, ALICE)).singleElement().satisfies(answer -> {
            assertThat(answer.correct()).isTrue();
            assertThat(answer.took()).isEqualTo(Duration.ofSeconds(5));
        });
        CardReview aliceCard = reviews.review(SERVER, BOOK, ALICE, card).orElseThrow();
        CardReview bobCard = reviews.review(SERVER, BOOK, BOB, card).orElseThrow();
        assertThat(aliceCard.memory().phase()).isEqualTo(Phase.REVIEW);
        assertThat(bobCard.memory().due()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(aliceCard.memory().due()).isAfter(bobCard.memory().due());
    }

    @Test
    void aCardsScheduleChangesOncePerMemberPerDayHoweverManyMessagesAskIt() {
        Question asked = asked(next(ALICE));
        Reply firstVerdict =
                click(ALICE, QuizIds.answer(asked, asked.rightChoice(), clock.instant()), message(clock.instant(), 1));
        assertThat(firstVerdict.text().plainText()).contains("Next review of this card: ");
        CardReview first = reviews.review(SERVER, BOOK, ALICE, asked.cardId()).orElseThrow();

        for (int message = 2; message <= 6; message++) {
            clock.advance(Duration.ofSeconds(1));
            Reply verdict = click(
                    ALICE,
                    QuizIds.answer(asked, asked.rightChoice(), clock.instant()),
                    message(clock.instant(), message));
            assertThat(verdict.title()).isEqualTo("Right!");
            assertThat(verdict.text().plainText())
                    .as("the schedule kept, its next review still ahead")
                    .contains("You already reviewed this card today, and its schedule changes once a day: your"
                            + " answer is recorded, and its next review is still ")
                    .doesNotContain("Next review of this card");
        }

        assertThat(reviews.answers(SERVER, BOOK, ALICE))
                .as("every answer recorded for stats")
                .hasSize(6);
        Reply stats = registry.answer(member(ALICE), "quiz", "stats", Map.of());
        assertThat(field(stats, "Answered")).isEqualTo("6");
        assertThat(stats.text().plainText())
                .as("stats say they count repeats, which the leaderboard does not")
                .contains("Every answer counts here, repeats of a card included.");
        assertThat(reviews.review(SERVER, BOOK, ALICE, asked.cardId()))
                .as("reviewed once today")
                .contains(first);
        registry.answer(member(ALICE), "quiz", "share", Map.of("visible", "on"));
        assertThat(registry.answer(member(ALICE), "quiz", "leaderboard", Map.of("period", "week"))
                        .text()
                        .plainText())
                .as("the card once for the day")
                .contains("#1 you: 1 right of 1");

        clock.advance(Duration.ofDays(1));
        click(ALICE, QuizIds.answer(asked, asked.rightChoice(), clock.instant()), message(clock.instant(), 7));
        assertThat(reviews.review(SERVER, BOOK, ALICE, asked.cardId())
                        .orElseThrow()
                        .memory()
                        .lastReview())
                .as("the next day reviews it again")
                .isEqualTo(clock.instant());
    }

    /**
     * A wrong answer brings the card back within minutes; answered again once that has passed, the same day, the
     * schedule stays (once a day), so the reply says the card stays due rather than naming a next review in the past.
     */
    @Test
    void anAnswerTheSameDayAfterTheNextReviewPassedSaysTheCardStaysDue() {
        Question asked = asked(next(ALICE));
        click(
                ALICE,
                QuizIds.answer(
                        asked,
                        asked.choices().stream()
                                .filter(choice -> !choice.equals(asked.rightChoice()))
                                .findFirst()
                                .orElseThrow(),
                        clock.instant()),
                message(clock.instant(), 1));
        CardReview first = reviews.review(SERVER, BOOK, ALICE, asked.cardId()).orElseThrow();
        clock.set(first.memory().due().plus(Duration.ofMinutes(4)));

        Reply again =
                click(ALICE, QuizIds.answer(asked, asked.rightChoice(), clock.instant()), message(clock.instant(), 2));
        Reply german = registry.click(
                member(ALICE).speaking(Locale.GERMAN, Locale.ENGLISH),
                QuizIds.answer(asked, asked.rightChoice(), clock.instant()),
                List.of(),
                message(clock.instant(), 3)
                        .carrying(List.of(QuizIds.answer(asked, asked.rightChoice(), clock.instant()))));

        assertThat(again.title()).isEqualTo("Right!");
        assertThat(again.text().plainText())
                .contains("You already reviewed this card today, and its schedule changes once a day: your answer is"
                        + " recorded, and the card stays due until your first answer to it on a later day.")
                .doesNotContain("Next review of this card");
        assertThat(german.text().plainText())
                .contains("Du hast diese Karte heute schon wiederholt")
                .contains("bleibt fällig bis zu deiner ersten Antwort an einem späteren Tag.");
        assertThat(reviews.review(SERVER, BOOK, ALICE, asked.cardId())).contains(first);
        assertThat(reviews.answers(SERVER, BOOK, ALICE)).hasSize(3);
    }

    /**
     * A question dropped after it was posted (a manager reported it) takes no more answers there: a click says so and
     * records nothing; in direct messages a member's own report does the same for them.
     */
    @Test
    void anAnswerToAQuestionDroppedAfterItWasPostedIsNotCounted() {
        Reply question = next(ALICE);
        Sent message = messageAt(clock.instant());
        Asker manager = Asker.inServer(ALICE, "member " + ALICE, SERVER, CHANNEL, true);
        registry.click(manager, rightId(question), List.of(), message.carrying(List.of(rightId(question))));
        String report = QuizIds.report(asked(question));
        assertThat(registry.click(
                                manager,
                                report,
                                List.of(),
                                messageAt(clock.instant()).carrying(List.of(report)))
                        .text()
                        .plainText())
                .contains("It is now dropped for everyone in this server.");
        clock.advance(Duration.ofSeconds(5));

        Reply bob = click(BOB, wrongId(question), message);
        Reply german = registry.click(
                member(CAROL).speaking(Locale.GERMAN, Locale.ENGLISH),
                rightId(question),
                List.of(),
                message.carrying(List.of(rightId(question))));

        assertThat(bob.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(bob.text().plainText())
                .startsWith("This question was dropped for everyone here after members reported it, so your answer"
                        + " was not counted");
        assertThat(german.text().plainText()).startsWith("Diese Frage wurde nach Meldungen von Mitgliedern");
        assertThat(reviews.answers(SERVER, BOOK, BOB)).isEmpty();
        assertThat(reviews.answers(SERVER, BOOK, CAROL)).isEmpty();
        assertThat(reviews.review(SERVER, BOOK, BOB, asked(question).cardId())).isEmpty();

        Asker direct = Asker.personal(BOB, "Bob", 5L);
        Reply mine = registry.answer(direct, "quiz", "next", Map.of());
        Sent inDirect = messageAt(clock.instant());
        registry.click(direct, rightId(mine), List.of(), inDirect.carrying(answerIds(mine)));
        String ownReport = QuizIds.report(asked(mine));
        registry.click(direct, ownReport, List.of(), messageAt(clock.instant()).carrying(List.of(ownReport)));
        clock.advance(Duration.ofSeconds(5));
        Reply again = registry.click(
                direct, rightId(mine), List.of(), messageAt(clock.instant()).carrying(answerIds(mine)));
        assertThat(again.text().plainText()).startsWith("You reported this question, so it is no longer asked of you");
        assertThat(reviews.answers(0, BOOK, BOB)).hasSize(1);
    }

    @Test
    void theQuestionMessageSaysHowManyAnsweredButNeverWho() {
        Reply question = next(ALICE);
        ClickedMessage message = messageAt(clock.instant()).carrying(answerIds(question));

        ClickAnswer alice = registry.clickAndUpdate(member(ALICE), rightId(question), List.of(), message);
        ClickAnswer bob = registry.clickAndUpdate(member(BOB), wrongId(question), List.of(), message);
        ClickAnswer forged = registry.clickAndUpdate(member(BOB), "quiz:a:nonsense", List.of(), message);
        Reply console = registry.click(Asker.console("me"), rightId(question), List.of());

        assertThat(alice.clickedMessage().orElseThrow().text().plainText()).contains("1 member answered.");
        Reply updated = bob.clickedMessage().orElseThrow();
        assertThat(updated.text().plainText())
                .contains(asked(question).prompt(), "2 members answered.")
                .doesNotContain("member " + ALICE, "member " + BOB);
        assertThat(updated.isForAskerOnly()).isFalse();
        assertThat(updated.actions()).isEqualTo(question.actions());
        assertThat(forged.clickedMessage()).isEmpty();
        assertThat(console.title()).isEqualTo("Right!");
    }

    @Test
    void theConsoleCountsAQuestionOnceByTheTimeItWasAsked() {
        Asker console = Asker.console("me");
        Reply question = registry.answer(console, "quiz", "next", Map.of());
        String right = rightId(question);

        assertThat(registry.click(console, right, List.of()).title()).isEqualTo("Right!");
        assertThat(registry.click(console, right, List.of()).title()).isEqualTo("Already answered");
        assertThat(reviews.answers(0, BOOK, Asker.CONSOLE_USER)).hasSize(1);
    }

    @Test
    void aConsoleIdWithItsTimeRemovedOrReplacedDoesNotCountAgain() {
        Asker console = Asker.console("me");
        String right = rightId(registry.answer(console, "quiz", "next", Map.of()));
        String untimed = right.substring(0, right.lastIndexOf(':'));
        clock.advance(Duration.ofMinutes(5));

        assertThat(registry.click(console, right, List.of()).title()).isEqualTo("Right!");
        assertThat(registry.click(console, untimed, List.of()).title()).isEqualTo("Already answered");
        assertThat(registry.click(console, untimed + ":zzzz", List.of()).title())
                .isEqualTo("Already answered");
        assertThat(registry.click(
                                console,
                                untimed + ":" + Long.toString(clock.instant().getEpochSecond(), 36),
                                List.of())
                        .title())
                .isEqualTo("Already answered");
        assertThat(reviews.answers(0, BOOK, Asker.CONSOLE_USER)).hasSize(1);
    }

    @Test
    void inTheConsoleABareQuizIsNextAndChoicesAreCommandsToType() {
        Console console = new Console(registry, new ConsoleRenderer(false), interaction -> {}, Asker.console("me"));

        String question = console.answer("/quiz");
        String fromSection = console.answer("/quiz section:20.4");
        String typo = console.answer("/quiz nxt");

        assertThat(question).contains("A new question.").contains("/press quiz:a:");
        assertThat(fromSection).contains("/press quiz:a:");
        assertThat(typo).contains("needs one of these").contains("/quiz next");
        String press = question.lines()
                .filter(line -> line.startsWith("» "))
                .findFirst()
                .orElseThrow();
        String id =
                press.substring(press.indexOf("/press ") + "/press ".length()).split("\\s+")[0];
        assertThat(console.answer("/press " + id))
                .containsAnyOf("== Right! ==", "== Not quite ==")
                .contains("» Read ")
                .contains("/section ")
                .contains("/quiz next");
        assertThat(reviews.answers(0, BOOK, Asker.CONSOLE_USER)).hasSize(1);
    }

    @Test
    void badButtonsAreAnsweredPrivatelyAndChangeNothing() {
        Reply question = next(ALICE);
        Question asked = asked(question);
        String asked36 = Long.toString(clock.instant().getEpochSecond(), 36);
        List<String> forged = List.of(
                "quiz",
                "quiz:a",
                "quiz:a:" + asked.cardId(),
                "quiz:a:zz:12345678",
                "quiz:a:" + asked.cardId() + ":nothex!!",
                "quiz:a:" + asked.cardId() + ":12345678:" + asked36 + ":x",
                "quiz:a:" + asked.cardId() + ":12345678:TOOLONG999",
                "quiz:delete-everything");

        for (String id : forged) {
            Reply reply = click(ALICE, id, messageAt(clock.instant()));
            assertThat(reply.kind()).as(id).isEqualTo(Reply.Kind.PROBLEM);
            assertThat(reply.isForAskerOnly()).as(id).isTrue();
            assertThat(reply.text().plainText()).as(id).contains("damaged or from an older version");
        }
        Reply madeUpChoice =
                click(ALICE, "quiz:a:" + asked.cardId() + ":12345678:" + asked36, messageAt(clock.instant()));
        Reply madeUpCard = click(ALICE, "quiz:a:f0123456789abcdef:12345678:" + asked36, messageAt(clock.instant()));
        assertThat(madeUpChoice.text().plainText())
                .as("a made-up choice on this edition's question")
                .startsWith("This button isn't valid.");
        assertThat(madeUpCard.text().plainText())
                .as("a made-up card on this edition's question")
                .startsWith("This button isn't valid.");
        assertThat(reviews.answers(SERVER, BOOK, ALICE)).isEmpty();
    }

    @Test
    void anAnswerToACardWhoseFactLeftTheBookIsNotCounted() {
        String right = rightId(next(ALICE));
        Sent asked = messageAt(clock.instant());
        clock.advance(Duration.ofMinutes(1));
        book.replace(bind(new Library(LabelledBook.operatingSystems().library().sections(), clock.instant())));

        Reply retired = click(ALICE, right, asked);

        assertThat(retired.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(retired.isForAskerOnly()).isTrue();
        assertThat(retired.text().plainText())
                .as("an upgrade's question rules retire questions too: the reply can't tell the book was edited")
                .startsWith("This question is no longer asked (the book or studybot's question rules changed)")
                .doesNotContain("edited");
        assertThat(reviews.answers(SERVER, BOOK, ALICE)).isEmpty();
    }

    @Test
    void reportingAnAnsweredCardNoLongerAskedSaysSoWithoutBlamingAnEdit() {
        String right = rightId(next(ALICE));
        click(ALICE, right, messageAt(clock.instant()));
        Sent feedback = messageAt(clock.instant().plusSeconds(1));
        clock.advance(Duration.ofMinutes(1));
        book.replace(bind(new Library(LabelledBook.operatingSystems().library().sections(), clock.instant())));

        Reply report = click(ALICE, "quiz:r:" + right.split(":")[2], feedback);

        assertThat(report.title()).isEqualTo("Not reported");
        assertThat(report.text().plainText())
                .startsWith("This question is no longer asked (the book or studybot's question rules changed)")
                .doesNotContain("edited");
    }

    @Test
    void retiredCardsAreSkippedQuietlyWhenDueAndLeftOutOfStats() {
        click(ALICE, wrongId(next(ALICE)), messageAt(clock.instant()));
        book.replace(bind(LabelledBook.operatingSystems().library()));
        clock.advance(Duration.ofHours(1));

        Reply next = next(ALICE);
        Reply stats = registry.answer(member(ALICE), "quiz", "stats", Map.of());

        assertThat(book.get().quiz().find(asked(next).cardId())).isPresent();
        assertThat(next.text().plainText()).contains("A new question.");
        assertThat(field(stats, "Answered")).isEqualTo("1");
        assertThat(field(stats, "Reviews due today")).isEqualTo("0");
    }

    @Test
    void badOptionsGetFriendlyPrivateAnswers() {
        Map<Map<String, String>, String> cases = Map.of(
                Map.of("section", "99.9"), "no section 99.9",
                Map.of("section", "hello'); DROP TABLE quiz_answers;--"), "is not a section number",
                Map.of("chapter", "twenty"), "must be a whole number",
                Map.of("chapter", "999"), "no chapter 999");
        cases.forEach((options, expected) -> {
            Reply reply = registry.answer(member(ALICE), "quiz", "next", options);
            assertThat(reply.kind()).as(options.toString()).isEqualTo(Reply.Kind.PROBLEM);
            assertThat(reply.isForAskerOnly()).isTrue();
            assertThat(reply.text().plainText()).as(options.toString()).contains(expected);
        });
        Reply period = registry.answer(member(ALICE), "quiz", "leaderboard", Map.of("period", "fortnight"));
        assertThat(period.text().plainText()).contains("\"fortnight\" is not a period");
        Reply share = registry.answer(member(ALICE), "quiz", "share", Map.of("visible", "perhaps"));
        assertThat(share.text().plainText()).contains("must be on or off (yes/no and true/false work too)");
        assertThat(reviews.answers(SERVER, BOOK, ALICE)).isEmpty();
    }

    /** German audit 6: a book without quiz questions says so to a member who never answered, not "all caught up". */
    @Test
    void aBookWithoutQuizQuestionsSaysSoInEveryLanguage() {
        book.replace(bind(TestBooks.of(List.of(List.of("Greetings", "Hello there.")))));
        assertThat(book.get().quiz().all()).isEmpty();

        Reply english = next(ALICE);
        Reply german = registry.answer(member(ALICE).speaking(Locale.GERMAN, Locale.GERMAN), "quiz", "next", Map.of());

        assertThat(english.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(english.text().plainText())
                .startsWith("The book has no quiz questions")
                .doesNotContain("caught up");
        assertThat(german.text().plainText())
                .startsWith("Im Buch gibt es keine Quizfragen")
                .doesNotContain("neuesten Stand");
    }

    @Test
    void aBookNotInEnglishSaysItsLanguageIsWhyItHasNoQuizQuestions() {
        book.replace(bind(TestBooks.seed().withLanguage(new BookLanguage("it"))));
        assertThat(book.get().quiz().all()).isEmpty();

        Reply french = registry.answer(member(ALICE).speaking(Locale.FRENCH, Locale.FRENCH), "quiz", "next", Map.of());

        assertThat(french.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(french.text().plainText())
                .startsWith("Écrit en italien")
                .contains(
                        "les astuces et les quiz ne sont construits que pour les livres en anglais, français, espagnol et allemand, donc ce livre n’en a pas")
                .doesNotContain("aucun fait clé");
    }

    @Test
    void statsCountWeeksAndReviewsDueOverTheNextTwoWeeks() {
        answerOneAt(Instant.parse("2026-11-10T10:00:00Z"), false);
        answerOneAt(Instant.parse("2026-11-29T10:00:00Z"), true);
        answerOneAt(Instant.parse("2026-11-30T08:00:00Z"), true);
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));

        QuizStats stats = QuizStats.of(
                reviews.answers(SERVER, BOOK, ALICE),
                reviews.reviews(SERVER, BOOK, ALICE),
                seed.quiz()::find,
                clock.instant(),
                BERLIN);

        assertThat(stats.weekEnds()).hasSize(QuizStats.WEEKS).endsWith(LocalDate.parse("2026-11-30"));
        assertThat(stats.weeks()).extracting(QuizStats.Tally::answered).containsExactly(0, 0, 0, 0, 0, 1, 0, 2);
        assertThat(stats.weeks().get(7).right()).isEqualTo(2);
        assertThat(stats.duePerDay()).hasSize(QuizStats.DUE_DAYS);
        assertThat(stats.duePerDay().get(0))
                .as("today's count includes the overdue ones")
                .isEqualTo(stats.dueToday());
        int dueWithinTwoWeeks = (int) reviews.reviews(SERVER, BOOK, ALICE).stream()
                .filter(review -> review.memory().due().isBefore(Instant.parse("2026-12-14T00:00:00Z")))
                .count();
        assertThat(stats.duePerDay().stream().mapToInt(Integer::intValue).sum()).isEqualTo(dueWithinTwoWeeks);
    }

    @Test
    void withoutFontsStatsAreTheSameTextWithoutAPicture() {
        answerOneAt(Instant.parse("2026-11-30T08:00:00Z"), true);
        Reply withPicture = registry.answer(member(ALICE), "quiz", "stats", Map.of());
        fontsInstalled.set(false);

        Reply textOnly = registry.answer(member(ALICE), "quiz", "stats", Map.of());

        assertThat(withPicture.attachment()).isPresent();
        assertThat(textOnly.attachment()).isEmpty();
        assertThat(textOnly.text()).isEqualTo(withPicture.text());
        assertThat(textOnly.fields()).isEqualTo(withPicture.fields());
    }

    @Test
    void statsCountDaysInTheServersTimezone() {
        // 23:30 UTC on the 27th is already the 28th in Berlin; then the 29th and the 30th (Berlin days)
        answerOneAt(Instant.parse("2026-11-27T23:30:00Z"), true);
        answerOneAt(Instant.parse("2026-11-29T10:00:00Z"), false);
        answerOneAt(Instant.parse("2026-11-30T08:00:00Z"), true);
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));

        Reply stats = registry.answer(member(ALICE), "quiz", "stats", Map.of());

        assertThat(stats.isForAskerOnly()).isTrue();
        assertThat(field(stats, "Answered")).isEqualTo("3");
        assertThat(field(stats, "Accuracy")).isEqualTo("67% (2 right)");
        assertThat(field(stats, "Streak")).isEqualTo("3 days");
        assertThat(stats.footer()).contains("Europe/Berlin");
        assertThat(stats.text().plainText()).contains("Chapter ");
        assertThat(stats.attachment()).get().satisfies(picture -> {
            assertThat(picture.fileName()).isEqualTo("quiz-stats.png");
            assertThat(Arrays.copyOf(picture.bytes(), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            assertThat(picture.size()).isLessThanOrEqualTo(200 * 1024);
            assertThat(picture.altText())
                    .startsWith("Your quiz, week by week from 12 Oct to 30 Nov.")
                    .contains("Answers: 0, 0, 0, 0, 0, 0, 0, 3.")
                    .contains("Accuracy: none, none, none, none, none, none, none, 67%.")
                    .contains("Reviews due in the next 14 days, from today: ");
            assertThat(picture.glance()).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0);
        });

        QuizStats inUtc = QuizStats.of(
                reviews.answers(SERVER, BOOK, ALICE),
                reviews.reviews(SERVER, BOOK, ALICE),
                seed.quiz()::find,
                clock.instant(),
                ZoneOffset.UTC);
        assertThat(inUtc.streakDays()).isEqualTo(2);
    }

    @Test
    void theLeaderboardNamesOnlyMembersWhoOptedIn() {
        Reply question = next(ALICE);
        Sent message = messageAt(clock.instant());
        click(ALICE, rightId(question), message);
        click(BOB, rightId(question), message);
        click(CAROL, wrongId(question), message);

        Reply shared = registry.answer(member(BOB), "quiz", "share", Map.of("visible", "on"));
        Reply board = registry.answer(member(ALICE), "quiz", "leaderboard", Map.of("period", "week"));

        assertThat(shared.text().plainText()).contains("now shows");
        assertThat(board.text().spans())
                .contains(new Text.Member(BOB))
                .doesNotContain(new Text.Member(ALICE), new Text.Member(CAROL));
        assertThat(board.text().plainText())
                .contains("2 members who don't share their names", "/quiz share visible:on");
        assertThat(new SqlShareOptInStore(store, clock).isSharing(SERVER, BOB)).isTrue();

        registry.answer(member(BOB), "quiz", "share", Map.of("visible", "off"));
        assertThat(registry.answer(member(ALICE), "quiz", "leaderboard", Map.of())
                        .text()
                        .spans())
                .doesNotContain(new Text.Member(BOB));
    }

    @Test
    void inDirectMessagesTheQuizIsYourOwnButRankingAndNamingArePerServer() {
        Asker direct = Asker.personal(ALICE, "Alice", 5L);
        Reply question = registry.answer(direct, "quiz", "next", Map.of());
        Reply verdict = registry.click(
                direct, rightId(question), List.of(), messageAt(clock.instant()).carrying(answerIds(question)));

        assertThat(verdict.title()).isEqualTo("Right!");
        assertThat(reviews.answers(0, BOOK, ALICE)).hasSize(1);
        assertThat(reviews.answers(SERVER, BOOK, ALICE)).isEmpty();
        assertThat(registry.answer(direct, "quiz", "leaderboard", Map.of())
                        .text()
                        .plainText())
                .contains("per server");
        assertThat(registry.answer(direct, "quiz", "share", Map.of("visible", "on"))
                        .kind())
                .isEqualTo(Reply.Kind.PROBLEM);
        assertThat(new SqlShareOptInStore(store, clock).isSharing(0, ALICE)).isFalse();
    }

    @Test
    void statsSayWhoseAnswersTheyCount() {
        Asker direct = Asker.personal(ALICE, "Alice", 5L);
        Reply question = registry.answer(direct, "quiz", "next", Map.of());
        registry.click(
                direct, rightId(question), List.of(), messageAt(clock.instant()).carrying(answerIds(question)));

        assertThat(registry.answer(direct, "quiz", "stats", Map.of()).text().plainText())
                .startsWith("Your answers in your personal space");
        assertThat(registry.answer(member(ALICE), "quiz", "stats", Map.of())
                        .text()
                        .plainText())
                .contains("You haven't answered a question in this server yet");
        assertThat(registry.answer(Asker.console("me"), "quiz", "stats", Map.of())
                        .text()
                        .plainText())
                .contains("in the console");
    }

    @Test
    void aQuestionInTheMembersOwnPlaceAmongOthersIsForThemAlone() {
        Asker inServerWithout = Asker.personalAmongOthers(ALICE, "Alice", 5L, Asker.Where.SERVER_CHANNEL);

        Reply question = registry.answer(inServerWithout, "quiz", "next", Map.of());
        ClickAnswer answer = registry.clickAndUpdate(
                inServerWithout,
                rightId(question),
                List.of(),
                messageAt(clock.instant()).carrying(answerIds(question)));

        assertThat(question.isForAskerOnly()).isTrue();
        assertThat(registry.answer(member(ALICE), "quiz", "next", Map.of()).isForAskerOnly())
                .as("a server with studybot asks its members together")
                .isFalse();
        assertThat(answer.reply().title()).isEqualTo("Right!");
        assertThat(answer.clickedMessage())
                .as("nobody else answers a question in a member's own place")
                .isEmpty();
    }

    @Test
    void theLeaderboardPeriodStartsInTheServersTimezone() {
        answerOneAt(Instant.parse("2026-11-01T10:00:00Z"), true);
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        registry.answer(member(ALICE), "quiz", "share", Map.of("visible", "true"));

        assertThat(registry.answer(member(ALICE), "quiz", "leaderboard", Map.of("period", "week"))
                        .text()
                        .plainText())
                .contains("No answers this week");
        assertThat(registry.answer(member(ALICE), "quiz", "leaderboard", Map.of("period", "month"))
                        .text()
                        .plainText())
                .contains("#1 you: 1 right of 1");
    }

    @Test
    void forgetAsksFirstAndThenDeletesOnlyTheMembersAnswersHere() {
        Reply question = next(ALICE);
        Sent message = messageAt(clock.instant());
        click(ALICE, rightId(question), message);
        click(BOB, rightId(question), message);

        assertThat(registry.answer(member(ALICE).speaking(Locale.GERMAN, Locale.ENGLISH), "quiz", "forget", Map.of())
                        .text()
                        .plainText())
                .startsWith("Das löscht deine 1 Antwort, die du hier zum Buch gegeben hast");
        Reply confirm = registry.answer(member(ALICE), "quiz", "forget", Map.of());
        assertThat(confirm.isForAskerOnly()).isTrue();
        assertThat(confirm.text().plainText()).startsWith("This deletes the one answer you gave here to the book");
        assertThat(reviews.answers(SERVER, BOOK, ALICE)).hasSize(1);
        String id = ((ReplyAction.Button) confirm.actions().get(0)).id();

        Reply done = click(ALICE, id, messageAt(clock.instant()));

        assertThat(done.isForAskerOnly()).isTrue();
        assertThat(done.text().plainText()).contains("Deleted your 1 answer");
        assertThat(reviews.answers(SERVER, BOOK, ALICE)).isEmpty();
        assertThat(reviews.review(SERVER, BOOK, ALICE, asked(question).cardId()))
                .isEmpty();
        assertThat(reviews.answers(SERVER, BOOK, BOB)).hasSize(1);
        assertThat(click(ALICE, id, messageAt(clock.instant())).text().plainText())
                .contains("nothing was deleted");
    }

    @Test
    void forgetDeletesOnlyWithTheNonceItsOwnPromptIssued() {
        Reply question = next(ALICE);
        click(ALICE, rightId(question), messageAt(clock.instant()));
        Asker console = Asker.console("me");
        registry.click(console, rightId(registry.answer(console, "quiz", "next", Map.of())), List.of());

        List<String> forged = List.of("quiz:forget", "quiz:forget:0123456789abcdef", "quiz:forget:", "quiz:forget:x:y");
        for (String id : forged) {
            assertThat(click(ALICE, id, messageAt(clock.instant())).text().plainText())
                    .as(id)
                    .contains("nothing was deleted");
            assertThat(registry.click(console, id, List.of()).text().plainText())
                    .as(id)
                    .contains("nothing was deleted");
        }
        String alicesPrompt = ((ReplyAction.Button) registry.answer(member(ALICE), "quiz", "forget", Map.of())
                        .actions()
                        .get(0))
                .id();
        assertThat(click(BOB, alicesPrompt, messageAt(clock.instant())).text().plainText())
                .as("another member's confirmation")
                .contains("nothing was deleted");

        assertThat(reviews.answers(SERVER, BOOK, ALICE)).hasSize(1);
        assertThat(reviews.answers(0, BOOK, Asker.CONSOLE_USER)).hasSize(1);
        String consolePrompt = ((ReplyAction.Button) registry.answer(console, "quiz", "forget", Map.of())
                        .actions()
                        .get(0))
                .id();
        assertThat(registry.click(console, consolePrompt, List.of()).text().plainText())
                .contains("Deleted your 1 answer");
    }

    @Test
    void aGermanMemberIsAnsweredInGermanWhileTheQuestionIsInTheServersLanguage() {
        Asker german = member(ALICE).speaking(Locale.GERMAN, Locale.ENGLISH);
        for (int answer = 0; answer < 2; answer++) {
            Reply question = registry.answer(german, "quiz", "next", Map.of());
            assertThat(question.footer()).startsWith("Answer with a button");
            String id = rightId(question);

            Reply verdict = registry.click(
                    german, id, List.of(), messageAt(clock.instant()).carrying(List.of(id)));

            assertThat(verdict.title()).isEqualTo("Richtig!");
            assertThat(verdict.text().plainText()).contains("Nächste Wiederholung dieser Karte: ");
            clock.advance(Duration.ofMinutes(1));
        }
        Reply stats = registry.answer(german, "quiz", "stats", Map.of());
        assertThat(stats.title()).isEqualTo("Deine Quiz-Statistik");
        assertThat(field(stats, "Serie")).isEqualTo("1 Tag");

        Reply confirm = registry.answer(german, "quiz", "forget", Map.of());
        assertThat(confirm.text().plainText())
                .startsWith("Das löscht alle 2 Antworten, die du hier zum Buch gegeben hast");
        String id = ((ReplyAction.Button) confirm.actions().get(0)).id();
        assertThat(registry.click(german, id, List.of()).text().plainText())
                .isEqualTo("Deine 2 Antworten und dein Wiederholungsplan hier wurden gelöscht.");

        Asker inGermanServer = member(BOB).speaking(Locale.ENGLISH, Locale.GERMAN);
        assertThat(registry.answer(inGermanServer, "quiz", "next", Map.of()).footer())
                .isEqualTo("Antworte mit einem Knopf: Nur du siehst dein Ergebnis, und deine erste Antwort zählt.");
    }

    private void answerOneAt(Instant at, boolean right) {
        clock.set(at);
        Reply question = next(ALICE);
        click(ALICE, right ? rightId(question) : wrongId(question), messageAt(at));
    }

    private Reply next(long member) {
        return registry.answer(member(member), "quiz", "next", Map.of());
    }

    /** A click on {@code id}, on message {@code message} that carries it. */
    private Reply click(long member, String id, Sent message) {
        return registry.click(member(member), id, List.of(), message.carrying(List.of(id)));
    }

    private static Asker member(long id) {
        return Asker.inServer(id, "member " + id, SERVER, CHANNEL, false);
    }

    /** The question message sent at {@code sent}, one per instant. */
    private static Sent messageAt(Instant sent) {
        return message(sent, sent.getNano() + sent.getEpochSecond() % 4096);
    }

    /** Message {@code sequence} of those sent at {@code sent}. */
    private static Sent message(Instant sent, long sequence) {
        return new Sent(sent.toEpochMilli() * 4096 + (sequence & 0xFFF), sent);
    }

    /** A message as the transport knows it: an id unique to it, and when it was sent. */
    private record Sent(long id, Instant at) {

        ClickedMessage carrying(List<String> componentIds) {
            return new ClickedMessage(id, at, componentIds);
        }
    }

    private static List<String> answerIds(Reply question) {
        return question.actions().stream()
                .map(action -> ((ReplyAction.Button) action).id())
                .toList();
    }

    private Question asked(Reply question) {
        String card = answerIds(question).get(0).split(":")[2];
        return book.get().quiz().find(card).orElseThrow();
    }

    private String rightId(Reply question) {
        return buttonFor(question, true);
    }

    private String wrongId(Reply question) {
        return buttonFor(question, false);
    }

    private String buttonFor(Reply question, boolean right) {
        String answer = asked(question).rightChoice();
        return question.actions().stream()
                .map(action -> (ReplyAction.Button) action)
                .filter(button -> button.label().equals(answer) == right)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String field(Reply reply, String name) {
        return reply.fields().stream()
                .filter(field -> field.name().equals(name))
                .findFirst()
                .orElseThrow()
                .value()
                .plainText();
    }

    private static Book bind(Library library) {
        return new BookBinder(new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(library);
    }
}
