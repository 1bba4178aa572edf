package studybot.quiz.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import studybot.command.ClickedMessage;
import studybot.command.CommandRegistry;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.dailytips.MutableClock;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Texts;
import studybot.library.TestBooks;
import studybot.quiz.Question;
import studybot.quiz.learning.StudyPlaces;
import studybot.quiz.review.ReportStore;
import studybot.quiz.review.ReportedQuestion;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReportStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.sharing.SqlShareOptInStore;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * Issue 18 §4: the Report button under an answer, through the registry over the store on both backends. A member's
 * report hides the question from them; one report from a member with Manage Server, or three from others, drops it for
 * the server; in direct messages a report hides it from its reporter only.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class QuestionReportsTest {

    private static final String BOOK = "seed";
    private static final long SERVER = 4242L;
    private static final long CHANNEL = 77L;
    private static final long ALICE = 1001L;
    private static final long BOB = 1002L;
    private static final long CAROL = 1003L;
    private static final long DAVE = 1004L;
    private static final long MANAGER = 1005L;

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final Book seed = new BookBinder(
                    new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
            .bind(TestBooks.seed());
    private Store store;
    private ReportStore reports;
    private CommandRegistry registry;
    private long messages;

    @BeforeEach
    void open() {
        store = TestStores.of(dialect, temp).open(List.of(ReviewStore.MIGRATIONS, SqlShareOptInStore.MIGRATIONS));
        reports = new SqlReportStore(store);
        registry = new CommandRegistry(
                BooksByPlace.everywhere(new CurrentBook(seed)),
                List.of(new QuizFeature(
                        new SqlReviewStore(store),
                        new SqlShareOptInStore(store, clock),
                        server -> ZoneOffset.UTC,
                        StudyPlaces.NOWHERE,
                        reports,
                        new QuizBooks(place -> BOOK, place -> "The Seed Book"),
                        new ChartRenderer(() -> false),
                        MemberNotices.NONE,
                        clock,
                        Texts.load("quiz"))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aReportHidesTheQuestionFromItsReporterEvenWhenDueAndThreeDropItForTheServer() {
        Question first = seed.quiz().all().get(0);
        Reply feedback = answerNext(member(ALICE));
        assertThat(feedback.actions())
                .extracting(action -> ((ReplyAction.Button) action).label())
                .contains("Report");

        Reply reported = report(member(ALICE), feedback);

        assertThat(reported.title()).isEqualTo("Reported");
        assertThat(reported.text().plainText())
                .contains("you won't be asked this question again here")
                .contains("after 2 more reports, or one from a member with Manage Server");
        clock.advance(Duration.ofDays(60));
        assertThat(asked(next(member(ALICE))).cardId()).as("due, but reported").isNotEqualTo(first.cardId());
        assertThat(asked(next(member(BOB))).cardId())
                .as("only hidden from Alice so far")
                .isEqualTo(first.cardId());

        report(member(BOB), answerNext(member(BOB)));
        assertThat(report(member(CAROL), answerNext(member(CAROL))).text().plainText())
                .contains("It is now dropped for everyone in this server.");

        assertThat(asked(next(member(DAVE))).cardId()).isNotEqualTo(first.cardId());
        assertThat(reports.dropped(SERVER)).containsExactly(first.cardId());
    }

    @Test
    void oneReportFromAManagerDropsTheQuestionForTheServer() {
        Question first = seed.quiz().all().get(0);

        assertThat(report(manager(), answerNext(manager())).text().plainText())
                .contains("It is now dropped for everyone in this server.");

        assertThat(asked(next(member(BOB))).cardId()).isNotEqualTo(first.cardId());
    }

    @Test
    void inDirectMessagesAReportHidesTheQuestionFromItsReporterOnly() {
        Question first = seed.quiz().all().get(0);
        for (long member : List.of(ALICE, BOB, CAROL)) {
            Reply reported = report(directMessages(member), answerNext(directMessages(member)));
            assertThat(reported.text().plainText())
                    .contains("you won't be asked this question again here")
                    .doesNotContain("dropped");
        }

        assertThat(asked(next(directMessages(ALICE))).cardId()).isNotEqualTo(first.cardId());
        assertThat(asked(next(directMessages(DAVE))).cardId()).isEqualTo(first.cardId());
        assertThat(registry.answer(directMessages(ALICE), "quiz", "reports", Map.of())
                        .text()
                        .plainText())
                .contains("is per server");
    }

    @Test
    void aSecondReportChangesNothingAndForgedReportButtonsAreRefused() {
        Reply feedback = answerNext(member(ALICE));
        report(member(ALICE), feedback);

        assertThat(report(member(ALICE), feedback).title()).isEqualTo("Already reported");
        String unanswered = QuizIds.report(seed.quiz().all().get(seed.quiz().size() - 1));
        for (String forged : List.of("quiz:r", "quiz:r:BAD", "quiz:r:b0123456789abcdef:x", unanswered)) {
            Reply refused = registry.click(
                    member(ALICE), forged, List.of(), new ClickedMessage(99, clock.instant(), List.of(forged)));
            assertThat(refused.text().plainText()).as(forged).startsWith("This button isn't valid.");
        }
        assertThat(reports.reported(SERVER, BOOK))
                .singleElement()
                .extracting(ReportedQuestion::reports)
                .isEqualTo(1);
    }

    @Test
    void managersListTheServersReportsAndOthersAreRefused() {
        Question first = seed.quiz().all().get(0);
        report(member(ALICE), answerNext(member(ALICE)));
        report(member(BOB), answerNext(member(BOB)));

        Reply refused = registry.answer(member(ALICE), "quiz", "reports", Map.of());
        Reply list = registry.answer(manager(), "quiz", "reports", Map.of());

        assertThat(refused.text().plainText()).contains("is for members with Manage Server");
        assertThat(list.isForAskerOnly()).isTrue();
        assertThat(list.text().plainText())
                .contains("1 question reported in this server, 0 dropped.")
                .contains("2 reports · " + first.fact().section())
                .contains(first.rightChoice());
    }

    @Test
    void aServerWithNoReportsSaysSo() {
        assertThat(registry.answer(manager(), "quiz", "reports", Map.of())
                        .text()
                        .plainText())
                .isEqualTo("No question has been reported in this server.");
    }

    /** Asks {@code asker} their next question and answers it right; the private feedback. */
    private Reply answerNext(Asker asker) {
        Reply question = next(asker);
        Question asked = asked(question);
        String right = question.actions().stream()
                .map(action -> ((ReplyAction.Button) action).id())
                .filter(id -> id.contains(":" + Question.choiceId(asked.rightChoice())))
                .findFirst()
                .orElseThrow();
        return registry.click(asker, right, List.of(), message(right));
    }

    /** Clicks the Report button of {@code feedback}. */
    private Reply report(Asker asker, Reply feedback) {
        String id = feedback.actions().stream()
                .map(action -> ((ReplyAction.Button) action).id())
                .filter(button -> button.startsWith("quiz:r:"))
                .findFirst()
                .orElseThrow();
        return registry.click(asker, id, List.of(), message(id));
    }

    private Reply next(Asker asker) {
        return registry.answer(asker, "quiz", "next", Map.of());
    }

    private Question asked(Reply question) {
        String card = ((ReplyAction.Button) question.actions().get(0)).id().split(":")[2];
        return seed.quiz().find(card).orElseThrow();
    }

    /** A new message sent now, carrying {@code componentId}. */
    private ClickedMessage message(String componentId) {
        return new ClickedMessage(++messages, clock.instant(), List.of(componentId));
    }

    private static Asker member(long id) {
        return Asker.inServer(id, "member " + id, SERVER, CHANNEL, false);
    }

    private static Asker manager() {
        return Asker.inServer(MANAGER, "manager", SERVER, CHANNEL, true);
    }

    private static Asker directMessages(long id) {
        return Asker.personal(id, "member " + id, id);
    }
}
