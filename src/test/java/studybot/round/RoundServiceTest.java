package studybot.round;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.book.ServerBooks;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.ClickAnswer;
import studybot.command.ClickedMessage;
import studybot.command.CommandRegistry;
import studybot.command.Place;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.dailytips.MutableClock;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.PreferredLocales;
import studybot.i18n.PublicLocales;
import studybot.i18n.Texts;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.SectionNumber;
import studybot.library.TestBooks;
import studybot.plan.PlanService;
import studybot.plan.PlanStore;
import studybot.plan.SqlPlanStore;
import studybot.progress.ReadMark;
import studybot.progress.ReadMarkStore;
import studybot.progress.SqlReadMarkStore;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;
import studybot.quiz.learning.QuizReviews;
import studybot.quiz.review.Answer;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.round.command.RoundFeature;
import studybot.sharing.SqlShareOptInStore;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;
import studybot.testing.LogCapture;

/**
 * The round engine through the registry, over SQLite, with a clock the test moves and {@link RoundService#runDue}
 * called by hand (the timer's job), so every deadline is exact: scoring and ties, first clicks, late clicks, the two
 * silent questions that end a round, limits, stopping, forged buttons and restarts.
 */
class RoundServiceTest {

    private static final String BOOK = "seed";
    private static final long SERVER = 4242L;
    private static final long CHANNEL = 77L;
    private static final long ALICE = 1001L;
    private static final long BOB = 1002L;
    private static final long CAROL = 1003L;
    private static final Instant START = Instant.parse("2026-12-01T18:00:00Z");
    private static final Texts TEXTS = Texts.load("round");

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(START);
    private final Book seed = new BookBinder(
                    new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
            .bind(TestBooks.seed());
    private final RecordingChannel channel = new RecordingChannel();
    /** The pauses the rounds' retries took (none waited for here). */
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    /** The language each server chose for its public messages (none: English). */
    private final Map<Long, Locale> chosenLanguages = new HashMap<>();
    /** The book each server reads, as the rounds' timer asks it. */
    private ServerBooks serverBooks = server -> seed;
    /** The cards the server's members dropped by reporting them. */
    private final Set<String> droppedCards = ConcurrentHashMap.newKeySet();

    private Store store;
    /** The rounds as the current service's process sees them. */
    private SqlRoundStore rounds;
    /** How many processes ran so far: each {@link #restart} is another. */
    private int processes;

    private SqlShareOptInStore sharing;
    private RoundService service;
    private PlanService plans;
    private CommandRegistry registry;

    @BeforeEach
    void open() {
        store = TestStores.of(Dialect.SQLITE, temp)
                .open(List.of(
                        RoundStore.MIGRATIONS,
                        ReviewStore.MIGRATIONS,
                        PlanStore.MIGRATIONS,
                        ReadMarkStore.MIGRATIONS,
                        SqlShareOptInStore.MIGRATIONS));
        sharing = new SqlShareOptInStore(store, clock);
        restart();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A new service over the same store, as after a restart. */
    private void restart() {
        plans = new PlanService(
                new SqlPlanStore(store), server -> seed.library(), server -> "", server -> ZoneOffset.UTC, clock);
        rounds = new SqlRoundStore(store, "process-" + ++processes);
        service = new RoundService(
                rounds,
                server -> serverBooks.of(server),
                new RoundCards(
                        plans, new SqlReadMarkStore(store), place -> "", server -> Set.copyOf(droppedCards), clock),
                new QuizReviews(new SqlReviewStore(store), sharing, server -> ZoneOffset.UTC, place -> BOOK, clock),
                sharing,
                new RetryingRoundChannel(channel, RetryingRoundChannel.PAUSES, pauses::add),
                RoundRules.DEFAULT,
                TEXTS,
                new PublicLocales(server -> Optional.ofNullable(chosenLanguages.get(server)), PreferredLocales.none()),
                clock,
                CallersThread.steps());
        registry = new CommandRegistry(
                BooksByPlace.everywhere(new CurrentBook(seed)), List.of(new RoundFeature(service, () -> {}, TEXTS)));
    }

    @Test
    void aRoundAsksRevealsAndScoresWithTiesGoingToTheFaster() {
        sharing.setSharing(SERVER, ALICE, true);
        Reply started = start(ALICE, Map.of("questions", "2", "seconds", "10"));
        assertThat(started.isForAskerOnly()).isFalse();
        assertThat(started.text().plainText()).contains("2 questions", "10 seconds", "the whole book");

        runDue();
        assertThat(channel.posts).as("the first question waits for the lead-in").isEmpty();
        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();
        Reply first = channel.lastPost().reply();
        assertThat(first.title()).isEqualTo("Question 1 of 2");
        assertThat(first.text().plainText()).contains("Answers close", "(10 s)", "0 answered");
        assertThat(first.actions())
                .hasSize(4)
                .allSatisfy(action -> assertThat(((ReplyAction.Button) action).id())
                        .startsWith("round:a:")
                        .hasSizeLessThanOrEqualTo(31));
        Question asked = asked(first);
        assertThat(first.text().plainText())
                .as("a round question says what it asks, as /quiz next does")
                .startsWith((asked.kind() == QuestionKind.FILL_IN_THE_BLANK
                                ? "Fill in the blank"
                                : "Which section says this?")
                        + "\n" + asked.prompt());

        clock.advance(Duration.ofSeconds(2));
        ClickAnswer alice = click(ALICE, idOf(first, asked.rightChoice(), true));
        assertThat(alice.reply().title()).isEqualTo("Answer locked in");
        assertThat(alice.reply().isForAskerOnly()).isTrue();
        assertThat(alice.clickedMessage().orElseThrow().text().plainText()).contains("1 answered");
        clock.advance(Duration.ofSeconds(2));
        ClickAnswer bob = click(BOB, idOf(first, asked.rightChoice(), false));
        assertThat(bob.clickedMessage().orElseThrow().text().plainText()).contains("2 answered");
        assertThat(click(ALICE, idOf(first, asked.rightChoice(), false))
                        .reply()
                        .text()
                        .plainText())
                .contains("Only your first answer counts", asked.rightChoice());

        clock.advance(Duration.ofSeconds(6));
        ClickAnswer late = click(CAROL, idOf(first, asked.rightChoice(), true));
        assertThat(late.reply().text().plainText()).startsWith("Time's up");
        assertThat(late.clickedMessage())
                .as("a closed question's message is left for the reveal")
                .isEmpty();
        runDue();
        assertThat(channel.edits).as("revealed only after the grace").isEmpty();

        clock.advance(RoundRules.DEFAULT.revealGrace());
        runDue();
        RecordingChannel.Sent reveal = channel.lastEdit();
        assertThat(reveal.messageId()).isEqualTo(channel.posts.get(0).messageId());
        assertThat(reveal.reply().text().plainText())
                .contains(
                        "The answer: " + asked.rightChoice(),
                        asked.fact().text(),
                        "1 of 2 answers right.",
                        "Fastest: @" + ALICE + " (2.0 s)");
        assertThat(reveal.reply().actions())
                .singleElement()
                .satisfies(action -> assertThat(((ReplyAction.Button) action).label())
                        .isEqualTo("Read " + asked.fact().section()));

        clock.advance(RoundRules.DEFAULT.pause());
        runDue();
        Reply second = channel.lastPost().reply();
        assertThat(second.title()).isEqualTo("Question 2 of 2");
        Question secondAsked = asked(second);
        clock.advance(Duration.ofSeconds(1));
        click(BOB, idOf(second, secondAsked.rightChoice(), true));
        clock.advance(Duration.ofSeconds(10));
        runDue();
        runDue();

        Reply board = channel.lastPost().reply();
        assertThat(board.title()).isEqualTo("Round over: scoreboard");
        assertThat(board.text().plainText())
                .contains("All 2 questions asked.")
                .contains("1. a member who doesn't share their name — 1 point (1.0 s)")
                .contains("2. @" + ALICE + " — 1 point (2.0 s)")
                .doesNotContain(Long.toString(BOB));
        assertThat(channel.lastPost().nonce()).endsWith("end");

        ReviewStore reviews = new SqlReviewStore(store);
        assertThat(reviews.answers(SERVER, BOOK, ALICE)).singleElement().satisfies(answer -> {
            assertThat(answer.cardId()).isEqualTo(asked.cardId());
            assertThat(answer.correct()).isTrue();
        });
        assertThat(reviews.answers(SERVER, BOOK, BOB))
                .extracting(Answer::correct)
                .containsExactly(false, true);
        assertThat(reviews.answers(SERVER, BOOK, CAROL)).isEmpty();
        runDue();
        assertThat(channel.posts).as("an ended round posts nothing more").hasSize(3);
    }

    /**
     * A question dropped after reports while it is open takes no more answers (nothing recorded), is revealed as usual
     * but counts nobody, saying so, and scores nothing on the scoreboard, also for answers given before the drop.
     */
    @Test
    void aQuestionDroppedWhileOpenCountsNobody() {
        sharing.setSharing(SERVER, ALICE, true);
        sharing.setSharing(SERVER, BOB, true);
        start(ALICE, Map.of("questions", "2", "seconds", "10"));
        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();
        Reply first = channel.lastPost().reply();
        Question asked = asked(first);
        clock.advance(Duration.ofSeconds(1));
        click(ALICE, idOf(first, asked.rightChoice(), true));

        droppedCards.add(asked.cardId());
        clock.advance(Duration.ofSeconds(1));
        ClickAnswer bob = click(BOB, idOf(first, asked.rightChoice(), true));
        ClickAnswer german = registry.clickAndUpdate(
                member(CAROL, CHANNEL).speaking(Locale.GERMAN, Locale.ENGLISH),
                idOf(first, asked.rightChoice(), true),
                List.of(),
                new ClickedMessage(1, clock.instant(), List.of(idOf(first, asked.rightChoice(), true))));

        assertThat(problem(bob.reply()))
                .isEqualTo("This question was dropped for everyone here after members reported it, so your answer"
                        + " was not counted.");
        assertThat(problem(german.reply())).startsWith("Diese Frage wurde nach Meldungen von Mitgliedern");
        clock.advance(Duration.ofSeconds(8).plus(RoundRules.DEFAULT.revealGrace()));
        runDue();
        assertThat(channel.lastEdit().reply().text().plainText())
                .contains("The answer: " + asked.rightChoice(), asked.fact().text())
                .contains("This question was dropped after reports while it was open, so no answer to it counts.")
                .doesNotContain("right.", "Fastest");

        clock.advance(RoundRules.DEFAULT.pause());
        runDue();
        Reply second = channel.lastPost().reply();
        clock.advance(Duration.ofSeconds(1));
        click(BOB, idOf(second, asked(second).rightChoice(), true));
        clock.advance(Duration.ofSeconds(10));
        runDue();
        runDue();
        assertThat(channel.lastPost().reply().text().plainText())
                .contains("1. @" + BOB + " — 1 point")
                .doesNotContain("@" + ALICE);
        ReviewStore reviews = new SqlReviewStore(store);
        assertThat(reviews.answers(SERVER, BOOK, BOB))
                .as("no review of the dropped question")
                .extracting(Answer::cardId)
                .containsExactly(asked(second).cardId());
        assertThat(reviews.answers(SERVER, BOOK, CAROL)).isEmpty();
    }

    @Test
    void aBookNotInEnglishSaysItsLanguageIsWhyARoundHasNothingToAsk() {
        Book french = new BookBinder(
                        new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(TestBooks.seed().withLanguage(new BookLanguage("it")));
        CommandRegistry onItalian = new CommandRegistry(
                BooksByPlace.everywhere(new CurrentBook(french)), List.of(new RoundFeature(service, () -> {}, TEXTS)));

        Reply refused = onItalian.answer(
                member(ALICE, CHANNEL).speaking(Locale.FRENCH, Locale.FRENCH), "round", "start", Map.of());

        assertThat(problem(refused))
                .startsWith("Écrit en italien")
                .contains(
                        "les astuces et les quiz ne sont construits que pour les livres en anglais, français, espagnol et allemand, donc ce livre n’en a pas")
                .doesNotContain("aucun fait clé");
        assertThat(channel.posts).isEmpty();
    }

    @Test
    void cardsComeFromTheSectionAskedForElseThePlanElseWhatMostMembersReadElseTheBook() throws Exception {
        assertThat(start(ALICE, Map.of("section", "20.4")).text().plainText())
                .as("the seed's 20.4 has only which-section cards, whose answer a round of 20.4 gives away")
                .isEqualTo("A round has no questions to ask in section 20.4: it states no key fact to ask about, or"
                        + " only ones asking which section says it, which a round limited to section 20.4 would give"
                        + " away.");
        assertThat(start(ALICE, Map.of("chapter", "62")).text().plainText()).contains("from chapter 62");
        clock.advance(Duration.ofSeconds(3));
        runDue();
        assertThat(asked(channel.lastPost().reply()).fact().section().chapter()).isEqualTo(62);

        SqlReadMarkStore marks = new SqlReadMarkStore(store);
        ReadMark mostRead = new ReadMark(SectionNumber.parse("62.6").orElseThrow(), clock.instant());
        marks.mark(Place.server(SERVER), "", ALICE, List.of(mostRead));
        marks.mark(
                Place.server(SERVER),
                "",
                BOB,
                List.of(mostRead, new ReadMark(SectionNumber.parse("62.7").orElseThrow(), clock.instant())));
        marks.mark(
                Place.server(SERVER),
                "",
                CAROL,
                List.of(new ReadMark(SectionNumber.parse("62.2").orElseThrow(), clock.instant())));
        Reply fromMarks = start(ALICE, CHANNEL + 1, Map.of("questions", "20"));
        assertThat(fromMarks.text().plainText()).contains("from the sections most of you have read");
        assertThat(rounds.running(CHANNEL + 1).orElseThrow().cardIds())
                .allSatisfy(card -> assertThat(
                                seed.quiz().find(card).orElseThrow().fact().section())
                        .isEqualTo(mostRead.section()));

        plans.set(SERVER, "20.4", "1", "");
        assertThat(start(ALICE, CHANNEL + 2, Map.of()).text().plainText())
                .contains("from the reading plan up to today (20.4)");
    }

    @Test
    void theTimerAsksEachQuestionFromTheBookItsServerReadsNow() {
        Book elsewhere = new BookBinder(
                        new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(new Library(List.of(seed.library().sections().get(0)), START));
        assertThat(elsewhere.quiz().all())
                .as("a book without the round's cards")
                .isEmpty();
        start(ALICE, Map.of("questions", "2", "seconds", "10"));

        serverBooks = server -> server == SERVER ? elsewhere : seed;
        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();

        assertThat(channel.posts)
                .as("the server now reads a book without the round's cards: each is skipped")
                .noneMatch(post -> post.reply().title().startsWith("Question"));
    }

    /** A question whose fact left the book while it was open is closed, and its reveal says its answers don't score. */
    @Test
    void answersToAQuestionWhoseFactLeftTheBookDoNotScore() {
        sharing.setSharing(SERVER, ALICE, true);
        Book elsewhere = new BookBinder(
                        new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(new Library(List.of(seed.library().sections().get(0)), START));
        start(ALICE, Map.of("questions", "1", "seconds", "10"));
        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();
        Reply question = channel.lastPost().reply();
        clock.advance(Duration.ofSeconds(1));
        click(ALICE, idOf(question, asked(question).rightChoice(), true));

        serverBooks = server -> server == SERVER ? elsewhere : seed;
        clock.advance(Duration.ofSeconds(9).plus(RoundRules.DEFAULT.revealGrace()));
        runDue();
        runDue();

        assertThat(channel.lastEdit().reply().text().plainText()).contains("its answers don't score");
        assertThat(channel.lastPost().reply().text().plainText())
                .contains("nobody scored")
                .doesNotContain("@" + ALICE);
    }

    /**
     * A question revealed with its answer and who was right keeps its points when the server's book changes later in
     * the round (another book chosen with {@code /book use}, or a reload without its fact).
     */
    @Test
    void aQuestionRevealedBeforeTheBookChangedKeepsItsPoints() {
        sharing.setSharing(SERVER, ALICE, true);
        Book elsewhere = new BookBinder(
                        new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(new Library(List.of(seed.library().sections().get(0)), START));
        start(ALICE, Map.of("questions", "2", "seconds", "10"));
        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();
        Reply question = channel.lastPost().reply();
        clock.advance(Duration.ofSeconds(1));
        click(ALICE, idOf(question, asked(question).rightChoice(), true));
        clock.advance(Duration.ofSeconds(9).plus(RoundRules.DEFAULT.revealGrace()));
        runDue();
        assertThat(channel.lastEdit().reply().text().plainText()).contains("1 of 1 answer right.");

        serverBooks = server -> server == SERVER ? elsewhere : seed;
        clock.advance(RoundRules.DEFAULT.pause());
        runDue();
        runDue();

        assertThat(channel.lastPost().reply().title()).isEqualTo("Round over: scoreboard");
        assertThat(channel.lastPost().reply().text().plainText()).contains("1. @" + ALICE + " — 1 point");
    }

    /**
     * Another book chosen mid-round has none of the questions left: the round ends at once, its scoreboard saying why
     * rather than that every question was asked, in the server's language.
     */
    @Test
    void aRoundWhoseBookWasSwitchedEndsSayingSo() {
        chosenLanguages.put(SERVER + 1, Locale.GERMAN);
        Book elsewhere = new BookBinder(
                        new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(new Library(List.of(seed.library().sections().get(0)), START));
        start(ALICE, Map.of("questions", "3", "seconds", "10"));
        registry.answer(
                Asker.inServer(BOB, "bob", SERVER + 1, CHANNEL + 1, false),
                "round",
                "start",
                Map.of("questions", "3", "seconds", "10"));
        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();
        clock.advance(Duration.ofSeconds(10).plus(RoundRules.DEFAULT.revealGrace()));
        runDue();

        serverBooks = server -> elsewhere;
        clock.advance(RoundRules.DEFAULT.pause());
        for (int pass = 0; pass < 4; pass++) {
            runDue();
        }

        assertThat(channel.posts)
                .extracting(sent -> sent.reply().title())
                .containsExactlyInAnyOrder(
                        "Question 1 of 3", "Frage 1 von 3", "Round over: scoreboard", "Runde vorbei: Punktestand");
        assertThat(channel.posts)
                .filteredOn(sent -> sent.channelId() == CHANNEL)
                .last()
                .satisfies(board -> assertThat(board.reply().text().plainText())
                        .startsWith("This server's book changed during the round (another book was chosen, or it was"
                                + " reloaded) and has none of the questions left, so the round ends here."));
        assertThat(channel.lastPost().reply().text().plainText())
                .startsWith("Das Buch dieses Servers hat sich während der Runde geändert");
    }

    @Test
    void twoQuestionsInARowWithoutAnAnswerEndTheRound() {
        start(ALICE, Map.of("questions", "5", "seconds", "10"));
        for (int question = 0; question < 2; question++) {
            clock.advance(Duration.ofSeconds(5));
            runDue();
            clock.advance(Duration.ofSeconds(11));
            runDue();
        }
        runDue();
        assertThat(channel.posts)
                .extracting(sent -> sent.reply().title())
                .containsExactly("Question 1 of 5", "Question 2 of 5", "Round over: scoreboard");
        assertThat(channel.lastPost().reply().text().plainText())
                .contains("Nobody answered 2 questions in a row", "nobody scored");
    }

    @Test
    void oneRoundPerChannelThreePerServerAndACooldown() {
        start(ALICE, Map.of("questions", "1", "seconds", "10"));
        assertThat(start(BOB, Map.of()).text().plainText()).contains("A round is running here");
        assertThat(start(BOB, CHANNEL + 1, Map.of()).isForAskerOnly()).isFalse();
        assertThat(start(BOB, CHANNEL + 2, Map.of()).isForAskerOnly()).isFalse();
        Reply fourth = start(BOB, CHANNEL + 3, Map.of());
        assertThat(fourth.isForAskerOnly()).isTrue();
        assertThat(fourth.text().plainText()).contains("3 rounds running, the most it may run at once");

        clock.advance(Duration.ofSeconds(3));
        runDue();
        clock.advance(Duration.ofSeconds(11));
        runDue();
        runDue();
        Reply tooSoon = start(ALICE, Map.of());
        assertThat(tooSoon.isForAskerOnly()).isTrue();
        assertThat(tooSoon.text().plainText()).contains("A round just ended in this channel");
        clock.advance(RoundRules.DEFAULT.cooldown());
        assertThat(start(ALICE, Map.of()).title()).isEqualTo("Round starting");
    }

    @Test
    void aStoppedRoundFreesItsPlaceInTheServersLimitOnceItsScoreboardIsPosted() {
        for (long channel = CHANNEL; channel < CHANNEL + 3; channel++) {
            start(ALICE, channel, Map.of("questions", "5", "seconds", "60"));
        }
        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();
        assertThat(registry.answer(member(ALICE, CHANNEL + 1), "round", "stop", Map.of())
                        .title())
                .isEqualTo("Round stopping");
        assertThat(problem(start(BOB, CHANNEL + 3, Map.of())))
                .as("until its scoreboard is posted, the stopped round still runs")
                .contains("3 rounds running");
        runDue();
        runDue();

        assertThat(channel.lastPost().reply().title()).isEqualTo("Round over: scoreboard");
        assertThat(start(BOB, CHANNEL + 3, Map.of()).title()).isEqualTo("Round starting");
        assertThat(problem(start(BOB, CHANNEL + 4, Map.of()))).contains("3 rounds running");
    }

    @Test
    void badOptionsAndPlacesGetAPrivateOneLineAnswer() {
        assertThat(problem(start(ALICE, Map.of("questions", "0")))).contains("questions", "must be from 1 to 20");
        assertThat(problem(start(ALICE, Map.of("questions", "1000")))).contains("must be from 1 to 20");
        assertThat(problem(start(ALICE, Map.of("seconds", "1")))).contains("seconds", "must be from 10 to 120");
        assertThat(problem(start(ALICE, Map.of("section", "99.9")))).contains("no section 99.9");
        assertThat(problem(start(ALICE, Map.of("section", "twenty")))).contains("not a section number");
        assertThat(problem(start(ALICE, Map.of("chapter", "99")))).contains("no chapter 99");
        Asker direct = Asker.personal(ALICE, "alice", 9);
        assertThat(problem(registry.answer(direct, "round", "start", Map.of())))
                .contains("/round works only in a server");
        assertThat(problem(registry.click(
                        direct, "round:a:" + Long.toString(START.toEpochMilli(), 36) + ":0:12345678", List.of())))
                .contains("not in direct messages");
        assertThat(problem(registry.answer(member(ALICE, CHANNEL), "round", "stop", Map.of())))
                .contains("No round is running in this channel");
    }

    @Test
    void managersLimitWhoStartsRoundsAndWhere() {
        Asker manager = Asker.inServer(CAROL, "carol", SERVER, CHANNEL, true);
        assertThat(problem(registry.answer(member(BOB, CHANNEL), "round", "limit", Map.of("managers", "true"))))
                .contains("Only members with the Manage Server permission can use /round limit");
        Reply managersOnly = registry.answer(manager, "round", "limit", Map.of("managers", "true"));
        assertThat(managersOnly.isForAskerOnly()).isTrue();
        assertThat(managersOnly.text().plainText()).contains("members with Manage Server only, in any channel");
        assertThat(problem(start(BOB, Map.of()))).contains("only members with the Manage Server permission can start");

        long quizChannel = CHANNEL + 5;
        assertThat(registry.answer(
                                manager,
                                "round",
                                "limit",
                                Map.of("managers", "false", "channel", Long.toString(quizChannel)))
                        .text()
                        .plainText())
                .contains("started by anyone, only in #" + quizChannel);
        assertThat(problem(start(ALICE, Map.of()))).contains("rounds only in #" + quizChannel);
        assertThat(problem(registry.answer(
                        manager,
                        "round",
                        "limit",
                        Map.of("everywhere", "true", "channel", Long.toString(CHANNEL + 6)))))
                .as("audit 3 §6: everywhere and a channel at once are refused, changing nothing")
                .isEqualTo("Give a channel or everywhere:true, not both.");
        assertThat(problem(registry.answer(
                        manager.speaking(Locale.GERMAN, Locale.GERMAN),
                        "round",
                        "limit",
                        Map.of("everywhere", "true", "channel", Long.toString(CHANNEL + 6)))))
                .isEqualTo("Gib einen Kanal oder everywhere:true an, nicht beides.");
        assertThat(problem(start(ALICE, Map.of()))).contains("rounds only in #" + quizChannel);
        assertThat(start(ALICE, quizChannel, Map.of()).title()).isEqualTo("Round starting");
        assertThat(registry.answer(member(CAROL, CHANNEL + 7).inThreadOf(quizChannel), "round", "start", Map.of())
                        .title())
                .as("a thread of an allowed channel belongs to it")
                .isEqualTo("Round starting");
        assertThat(problem(registry.answer(member(CAROL, CHANNEL + 8).inThreadOf(CHANNEL), "round", "start", Map.of())))
                .as("a thread of another channel does not")
                .contains("rounds only in #" + quizChannel + " and their threads");
        assertThat(registry.answer(manager, "round", "limit", Map.of("everywhere", "true"))
                        .text()
                        .plainText())
                .contains("in any channel");
        assertThat(start(BOB, Map.of()).title()).isEqualTo("Round starting");
        Asker direct = Asker.personal(CAROL, "carol", 9);
        assertThat(problem(registry.answer(direct, "round", "limit", Map.of())))
                .contains("/round works only in a server");
    }

    @Test
    void forgedAndStrayButtonsCountNothing() {
        start(ALICE, Map.of("questions", "2", "seconds", "10"));
        String started = Long.toString(START.toEpochMilli(), 36);
        assertThat(problem(click(BOB, "round:a:" + started + ":1:12345678").reply()))
                .contains("damaged or from an older version");
        clock.advance(Duration.ofSeconds(3));
        runDue();
        Reply first = channel.lastPost().reply();
        String right = idOf(first, asked(first).rightChoice(), true);

        assertThat(problem(click(BOB, "round:a:!!:0:12345678").reply())).contains("damaged");
        assertThat(problem(click(BOB, "round:a:" + started + ":25:12345678").reply()))
                .contains("damaged");
        assertThat(problem(click(BOB, "round:a:" + started + ":1:12345678").reply()))
                .contains("damaged");
        assertThat(problem(click(BOB, "round:a:" + started + ":0:12345678").reply()))
                .contains("changed");
        assertThat(problem(click(BOB, right.replace(started, Long.toString(START.toEpochMilli() + 1, 36)))
                        .reply()))
                .contains("belongs to no round of this channel");
        assertThat(problem(registry.clickAndUpdate(
                                member(BOB, CHANNEL + 1),
                                right,
                                List.of(),
                                new ClickedMessage(2, clock.instant(), List.of(right)))
                        .reply()))
                .contains("belongs to no round of this channel");
        assertThat(rounds.answers(new RoundKey(CHANNEL, START))).isEmpty();
    }

    @Test
    void theStarterOrAManagerStopsARoundAndItsOpenQuestionIsRevealed() {
        start(ALICE, Map.of("questions", "3", "seconds", "20"));
        clock.advance(Duration.ofSeconds(3));
        runDue();
        Reply first = channel.lastPost().reply();
        click(BOB, idOf(first, asked(first).rightChoice(), true));

        Reply refused = registry.answer(member(BOB, CHANNEL), "round", "stop", Map.of());
        assertThat(problem(refused)).contains("Only @" + ALICE + ", who started this round");
        Reply stopped =
                registry.answer(Asker.inServer(CAROL, "carol", SERVER, CHANNEL, true), "round", "stop", Map.of());
        assertThat(stopped.isForAskerOnly()).isFalse();
        assertThat(stopped.text().plainText()).contains("stopped the round");
        runDue();
        runDue();

        assertThat(channel.lastEdit().reply().text().plainText()).contains("1 of 1 answer right.");
        assertThat(channel.lastPost().reply().text().plainText())
                .contains("Stopped by @" + CAROL, "1. a member who doesn't share their name — 1 point");
        assertThat(channel.posts).hasSize(2);
    }

    @Test
    void aRestartResumesARoundWithTheAnswersGivenAndNothingCountedTwice() {
        start(ALICE, Map.of("questions", "2", "seconds", "30"));
        clock.advance(Duration.ofSeconds(3));
        runDue();
        Reply first = channel.lastPost().reply();
        String right = idOf(first, asked(first).rightChoice(), true);
        click(BOB, right);

        restart();
        clock.advance(Duration.ofSeconds(40));
        service.resume(server -> true);
        assertThat(channel.lastPost().reply().text().plainText()).contains("carries on from question 1 of 2");
        assertThat(problem(click(BOB, right).reply())).startsWith("Time's up");
        runDue();
        assertThat(channel.lastEdit().reply().text().plainText()).contains("1 of 1 answer right.");
        assertThat(new SqlReviewStore(store).answers(SERVER, BOOK, BOB)).hasSize(1);
    }

    @Test
    void aQuestionOpenedButNotPostedBeforeACrashIsPostedAgainWithTheSameNonce() {
        start(ALICE, Map.of("questions", "2", "seconds", "60"));
        clock.advance(Duration.ofSeconds(3));
        Round waiting = rounds.running(CHANNEL).orElseThrow();
        assertThat(rounds.advance(waiting, waiting.asked(clock.instant(), RoundRules.DEFAULT.revealGrace())))
                .isTrue();

        restart();
        clock.advance(Duration.ofSeconds(5));
        service.resume(server -> true);
        assertThat(channel.posts)
                .as("the crashed process's hold on the round has not run out yet")
                .isEmpty();
        clock.advance(RoundRules.DEFAULT.lease());
        service.resume(server -> true);
        assertThat(channel.posts)
                .extracting(sent -> sent.reply().title())
                .containsExactly("Round resumed", "Question 1 of 2");
        assertThat(channel.lastPost().nonce()).isEqualTo(waiting.key().questionNonce(0));
        assertThat(rounds.running(CHANNEL).orElseThrow().messageId())
                .hasValue(channel.lastPost().messageId());
        Reply question = channel.lastPost().reply();
        assertThat(click(BOB, idOf(question, asked(question).rightChoice(), true))
                        .reply()
                        .title())
                .isEqualTo("Answer locked in");
    }

    @Test
    void aRestartTooLateEndsTheRoundSayingSoAndKeepsTheAnswers() {
        start(ALICE, Map.of("questions", "3", "seconds", "30"));
        clock.advance(Duration.ofSeconds(3));
        runDue();
        Reply first = channel.lastPost().reply();
        click(BOB, idOf(first, asked(first).rightChoice(), true));

        restart();
        clock.advance(Duration.ofHours(1));
        service.resume(server -> true);
        assertThat(channel.lastEdit().reply().title()).isEqualTo("Question 1 of 3 · revealed");
        runDue();
        assertThat(channel.lastPost().reply().text().plainText())
                .contains(
                        "studybot restarted during this round",
                        "answers given before the restart are kept",
                        "1. a member who doesn't share their name — 1 point");
        assertThat(service.runDue(server -> true)).as("no round left running").isFalse();
    }

    @Test
    void aChannelThatRefusesPostsEndsTheRoundInsteadOfLeavingItOpen() {
        start(ALICE, Map.of("questions", "2", "seconds", "10"));
        channel.refuse();
        clock.advance(Duration.ofSeconds(3));
        try (LogCapture logs = LogCapture.of(RoundService.class)) {
            runDue();
            assertThat(logs.events())
                    .anySatisfy(event -> assertThat(event.getFormattedMessage())
                            .contains("could not post question 1", "channel deleted"));
        }
        assertThat(service.runDue(server -> true)).isFalse();
        assertThat(start(BOB, CHANNEL + 1, Map.of()).title()).isEqualTo("Round starting");
    }

    @Test
    void aPostDiscordFailsOnceIsSentAgainWithTheSameNonceAndTheRoundGoesOn() {
        start(ALICE, Map.of("questions", "2", "seconds", "10"));
        channel.failNext(RoundPostException.Kind.TRANSIENT);
        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();

        String nonce = channel.lastPost().nonce();
        assertThat(channel.attempts).containsExactly("post " + nonce, "post " + nonce);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
        assertThat(channel.posts)
                .singleElement()
                .satisfies(post -> assertThat(post.reply().title()).isEqualTo("Question 1 of 2"));
        assertThat(rounds.running(CHANNEL).orElseThrow().messageId())
                .hasValue(channel.lastPost().messageId());
    }

    @Test
    void aPostDiscordKeepsFailingEndsTheRoundWithItsScoreboardSayingWhy() {
        start(ALICE, Map.of("questions", "3", "seconds", "10"));
        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();
        Reply first = channel.lastPost().reply();
        click(BOB, idOf(first, asked(first).rightChoice(), true));
        clock.advance(Duration.ofSeconds(11));
        runDue();
        channel.failNext(
                RoundPostException.Kind.TRANSIENT,
                RoundPostException.Kind.TRANSIENT,
                RoundPostException.Kind.TRANSIENT);
        clock.advance(RoundRules.DEFAULT.pause());
        try (LogCapture logs = LogCapture.of(RoundService.class)) {
            runDue();
            assertThat(logs.messages(Level.WARN))
                    .singleElement()
                    .satisfies(line -> assertThat(line).contains("ends: could not post question 2"));
        }
        assertThat(pauses).containsExactlyElementsOf(RetryingRoundChannel.PAUSES);
        runDue();

        assertThat(channel.lastPost().reply().title()).isEqualTo("Round over: scoreboard");
        assertThat(channel.lastPost().reply().text().plainText())
                .contains("Discord did not take this round's messages, even after a few tries")
                .contains("1. a member who doesn't share their name — 1 point");
        assertThat(service.runDue(server -> true)).as("no round left running").isFalse();
    }

    @Test
    void aRevealDiscordFailsOnceIsSentAgainAndTheQuestionCloses() {
        start(ALICE, Map.of("questions", "2", "seconds", "10"));
        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();
        long message = channel.lastPost().messageId();
        channel.failNext(RoundPostException.Kind.TRANSIENT);
        clock.advance(Duration.ofSeconds(11));
        runDue();

        assertThat(channel.attempts).endsWith("edit " + message, "edit " + message);
        assertThat(channel.lastEdit().reply().title()).isEqualTo("Question 1 of 2 · revealed");
        clock.advance(RoundRules.DEFAULT.pause());
        runDue();
        assertThat(channel.lastPost().reply().title()).isEqualTo("Question 2 of 2");
    }

    @Test
    void aRevealTheChannelRefusesEndsTheRoundAtOnceWithoutAnotherAttemptThere() {
        start(ALICE, Map.of("questions", "3", "seconds", "10"));
        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();
        channel.failNext(RoundPostException.Kind.CHANNEL_REFUSES);
        clock.advance(Duration.ofSeconds(11));
        try (LogCapture logs = LogCapture.of(RoundService.class)) {
            runDue();
            assertThat(logs.messages(Level.WARN))
                    .singleElement()
                    .satisfies(
                            line -> assertThat(line).contains("ends: could not reveal question 1", "refuses studybot"));
        }
        int attempts = channel.attempts.size();
        for (int pass = 0; pass < 5; pass++) {
            clock.advance(Duration.ofSeconds(10));
            runDue();
        }

        assertThat(channel.attempts).as("nothing more is sent to that channel").hasSize(attempts);
        assertThat(pauses).as("a refusal is not retried").isEmpty();
        assertThat(service.runDue(server -> true)).isFalse();
        assertThat(registry.answer(member(ALICE, CHANNEL), "round", "stop", Map.of())
                        .text()
                        .plainText())
                .startsWith("No round is running in this channel.");
    }

    @Test
    void aRoundWhoseFirstQuestionTheChannelRefusesTellsItsStarterAndLeavesNoWait() {
        start(ALICE, Map.of("questions", "2", "seconds", "10"));
        channel.failNext(RoundPostException.Kind.CHANNEL_REFUSES);
        clock.advance(RoundRules.DEFAULT.leadIn());
        try (LogCapture logs = LogCapture.of(RoundService.class)) {
            runDue();
            assertThat(logs.messages(Level.WARN))
                    .singleElement()
                    .satisfies(line -> assertThat(line).contains("ends: could not post question 1"));
        }

        assertThat(channel.told).singleElement().satisfies(told -> {
            assertThat(told.messageId()).isEqualTo(ALICE);
            assertThat(told.reply().text().plainText())
                    .startsWith("Your round could not start: studybot may not post in this channel");
        });
        assertThat(channel.posts).isEmpty();
        assertThat(start(ALICE, Map.of("questions", "2", "seconds", "10")).title())
                .as("a round that asked nothing leaves its channel no wait")
                .isEqualTo("Round starting");
    }

    @Test
    void roundsRunInTheConsoleToo() {
        Asker console = Asker.console("you");
        assertThat(registry.answer(console, "round", "start", Map.of("questions", "1", "seconds", "10"))
                        .text()
                        .plainText())
                .startsWith("You started a round");
        clock.advance(Duration.ofSeconds(3));
        runDue();
        Reply question = channel.lastPost().reply();
        assertThat(channel.lastPost().channelId()).isZero();
        Reply verdict = registry.click(console, idOf(question, asked(question).rightChoice(), true), List.of());
        assertThat(verdict.title()).isEqualTo("Answer locked in");
        assertThat(new SqlReviewStore(store).answers(0, BOOK, Asker.CONSOLE_USER))
                .hasSize(1);
        clock.advance(Duration.ofSeconds(11));
        runDue();
        runDue();
        assertThat(channel.lastPost().reply().text().plainText())
                .as("audit 3 §7: one question is no plural")
                .startsWith("The round's one question has been asked.\n");
    }

    @Test
    void aGermanServersRoundIsPostedInGermanWhileEachMemberIsAnsweredInTheirOwnLanguage() {
        chosenLanguages.put(SERVER, Locale.GERMAN);
        sharing.setSharing(SERVER, ALICE, true);
        Asker german = member(ALICE, CHANNEL).speaking(Locale.GERMAN, Locale.GERMAN);
        Reply started = registry.answer(german, "round", "start", Map.of("questions", "1", "seconds", "10"));
        assertThat(started.title()).isEqualTo("Runde startet");
        assertThat(started.text().plainText())
                .isEqualTo("@" + ALICE + " hat eine Runde gestartet: 1 Frage aus dem ganzen Buch, je 10 Sekunden.\n"
                        + "Alle hier können mitspielen: Dein erster Klick auf eine Frage zählt, und nur du siehst ihn,"
                        + " bis die Antwort aufgedeckt wird. Die erste Frage folgt gleich.");

        clock.advance(RoundRules.DEFAULT.leadIn());
        runDue();
        Reply question = channel.lastPost().reply();
        assertThat(question.title()).isEqualTo("Frage 1 von 1");
        assertThat(question.text().plainText()).contains("Antworten bis", "(10 s)", "0 haben geantwortet.");
        Question asked = asked(question);
        assertThat(question.text().plainText())
                .startsWith(
                        asked.kind() == QuestionKind.FILL_IN_THE_BLANK
                                ? "Fülle die Lücke\n"
                                : "Welcher Abschnitt sagt das?\n");

        clock.advance(Duration.ofMillis(2500));
        String right = idOf(question, asked.rightChoice(), true);
        ClickAnswer alice = registry.clickAndUpdate(
                german, right, List.of(), new ClickedMessage(1, clock.instant(), List.of(right)));
        assertThat(alice.reply().title()).isEqualTo("Antwort gespeichert");
        assertThat(alice.reply().text().plainText()).startsWith("Du hast " + asked.rightChoice() + " gewählt.");
        assertThat(alice.clickedMessage().orElseThrow().text().plainText()).contains("1 hat geantwortet.");
        ClickAnswer bob = click(BOB, idOf(question, asked.rightChoice(), false));
        assertThat(bob.reply().title())
                .as("a member speaking English is answered in English in a German server")
                .isEqualTo("Answer locked in");
        assertThat(bob.clickedMessage().orElseThrow().text().plainText()).contains("2 haben geantwortet.");

        clock.advance(Duration.ofSeconds(8).plus(RoundRules.DEFAULT.revealGrace()));
        runDue();
        Reply reveal = channel.lastEdit().reply();
        assertThat(reveal.title()).isEqualTo("Frage 1 von 1 · aufgelöst");
        assertThat(reveal.text().plainText())
                .contains("Die Antwort: " + asked.rightChoice(), "1 von 2 Antworten richtig.")
                .contains("Am schnellsten: @" + ALICE + " (2,5 s).");
        runDue();
        Reply board = channel.lastPost().reply();
        assertThat(board.title()).isEqualTo("Runde vorbei: Punktestand");
        assertThat(board.text().plainText())
                .contains("Die Frage ist gestellt.")
                .contains("1. @" + ALICE + " — 1 Punkt (2,5 s)")
                .contains("2. ein Mitglied, das seinen Namen nicht teilt — 0 Punkte\n");
        assertThat(new RoundFeature(service, () -> {}, TEXTS)
                        .commands()
                        .get(0)
                        .spec()
                        .translations()
                        .descriptionsOf("round.start.questions"))
                .containsEntry(Locale.GERMAN, "Wie viele Fragen (Standard 5)");
    }

    private Reply start(long member, Map<String, String> options) {
        return start(member, CHANNEL, options);
    }

    private Reply start(long member, long channelId, Map<String, String> options) {
        return registry.answer(member(member, channelId), "round", "start", options);
    }

    private ClickAnswer click(long member, String id) {
        return registry.clickAndUpdate(
                member(member, CHANNEL), id, List.of(), new ClickedMessage(1, clock.instant(), List.of(id)));
    }

    private void runDue() {
        service.runDue(server -> true);
    }

    private static Asker member(long id, long channelId) {
        return Asker.inServer(id, "member" + id, SERVER, channelId, false);
    }

    private static String problem(Reply reply) {
        assertThat(reply.isForAskerOnly()).as("only the asker sees a problem").isTrue();
        return reply.text().plainText();
    }

    private Question asked(Reply question) {
        return seed.quiz().all().stream()
                .filter(card -> question.text().plainText().contains("\n" + card.prompt() + "\n"))
                .filter(card -> card.choices()
                        .equals(question.actions().stream()
                                .map(action -> ((ReplyAction.Button) action).label())
                                .toList()))
                .findFirst()
                .orElseThrow();
    }

    private static String idOf(Reply question, String answer, boolean right) {
        return question.actions().stream()
                .map(ReplyAction.Button.class::cast)
                .filter(button -> button.label().equals(answer) == right)
                .findFirst()
                .orElseThrow()
                .id();
    }
}
