package studybot.quiz.command;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import studybot.book.Book;
import studybot.chart.ChartRenderer;
import studybot.command.BotCommand;
import studybot.command.ClickCall;
import studybot.command.ClickMode;
import studybot.command.ClickRoute;
import studybot.command.ConfirmationNonces;
import studybot.command.Feature;
import studybot.fsrs.FsrsParameters;
import studybot.fsrs.FsrsScheduler;
import studybot.i18n.Texts;
import studybot.quiz.Question;
import studybot.quiz.QuizDeck;
import studybot.quiz.learning.AnswerId;
import studybot.quiz.learning.Learner;
import studybot.quiz.learning.QuestionReports;
import studybot.quiz.learning.QuizService;
import studybot.quiz.learning.ReportOutcome;
import studybot.quiz.learning.StudyPlaces;
import studybot.quiz.review.ReportStore;
import studybot.quiz.review.ReviewStore;
import studybot.reply.Reply;
import studybot.server.ServerZones;
import studybot.sharing.SqlShareOptInStore;
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

/**
 * The quiz feature: its command, {@link QuizCommand} ({@code /quiz}), and the {@code quiz:} buttons (answers, "next
 * question", "report", the forget confirmation), every click answered privately to the member who clicked. In the
 * console a bare {@code /quiz} is {@code /quiz next}.
 */
public final class QuizFeature implements Feature {

    private final QuizService service;
    private final QuizReplies replies;
    private final ConfirmationNonces forgetNonces;
    private final QuestionReports reports;
    private final QuizBooks books;
    private final QuizCommand command;

    /**
     * @param reviews the members' answers and schedules
     * @param sharing who agreed to be named (shared with {@code /progress group})
     * @param zones each server's timezone (its daily tips'), for streaks, "due today" and leaderboard periods
     * @param places where each member is in the book (read marks, the server's plan), so new cards come from what they
     *     have read before what they have not reached
     * @param reports members' reports of bad questions, which are then not asked again
     * @param books which book each place's quiz data belongs to, and its title
     * @param charts draws {@code /quiz stats}' picture; without fonts the answer is its text alone
     * @param notices a line another feature has for a member's next {@code /quiz next}, shown once
     * @param texts the {@code quiz} bundle
     */
    public QuizFeature(
            ReviewStore reviews,
            SqlShareOptInStore sharing,
            ServerZones zones,
            StudyPlaces places,
            ReportStore reports,
            QuizBooks books,
            ChartRenderer charts,
            MemberNotices notices,
            Clock clock,
            Texts texts) {
        this.service =
                new QuizService(reviews, sharing, zones, new FsrsScheduler(FsrsParameters.DEFAULTS), places, clock);
        this.replies = new QuizReplies(texts);
        this.forgetNonces = new ConfirmationNonces(clock);
        this.reports = new QuestionReports(reports, reviews, clock);
        this.books = books;
        this.command = new QuizCommand(service, replies, this.reports, books, forgetNonces, notices, charts, texts);
    }

    @Override
    public List<BotCommand> commands() {
        return List.of(command);
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return List.of(new ClickRoute(QuizIds.PREFIX, ClickMode.PRIVATE_REPLY, this::click, this::clickedMessage));
    }

    private Reply click(ClickCall click) {
        Learner who = books.learner(click.asker().place(), click.asker().userId());
        List<String> args = click.args();
        if (args.equals(List.of(QuizIds.NEXT))) {
            return command.ask(
                    who,
                    click.scope().book().get(),
                    Optional.empty(),
                    OptionalInt.empty(),
                    click.privateLocale(),
                    click.publicLocale());
        }
        if (!args.isEmpty() && args.get(0).equals(QuizIds.FORGET)) {
            return args.size() == 2 && forgetNonces.redeem(QuizCommand.forgetKey(who), args.get(1))
                    ? replies.forgotten(service.forget(who), click.privateLocale())
                    : replies.forgetNotConfirmed(click.privateLocale());
        }
        if (QuizIds.isReport(args)) {
            return QuizIds.parseReport(args)
                    .map(cardId -> replies.reported(
                            reports.report(
                                    who,
                                    click.asker().managesServer(),
                                    click.scope().book().get().quiz(),
                                    cardId),
                            click.privateLocale()))
                    .orElseGet(() -> replies.reported(new ReportOutcome.Invalid(), click.privateLocale()));
        }
        return QuizIds.parseAnswer(args)
                .map(id -> answer(who, id, click))
                .orElseGet(() -> replies.notOurButton(click.privateLocale()));
    }

    /**
     * A member's answer, or why it was not counted: the question was dropped after reports (or reported by the member)
     * since it was posted, or the store could not take it (its write was rolled back).
     */
    private Reply answer(Learner who, AnswerId id, ClickCall click) {
        Book book = click.scope().book().get();
        // the deck before the time it was put in place: a rebuild in between only makes that time later
        QuizDeck deck = book.quiz();
        Optional<QuestionReports.Hidden> hidden = deck.find(id.cardId())
                .filter(question -> question.choiceWithId(id.choiceId()) >= 0)
                .flatMap(question -> reports.whyHidden(who, question.cardId()));
        if (hidden.isPresent()) {
            return replies.notCountedHidden(hidden.get(), click.privateLocale());
        }
        try {
            return replies.answered(
                    service.answer(who, deck, book.quizSince(), id, click.message()), click.privateLocale());
        } catch (StoreBusyException e) {
            return replies.notCountedStoreBusy(click.privateLocale());
        } catch (StoreUnwritableException e) {
            return replies.notCountedStoreUnwritable(click.privateLocale());
        }
    }

    /**
     * A {@code /quiz} question message after an answer: the same question and buttons, saying how many answered. Only
     * for this command's own messages (ids with the time asked) where members meet; the daily post is left as it is,
     * and so is a question in a member's own place, which nobody else answers with them.
     */
    private Optional<Reply> clickedMessage(ClickCall click) {
        Optional<AnswerId> id = QuizIds.parseAnswer(click.args());
        if (click.message().isEmpty()
                || id.isEmpty()
                || id.get().asked().isEmpty()
                || !click.scope().place().isShared()) {
            return Optional.empty();
        }
        Optional<Question> question = click.scope()
                .book()
                .get()
                .quiz()
                .find(id.get().cardId())
                .filter(found -> found.choiceWithId(id.get().choiceId()) >= 0);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        int answered =
                service.answeredOn(click.scope().place(), click.message().get().id());
        return answered == 0
                ? Optional.empty()
                : Optional.of(replies.answeredQuestion(
                        question.get(), id.get().asked().get(), answered, click.publicLocale()));
    }
}
