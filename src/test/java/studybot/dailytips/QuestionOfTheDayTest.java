package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.ServerBooks;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.digest.ReadingServices;
import studybot.facts.KeyFactExtractor;
import studybot.facts.LabelledBook;
import studybot.i18n.Languages;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.plan.PlanException;
import studybot.plan.PlanStore;
import studybot.posting.SharedPostingRate;
import studybot.progress.ReadMarkStore;
import studybot.quiz.DroppedQuestions;
import studybot.quiz.Question;
import studybot.quiz.review.QuestionReport;
import studybot.quiz.review.ReportStore;
import studybot.quiz.review.ReportedCard;
import studybot.quiz.review.SqlReportStore;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;
import studybot.testing.LogCapture;
import studybot.tip.Tip;

/**
 * The question of the day in the daily post, through the real tip service, store and book (the seed): chosen from
 * today's reading when a plan runs and from the whole book otherwise, kept with the post's intent so every resend asks
 * the same question under the same nonce, and left out (never failing the post) when the book has none.
 */
class QuestionOfTheDayTest {

    private static final long SERVER = 42;
    private static final long CHANNEL = 7;
    /** Tuesday 1 December 2026, 07:00 in Berlin; posts are due at 09:00 there (08:00 UTC). */
    private static final Instant START = Instant.parse("2026-12-01T06:00:00Z");

    private static final Instant DUE = Instant.parse("2026-12-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Book seed;
    private static Book withoutQuestions;

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(START);
    private final FakeTipChannel discord = new FakeTipChannel(clock);
    private final AtomicReference<Book> book = new AtomicReference<>(seed);
    private final List<Store> opened = new ArrayList<>();
    private TestStores stores;
    private DailyTipService tips;
    private ReadingServices reading;
    private ReportStore reports;

    @BeforeAll
    static void bindBooks() {
        BookBinder binder =
                new BookBinder(new CacheConfig(1000, 600, true), new SearchConfig(5, false), new KeyFactExtractor());
        seed = binder.bind(LabelledBook.seed().library());
        withoutQuestions = binder.bind(oneSectionOf(seed));
    }

    @AfterEach
    void close() {
        opened.forEach(Store::close);
    }

    /** A tip service as the bot builds it, over the same store each time (a restart, or a crash and restart). */
    private DailyTipService start() {
        return start(ServerBooks.everywhere(book::get));
    }

    /** As {@link #start()}, each server reading the book {@code books} gives it. */
    private DailyTipService start(ServerBooks books) {
        if (stores == null) {
            stores = TestStores.of(Dialect.SQLITE, temp);
        }
        Store store = stores.open(List.of(
                DailyTipService.MIGRATIONS,
                SharedPostingRate.MIGRATIONS,
                PlanStore.MIGRATIONS,
                ReadMarkStore.MIGRATIONS,
                ReportStore.MIGRATIONS));
        opened.add(store);
        reports = new SqlReportStore(store);
        reading = ReadingServices.open(
                store, place -> books.of(place.storageKey()).library(), place -> "", server -> Set.of(), clock);
        tips = new DailyTipService(
                store,
                server -> books.of(server).tips().tips(),
                (server, section) -> books.of(server).library().find(section).map(Section::title),
                discord,
                clock,
                DailyTipsFixture.BACKOFF,
                reading.digests(),
                DailyQuestions.fromBook(books, reports::dropped),
                DigestThreads.none(),
                DailyTipsFixture.everyServer(store),
                server -> Languages.ENGLISH,
                BookLanguageLines.none());
        tips.saveSettings(SERVER, new DailyTipSettings(CHANNEL, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), true));
        return tips;
    }

    private void runUntil(Instant until) {
        while (clock.instant().isBefore(until)) {
            clock.advance(Duration.ofMinutes(1));
            tips.runDue();
        }
    }

    @Test
    void eachServersTipAndQuestionComeFromTheBookItReads() {
        List<Section> sections = seed.library().sections();
        int half = sections.size() / 2;
        BookBinder binder =
                new BookBinder(new CacheConfig(1000, 600, true), new SearchConfig(5, false), new KeyFactExtractor());
        Book front = binder.bind(new Library(sections.subList(0, half), START));
        Book back = binder.bind(new Library(sections.subList(half, sections.size()), START));
        long other = SERVER + 1;
        start(server -> server == SERVER ? front : back);
        tips.saveSettings(
                other, new DailyTipSettings(CHANNEL + 1, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), true));

        runUntil(DUE.plusSeconds(60));

        assertThat(discord.messages()).hasSize(2);
        assertThat(discord.messages())
                .as("a question of the day in at least one of them")
                .anyMatch(message -> message.post().question().isPresent());
        for (FakeTipChannel.Message message : discord.messages()) {
            Book read = message.channelId() == CHANNEL ? front : back;
            TipPost post = message.post();
            assertThat(read.library().find(post.tip().orElseThrow().source()))
                    .as("the tip's section, in the book the server reads")
                    .map(Section::title)
                    .contains(post.sectionTitle());
            assertThat(read.tips().tips())
                    .extracting(Tip::id)
                    .contains(post.tip().orElseThrow().id());
            post.question().ifPresent(question -> {
                assertThat(read.quiz().find(question.cardId())).isPresent();
                assertThat(read.library().find(question.fact().section())).isPresent();
            });
        }
    }

    @Test
    void withoutAPlanTheQuestionComesFromTheWholeBook() {
        start();
        runUntil(DUE.plusSeconds(60));

        TipPost post = discord.messages().get(0).post();
        List<SectionNumber> everything =
                seed.library().sections().stream().map(Section::number).toList();
        assertThat(post.question())
                .isPresent()
                .isEqualTo(seed.quiz()
                        .questionOfTheDay(
                                everything,
                                SERVER,
                                TODAY,
                                question -> !question.fact()
                                        .text()
                                        .equals(post.tip().orElseThrow().text())));
    }

    @Test
    void withAPlanTheQuestionComesFromTodaysReading() throws PlanException {
        SectionNumber today = sectionsWithQuestionsOnSeveralFacts().get(0);
        start();
        reading.plans().set(SERVER, today.toString(), "1", "");
        runUntil(DUE.plusSeconds(60));

        TipPost post = discord.messages().get(0).post();
        assertThat(post.digest().orElseThrow().readingNumbers()).containsExactly(today);
        Question question = post.question().orElseThrow();
        assertThat(question.fact().section()).isEqualTo(today);
        assertThat(seed.quiz().of(today)).contains(question);
    }

    @Test
    void theQuestionNeverAsksAboutTheFactTheTipStates() throws PlanException {
        SectionNumber oneFact = seed.library().sections().stream()
                .map(Section::number)
                .filter(number -> factsAskedAbout(number) == 1)
                .findFirst()
                .orElseThrow();
        start();
        reading.plans().set(SERVER, oneFact.toString(), "1", "");
        runUntil(DUE.plusSeconds(60));

        TipPost post = discord.messages().get(0).post();
        assertThat(post.tip().orElseThrow().source())
                .as("the tip comes from today's reading")
                .isEqualTo(oneFact);
        Question question = post.question().orElseThrow();
        assertThat(question.fact().text())
                .as("that would give the answer away")
                .isNotEqualTo(post.tip().orElseThrow().text());
        assertThat(question.fact().section())
                .as("so it comes from the rest of the book")
                .isNotEqualTo(oneFact);
    }

    @Test
    void aResendAfterALapsedClaimAsksTheSameQuestionWithTheSameNonceAndPostsOnce() throws PlanException {
        List<SectionNumber> pair = twoSectionsInARowWithQuestions();
        start();
        reading.plans().set(SERVER, pair.get(0).toString(), "1", "");
        clock.set(DUE);
        discord.crashNextAfterCreating();
        assertThatThrownBy(() -> tips.runDue()).isInstanceOf(SimulatedCrash.class);
        // While the crashed process's claim runs out, the plan moves on to the next section: choosing again would
        // now ask about that one, so only the card id kept with the intent brings the same question back.
        reading.plans().skip(SERVER);
        assertThat(reading.plans().today(SERVER).orElseThrow().today())
                .extracting(Section::number)
                .containsExactly(pair.get(1));
        Question asked = discord.attempts().get(0).post().question().orElseThrow();
        assertThat(asked.fact().section()).isEqualTo(pair.get(0));
        assertThat(DailyQuestions.fromBook(ServerBooks.everywhere(() -> seed), DroppedQuestions.NONE)
                        .choose(
                                SERVER,
                                TODAY,
                                List.of(List.of(withQuestions(pair.get(1))), List.of(pair.get(0))),
                                discord.attempts()
                                        .get(0)
                                        .post()
                                        .tip()
                                        .orElseThrow()
                                        .text(),
                                Set.of()))
                .as("choosing again")
                .isPresent()
                .get()
                .isNotEqualTo(asked);

        clock.advance(DailyTipsFixture.CLAIM.plusSeconds(1));
        start().runDue();
        runUntil(DUE.plus(Duration.ofHours(3)));

        List<FakeTipChannel.Attempt> attempts = discord.attempts();
        assertThat(attempts).as("sent, then resent once after the claim lapsed").hasSize(2);
        assertThat(attempts.get(1).nonce()).isEqualTo(attempts.get(0).nonce());
        assertThat(attempts.get(1).post().digest().orElseThrow().readingNumbers())
                .containsExactly(pair.get(1));
        assertThat(attempts.get(1).post().question()).contains(asked);
        assertThat(discord.messages())
                .as("Discord's nonce makes the resend the same message")
                .hasSize(1);
        assertThat(tips.status(SERVER).lastPost()).isPresent();
    }

    @Test
    void theDailyPostLeavesOutAQuestionAManagerReported() throws PlanException {
        SectionNumber today = sectionsWithQuestionsOnSeveralFacts().get(0);
        List<Question> ofToday = seed.quiz().of(today);
        start();
        reading.plans().set(SERVER, today.toString(), "1", "");
        for (Question question : ofToday.subList(0, ofToday.size() - 1)) {
            reports.report(new QuestionReport(
                    SERVER,
                    "seeds",
                    1,
                    true,
                    START,
                    new ReportedCard(
                            question.cardId(),
                            today.toString(),
                            question.prompt(),
                            question.choices(),
                            question.rightChoice(),
                            question.fact().text())));
        }
        runUntil(DUE.plusSeconds(60));

        assertThat(discord.messages().get(0).post().question())
                .as("the reading's one question not reported (the tip's own fact aside)")
                .hasValueSatisfying(question -> assertThat(question.cardId())
                        .isNotIn(ofToday.subList(0, ofToday.size() - 1).stream()
                                .map(Question::cardId)
                                .toList()));
    }

    @Test
    void aQuestionDroppedForTheServerIsNeverItsQuestionOfTheDay() {
        SectionNumber reading = seed.quiz().all().get(0).fact().section();
        List<Question> ofReading = seed.quiz().of(reading);
        Set<String> allButLast = ofReading.subList(0, ofReading.size() - 1).stream()
                .map(Question::cardId)
                .collect(Collectors.toSet());
        Set<String> all = ofReading.stream().map(Question::cardId).collect(Collectors.toSet());

        for (int day = 0; day < 10; day++) {
            LocalDate date = TODAY.plusDays(day);
            DailyQuestions fewer = DailyQuestions.fromBook(
                    ServerBooks.everywhere(() -> seed), server -> server == SERVER ? allButLast : Set.of());
            assertThat(fewer.choose(SERVER, date, List.of(List.of(reading)), "", fewer.dropped(SERVER)))
                    .as("the reading's one question left")
                    .contains(ofReading.get(ofReading.size() - 1));
            assertThat(DailyQuestions.fromBook(ServerBooks.everywhere(() -> seed), DroppedQuestions.NONE)
                            .choose(SERVER, date, List.of(List.of(reading)), "", all))
                    .as("another section's when the reading's are all dropped")
                    .hasValueSatisfying(question -> assertThat(all).doesNotContain(question.cardId()));
        }
    }

    @Test
    void aBookWithoutQuestionsPostsTheTipAlone() {
        book.set(withoutQuestions);
        assertThat(withoutQuestions.tips().tips()).as("a tip to post").isNotEmpty();
        assertThat(withoutQuestions.quiz().size()).as("but no question").isZero();
        start();
        runUntil(DUE.plusSeconds(60));

        assertThat(discord.messages())
                .singleElement()
                .satisfies(message -> assertThat(message.post().question()).isEmpty());
    }

    @Test
    void aQuestionWhoseFactLeftTheBookBeforeTheResendIsLeftOutNotTheTip() {
        start();
        clock.set(DUE);
        discord.failNext(new TransientSendFailure("Discord answered 503"));
        try (LogCapture log = LogCapture.of(Level.INFO, DailyTipService.class.getName())) {
            tips.runDue();
            assertThat(discord.attempts())
                    .singleElement()
                    .satisfies(attempt -> assertThat(attempt.post().question()).isPresent());
            book.set(withoutQuestions);
            runUntil(DUE.plus(Duration.ofMinutes(30)));

            assertThat(log.messages(Level.INFO)).anyMatch(line -> line.contains("left the book; posting without it"));
            assertThat(log.messages(Level.WARN)).anyMatch(line -> line.contains("Discord answered 503"));
        }
        assertThat(discord.messages())
                .singleElement()
                .satisfies(message -> assertThat(message.post().question()).isEmpty());
        assertThat(discord.attempts())
                .extracting(FakeTipChannel.Attempt::nonce)
                .containsOnly(discord.attempts().get(0).nonce());
    }

    @Test
    void aFailingQuizCostsTheQuestionNotThePost() {
        start();
        Store store = opened.get(0);
        DailyTipService broken = new DailyTipService(
                store,
                server -> seed.tips().tips(),
                (server, section) -> Optional.empty(),
                discord,
                clock,
                DailyTipsFixture.BACKOFF,
                reading.digests(),
                new DailyQuestions() {
                    @Override
                    public Optional<Question> choose(
                            long serverId,
                            LocalDate date,
                            List<List<SectionNumber>> preferred,
                            String tipText,
                            Set<String> dropped) {
                        throw new IllegalStateException("quiz deck unreadable");
                    }

                    @Override
                    public Set<String> dropped(long serverId) {
                        throw new IllegalStateException("reports unreadable");
                    }

                    @Override
                    public Optional<Question> find(long serverId, String cardId) {
                        throw new IllegalStateException("quiz deck unreadable");
                    }
                },
                DigestThreads.none(),
                DailyTipsFixture.everyServer(store),
                server -> Languages.ENGLISH,
                BookLanguageLines.none());
        clock.set(DUE);
        try (LogCapture log = LogCapture.of(DailyTipService.class)) {
            broken.runDue();
            assertThat(log.messages(Level.WARN))
                    .anyMatch(line -> line.contains("could not be chosen; posting without one"))
                    .anyMatch(line -> line.contains("the reported quiz questions could not be read"));
        }
        assertThat(discord.messages())
                .singleElement()
                .satisfies(message -> assertThat(message.post().question()).isEmpty());
    }

    /**
     * The seed's section with the most key facts, alone: it has tips, but no question (no other section to draw
     * distractors or titles from).
     */
    private static Library oneSectionOf(Book book) {
        Section richest = book.library().sections().stream()
                .max(Comparator.comparingInt(
                        section -> book.facts().of(section.number()).size()))
                .orElseThrow();
        return new Library(List.of(richest), START);
    }

    /** How many of a seed section's facts it has questions about. */
    private static long factsAskedAbout(SectionNumber section) {
        return seed.quiz().of(section).stream()
                .map(question -> question.fact().text())
                .distinct()
                .count();
    }

    /** The seed's sections with questions about at least two facts (one may be the day's tip), in book order. */
    private static List<SectionNumber> sectionsWithQuestionsOnSeveralFacts() {
        List<SectionNumber> sections = seed.library().sections().stream()
                .map(Section::number)
                .filter(number -> factsAskedAbout(number) >= 2)
                .toList();
        assertThat(sections).as("the seed has such sections").isNotEmpty();
        return sections;
    }

    /** The section if it has questions, else the first later section of the seed that has. */
    private static SectionNumber withQuestions(SectionNumber section) {
        List<SectionNumber> all =
                seed.library().sections().stream().map(Section::number).toList();
        return all.subList(all.indexOf(section), all.size()).stream()
                .filter(number -> factsAskedAbout(number) >= 1)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Two sections next to each other in the seed: the first with questions on two facts, the next with any, or else
     * none (since distractors are checked in the sentence, the seed's only fill-in-the-blank question is gone and no
     * such pair is left; {@link #withQuestions} then stands in for the next section when choosing again).
     */
    private static List<SectionNumber> twoSectionsInARowWithQuestions() {
        List<SectionNumber> all =
                seed.library().sections().stream().map(Section::number).toList();
        for (int i = 0; i + 1 < all.size(); i++) {
            if (factsAskedAbout(all.get(i)) >= 2 && factsAskedAbout(all.get(i + 1)) >= 1) {
                return List.of(all.get(i), all.get(i + 1));
            }
        }
        for (int i = 0; i + 1 < all.size(); i++) {
            if (factsAskedAbout(all.get(i)) >= 2) {
                return List.of(all.get(i), all.get(i + 1));
            }
        }
        throw new AssertionError("the seed has no two sections in a row with questions");
    }
}
