package studybot.quiz.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;
import studybot.book.Book;
import studybot.chart.ChartRenderer;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.Choice;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.CompletionCall;
import studybot.command.ConfirmationNonces;
import studybot.command.OptionSpec;
import studybot.command.Place;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.library.BookExample;
import studybot.library.SectionNumber;
import studybot.quiz.learning.Leaderboard;
import studybot.quiz.learning.Learner;
import studybot.quiz.learning.QuestionReports;
import studybot.quiz.learning.QuizService;
import studybot.quiz.learning.QuizStats;
import studybot.reply.Reply;
import studybot.reply.ReplyAttachment;
import studybot.reply.Text;
import studybot.section.SectionQuery;
import studybot.section.SectionQueryParser;

/**
 * The {@code /quiz} command: {@code next}, {@code stats}, {@code leaderboard}, {@code share}, {@code forget} and
 * {@code reports}. Its buttons are routed by {@link QuizFeature}, which also asks the next question with it.
 */
final class QuizCommand implements BotCommand {

    static final String NAME = "quiz";
    static final String NEXT = "next";
    static final String STATS = "stats";
    static final String LEADERBOARD = "leaderboard";
    static final String SHARE = "share";
    static final String FORGET = "forget";
    static final String REPORTS = "reports";
    static final String SECTION = "section";
    static final String CHAPTER = "chapter";
    static final String PERIOD = "period";
    static final String VISIBLE = "visible";
    /** As long as {@code /section} reads: a number may come with the section's title ("20.4 Replication Groups"). */
    private static final int MAX_SECTION_LENGTH = SectionQueryParser.MAX_INPUT_LENGTH;

    private static final int MAX_PERIOD_LENGTH = 12;
    private static final int MAX_CHAPTER = 9999;

    private final QuizService service;
    private final QuizReplies replies;
    private final QuestionReports reports;
    private final QuizBooks books;
    private final ConfirmationNonces forgetNonces;
    private final MemberNotices notices;
    private final ChartRenderer charts;
    private final Texts texts;

    QuizCommand(
            QuizService service,
            QuizReplies replies,
            QuestionReports reports,
            QuizBooks books,
            ConfirmationNonces forgetNonces,
            MemberNotices notices,
            ChartRenderer charts,
            Texts texts) {
        this.service = service;
        this.replies = replies;
        this.reports = reports;
        this.books = books;
        this.forgetNonces = forgetNonces;
        this.notices = notices;
        this.charts = charts;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                        NAME,
                        texts.english("describe.quiz"),
                        Access.EVERYONE,
                        Reach.EVERYWHERE,
                        new SubcommandSpec(
                                NEXT,
                                texts.english("describe.quiz.next"),
                                List.of(
                                        OptionSpec.text(
                                                        SECTION,
                                                        texts.english("describe.quiz.next.section"),
                                                        MAX_SECTION_LENGTH)
                                                .optional(),
                                        OptionSpec.integer(
                                                        CHAPTER,
                                                        texts.english("describe.quiz.next.chapter"),
                                                        1,
                                                        MAX_CHAPTER)
                                                .optional())),
                        new SubcommandSpec(STATS, texts.english("describe.quiz.stats")),
                        new SubcommandSpec(
                                LEADERBOARD,
                                texts.english("describe.quiz.leaderboard"),
                                List.of(OptionSpec.text(
                                                PERIOD,
                                                texts.english("describe.quiz.leaderboard.period"),
                                                MAX_PERIOD_LENGTH)
                                        .optional()
                                        .withAutocomplete())),
                        new SubcommandSpec(
                                SHARE,
                                texts.english("describe.quiz.share"),
                                List.of(OptionSpec.bool(VISIBLE, texts.english("describe.quiz.share.visible")))),
                        new SubcommandSpec(FORGET, texts.english("describe.quiz.forget")),
                        new SubcommandSpec(REPORTS, texts.english("describe.quiz.reports")))
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        Learner who = books.learner(call.asker().place(), call.asker().userId());
        Locale reader = call.privateLocale();
        return switch (call.subcommand()) {
            case NEXT -> withNotice(next(call, who), notices.take(who.member(), call.privateLocale()));
            case STATS -> stats(service.stats(who, call.scope().book().get().quiz()), who.place(), reader);
            case LEADERBOARD ->
                who.place().isShared() ? leaderboard(call, who) : replies.perServer(LEADERBOARD, reader);
            case SHARE -> who.place().isShared() ? share(call, who) : replies.perServer(SHARE, reader);
            case FORGET -> {
                int answers = service.answerCount(who);
                yield replies.confirmForget(answers, answers == 0 ? "" : forgetNonces.issue(forgetKey(who)), reader);
            }
            case REPORTS -> reportList(call, who);
            default -> throw new IllegalStateException("the registry checks subcommands: " + call.subcommand());
        };
    }

    private Reply next(CommandCall call, Learner who) {
        OptionalLong chapter = call.options().integer(CHAPTER);
        Locale reader = call.privateLocale();
        Locale place = call.publicLocale();
        Optional<String> sectionText = call.options().optionalText(SECTION).map(String::strip);
        Book book = call.scope().book().get();
        if (book.quiz().all().isEmpty()) {
            return replies.nothingToAskInBook(book.library().language(), reader);
        }
        if (sectionText.isPresent()) {
            // read as /section reads it: §20.4, 20,4, 20.04 and a pasted heading all mean 20.4
            Optional<SectionNumber> section =
                    new SectionQueryParser().parse(sectionText.get()) instanceof SectionQuery.ForSection found
                            ? Optional.of(found.number())
                            : Optional.empty();
            if (section.isEmpty()) {
                return replies.notASection(sectionText.get(), BookExample.of(book.library()), reader);
            }
            if (book.library().find(section.get()).isEmpty()) {
                return replies.noSuchSection(section.get(), reader);
            }
            if (book.quiz().of(section.get()).isEmpty()) {
                return replies.nothingToAsk(section.get(), reader);
            }
            if (chapter.isPresent() && chapter.getAsLong() != section.get().chapter()) {
                return replies.sectionOutsideChapter(section.get(), chapter.getAsLong(), reader);
            }
            return call.asker().aboutThemselves(ask(who, book, section, OptionalInt.empty(), reader, place));
        }
        if (chapter.isPresent()) {
            int number = (int) chapter.getAsLong();
            if (book.library().chapter(number).isEmpty()) {
                return replies.noSuchChapter(number, reader);
            }
            if (book.quiz().all().stream().noneMatch(q -> q.fact().section().chapter() == number)) {
                return replies.nothingToAskInChapter(number, reader);
            }
            return call.asker()
                    .aboutThemselves(ask(who, book, Optional.empty(), OptionalInt.of(number), reader, place));
        }
        return call.asker().aboutThemselves(ask(who, book, Optional.empty(), OptionalInt.empty(), reader, place));
    }

    /** For server managers, of their own server: what was reported is the server's business, not every member's. */
    private Reply reportList(CommandCall call, Learner who) {
        if (!who.place().isShared()) {
            return replies.perServer(REPORTS, call.privateLocale());
        }
        if (!call.asker().managesServer()) {
            return replies.reportsForManagers(call.privateLocale());
        }
        return replies.reportList(reports.of(who), who.place().isServer(), call.privateLocale());
    }

    private Reply share(CommandCall call, Learner who) {
        boolean on = call.options().bool(VISIBLE).orElseThrow();
        return replies.shared(on, service.share(who, on), who.place().isServer(), call.privateLocale());
    }

    private Reply leaderboard(CommandCall call, Learner who) {
        Optional<String> typed = call.options().optionalText(PERIOD);
        Optional<Leaderboard.Period> period =
                typed.map(Leaderboard.Period::parse).orElse(Optional.of(Leaderboard.Period.WEEK));
        if (period.isEmpty()) {
            return replies.notAPeriod(typed.orElseThrow(), call.privateLocale());
        }
        return replies.leaderboard(
                service.leaderboard(who, period.get()),
                who.member(),
                service.isSharing(who),
                books.titleAt(who.place()),
                call.publicLocale());
    }

    @Override
    public List<Choice> complete(CompletionCall call) {
        if (!PERIOD.equals(call.option())) {
            return List.of();
        }
        String typed = call.typed().strip().toLowerCase(Locale.ROOT);
        Locale reader = call.asker().privateLocale();
        return Stream.of(Leaderboard.Period.values())
                .map(period -> period.name().toLowerCase(Locale.ROOT))
                .map(period -> new Choice(texts.text(reader, "period." + period), period))
                .filter(choice -> choice.value().startsWith(typed)
                        || choice.name().toLowerCase(reader).contains(typed))
                .toList();
    }

    /**
     * The stats at {@code place}, of the book read there, in text, with their picture when there are answers and one
     * can be drawn.
     */
    private Reply stats(QuizStats stats, Place place, Locale reader) {
        Reply text = replies.stats(stats, place, books.titleAt(place), reader);
        if (stats.answered() == 0) {
            return text;
        }
        StatsChart chart = StatsChart.of(stats, texts, reader);
        return charts.png(chart.panels())
                .map(png -> text.withAttachment(
                        new ReplyAttachment(StatsChart.FILE_NAME, png, chart.altText(), chart.glance())))
                .orElse(text);
    }

    /** The member's next question from the book, as {@code /quiz next} and the "next question" button ask it. */
    Reply ask(
            Learner who, Book book, Optional<SectionNumber> section, OptionalInt chapter, Locale reader, Locale place) {
        return replies.question(
                service.next(who, book.quiz(), section, chapter, reports.hiddenFrom(who)),
                section,
                chapter,
                reader,
                place);
    }

    /** The reply with the member's notice as its first line, if there is one. */
    private static Reply withNotice(Reply reply, Optional<Text> notice) {
        return notice.map(line -> new Reply(
                        reply.kind(),
                        reply.title(),
                        Text.lines(List.of(line, reply.text())),
                        reply.fields(),
                        reply.footer(),
                        reply.actions(),
                        reply.audience(),
                        reply.attachment()))
                .orElse(reply);
    }

    /** Whose "Delete my answers" prompt a nonce belongs to: the member, in the place and book the answers are kept. */
    static String forgetKey(Learner who) {
        return "quiz-forget/" + who.place().kind() + "/" + who.place().id() + "/" + who.member() + "/" + who.book();
    }
}
