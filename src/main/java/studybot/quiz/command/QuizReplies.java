package studybot.quiz.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import studybot.book.BookLanguageNote;
import studybot.command.Place;
import studybot.fsrs.CardMemory;
import studybot.i18n.Texts;
import studybot.library.BookExample;
import studybot.library.BookLanguage;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;
import studybot.quiz.learning.AnswerOutcome;
import studybot.quiz.learning.Leaderboard;
import studybot.quiz.learning.NextQuestion;
import studybot.quiz.learning.QuestionReports;
import studybot.quiz.learning.QuizStats;
import studybot.quiz.learning.ReportOutcome;
import studybot.quiz.review.ReportStore;
import studybot.quiz.review.ReportedQuestion;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;
import studybot.reply.Text;
import studybot.reply.UserEcho;
import studybot.section.SectionActions;
import studybot.server.ZoneNames;

/**
 * The wording of {@code /quiz}: turns what {@link QuizService} found into replies, each in the language it is read in
 * (the member's own for what only they see, the place's for a question everyone sees). The questions themselves are the
 * book's words and stay in its language.
 */
final class QuizReplies {

    /** How many reported questions {@code /quiz reports} lists, most reported first. */
    private static final int MAX_REPORT_LINES = 10;

    private static final int MAX_PROMPT_LENGTH = 160;

    /** Stands for a moment inside a formatted text, where the moment's own span goes. */
    private static final String MOMENT = "\uFFFC";

    private final Texts texts;

    /** @param texts the {@code quiz} bundle */
    QuizReplies(Texts texts) {
        this.texts = texts;
    }

    /**
     * @param reader the language of a question everyone sees (a place's), which is also the caught-up answer's, shown
     *     only to the asker who is also its only reader
     */
    Reply question(
            NextQuestion next, Optional<SectionNumber> section, OptionalInt chapter, Locale reader, Locale place) {
        if (next instanceof NextQuestion.CaughtUp caughtUp) {
            String where = section.isPresent() ? "section" : chapter.isPresent() ? "chapter" : "none";
            String number = section.map(SectionNumber::toString)
                    .orElse(chapter.isPresent() ? String.valueOf(chapter.getAsInt()) : "");
            Text.Builder text =
                    Text.builder().plain(texts.format(reader, "caughtUp", Map.of("where", where, "number", number)));
            caughtUp.nextDue().ifPresent(due -> text.append(withMoment(reader, "caughtUp.due", due.getEpochSecond())));
            return Reply.content(texts.text(reader, "title"), text.build()).toAskerOnly();
        }
        NextQuestion.Ask ask = (NextQuestion.Ask) next;
        Question question = ask.question();
        String why = switch (ask.reason()) {
            case DUE -> texts.text(place, "why.due");
            case NEW -> texts.text(place, "why.new");
            case EARLY ->
                texts.format(
                        place,
                        "why.early",
                        Map.of("section", question.fact().section().toString()));
        };
        return questionMessage(question, ask.asked(), why, place);
    }

    /** The question message again, saying how many have answered it (never who, nor what). */
    Reply answeredQuestion(Question question, Instant asked, int answered, Locale place) {
        return questionMessage(
                question, asked, texts.format(place, "question.answered", Map.of("count", answered)), place);
    }

    private Reply questionMessage(Question question, Instant asked, String line, Locale place) {
        List<ReplyAction> choices = question.choices().stream()
                .map(choice -> (ReplyAction) new ReplyAction.Button(
                        choice, QuizIds.answer(question, choice, asked), ReplyAction.Style.SECONDARY, ""))
                .toList();
        return Reply.content(
                        title(question.kind(), place),
                        Text.builder()
                                .plain(question.prompt())
                                .plain("\n\n")
                                .plain(line)
                                .build())
                .withFooter(texts.text(place, "question.footer"))
                .withActions(choices);
    }

    Reply answered(AnswerOutcome outcome, Locale reader) {
        if (outcome instanceof AnswerOutcome.Counted counted) {
            return counted(counted, reader);
        }
        if (outcome instanceof AnswerOutcome.AlreadyAnswered already) {
            return Reply.content(
                            texts.text(reader, "already.title"),
                            Text.builder()
                                    .markup(texts.format(
                                            reader,
                                            "already.text",
                                            Map.of(
                                                    "answer",
                                                    Text.literal(
                                                            already.question().rightChoice()))))
                                    .plain("\n\n")
                                    .plain(already.question().fact().text())
                                    .build())
                    .withActions(afterAnswer(already.question(), reader));
        }
        if (outcome instanceof AnswerOutcome.Invalid) {
            return problem(reader, "answer.invalid");
        }
        if (outcome instanceof AnswerOutcome.Retired) {
            return problem(reader, "answer.retired");
        }
        return problem(reader, "answer.changed");
    }

    private Reply counted(AnswerOutcome.Counted counted, Locale reader) {
        Question question = counted.question();
        Text text = Text.builder()
                .markup(texts.format(
                        reader,
                        "counted.chosen",
                        Map.of(
                                "correct",
                                String.valueOf(counted.correct()),
                                "choice",
                                Text.literal(question.choices().get(counted.chosen())),
                                "answer",
                                Text.literal(question.rightChoice()))))
                .plain("\n\n")
                .plain(question.fact().text())
                .plain("\n\n")
                .append(nextReview(counted, reader))
                .build();
        return Reply.content(texts.text(reader, counted.correct() ? "counted.right" : "counted.wrong"), text)
                .withFooter(texts.format(
                        reader,
                        "counted.footer",
                        Map.of("section", question.fact().section().toString())))
                .withActions(afterAnswer(question, reader));
    }

    /**
     * When the card comes back. A card reviewed earlier the same day keeps its schedule, so the reply says so, with its
     * next review if that is still ahead, and otherwise that it stays due until an answer on a later day.
     */
    private Text nextReview(AnswerOutcome.Counted counted, Locale reader) {
        CardMemory memory = counted.memory();
        if (counted.rescheduled()) {
            return withMoment(reader, "counted.next", memory.due().getEpochSecond());
        }
        if (memory.due().isAfter(counted.answeredAt())) {
            return withMoment(reader, "counted.sameDay.kept", memory.due().getEpochSecond());
        }
        return Text.plain(texts.text(reader, "counted.sameDay.due"));
    }

    private List<ReplyAction> afterAnswer(Question question, Locale reader) {
        SectionNumber section = question.fact().section();
        return List.of(
                SectionActions.openButton(
                        texts.format(reader, "button.read", Map.of("section", section.toString())),
                        section,
                        ReplyAction.Style.PRIMARY),
                nextButton(reader),
                new ReplyAction.Button(
                        texts.text(reader, "button.report"),
                        QuizIds.report(question),
                        ReplyAction.Style.SECONDARY,
                        ""));
    }

    private ReplyAction nextButton(Locale reader) {
        return new ReplyAction.Button(
                texts.text(reader, "button.next"), QuizIds.next(), ReplyAction.Style.SECONDARY, "/quiz next");
    }

    Reply reported(ReportOutcome outcome, Locale reader) {
        if (outcome instanceof ReportOutcome.Reported reported) {
            ReportedQuestion counted = reported.counted();
            String state = counted.dropped()
                    ? "dropped"
                    : counted.scope() != ReportStore.DIRECT_MESSAGES ? "counting" : "kept";
            String text = texts.format(
                    reader,
                    "reported.text",
                    Map.of("state", state, "more", ReportStore.MEMBERS_TO_DROP - counted.reports()));
            return Reply.content(texts.text(reader, "reported.title"), text)
                    .withFooter(texts.text(reader, "reported.footer"))
                    .withActions(List.of(nextButton(reader)));
        }
        if (outcome instanceof ReportOutcome.AlreadyReported) {
            return Reply.content(
                    texts.text(reader, "reported.already.title"), texts.text(reader, "reported.already.text"));
        }
        if (outcome instanceof ReportOutcome.Retired) {
            return Reply.content(
                    texts.text(reader, "reported.retired.title"), texts.text(reader, "reported.retired.text"));
        }
        return problem(reader, "reported.invalid");
    }

    Reply reportsForManagers(Locale reader) {
        return problem(reader, "reports.managers");
    }

    /** @param inServer whether the list is a server's (else the console's, where nothing is dropped) */
    Reply reportList(List<ReportedQuestion> reported, boolean inServer, Locale reader) {
        String title = texts.text(reader, "reports.title");
        if (reported.isEmpty()) {
            return Reply.content(title, texts.format(reader, "reports.none", Map.of("inServer", flag(inServer))))
                    .toAskerOnly();
        }
        List<Text> lines = new ArrayList<>();
        for (ReportedQuestion question : reported.subList(0, Math.min(MAX_REPORT_LINES, reported.size()))) {
            lines.add(Text.markup(texts.format(
                    reader,
                    "reports.line",
                    Map.of(
                            "reports", question.reports(),
                            "managers", flag(question.byManagers() > 0),
                            "dropped", flag(question.dropped()),
                            "section", question.card().section().toString(),
                            "prompt", Text.literal(cut(question.card().prompt())),
                            "answer", Text.literal(question.card().answer())))));
        }
        if (reported.size() > MAX_REPORT_LINES) {
            lines.add(Text.plain(
                    texts.format(reader, "reports.more", Map.of("more", reported.size() - MAX_REPORT_LINES))));
        }
        long dropped = reported.stream().filter(ReportedQuestion::dropped).count();
        return Reply.content(
                        title,
                        Text.plain(texts.format(
                                                reader,
                                                "reports.summary",
                                                Map.of(
                                                        "count",
                                                        reported.size(),
                                                        "inServer",
                                                        flag(inServer),
                                                        "dropped",
                                                        dropped))
                                        + "\n\n")
                                .append(Text.lines(lines)))
                .withFooter(texts.format(reader, "reports.footer", Map.of("members", ReportStore.MEMBERS_TO_DROP)))
                .toAskerOnly();
    }

    private static String cut(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_PROMPT_LENGTH ? line : line.substring(0, MAX_PROMPT_LENGTH - 1) + "…";
    }

    Reply notOurButton(Locale reader) {
        return problem(reader, "answer.damaged");
    }

    /** An answer to a question no longer asked of the member here: nothing was recorded. */
    Reply notCountedHidden(QuestionReports.Hidden why, Locale reader) {
        return problem(reader, why == QuestionReports.Hidden.DROPPED ? "answer.dropped" : "answer.reported");
    }

    /** An answer the store was too busy to take: not counted, and the member may simply press again. */
    Reply notCountedStoreBusy(Locale reader) {
        return problem(reader, "answer.store.busy");
    }

    /** An answer the store could not write (full disk, read-only): not counted until the host fixes it. */
    Reply notCountedStoreUnwritable(Locale reader) {
        return problem(reader, "answer.store.unwritable");
    }

    /** {@code typed} is no section number: says how to give one, with {@code example} from the asker's book. */
    Reply notASection(String typed, BookExample example, Locale reader) {
        return problem(reader, "problem.notASection", example.with(Map.of("typed", UserEcho.literal(typed))));
    }

    Reply noSuchSection(SectionNumber section, Locale reader) {
        return problem(reader, "problem.noSuchSection", Map.of("section", section.toString()));
    }

    Reply nothingToAsk(SectionNumber section, Locale reader) {
        return problem(
                reader,
                "problem.nothingInSection",
                Map.of("section", section.toString(), "chapter", String.valueOf(section.chapter())));
    }

    Reply sectionOutsideChapter(SectionNumber section, long chapter, Locale reader) {
        return problem(
                reader,
                "problem.sectionOutsideChapter",
                Map.of("section", section.toString(), "chapter", String.valueOf(chapter)));
    }

    Reply noSuchChapter(int chapter, Locale reader) {
        return problem(reader, "problem.noSuchChapter", Map.of("chapter", String.valueOf(chapter)));
    }

    Reply nothingToAskInChapter(int chapter, Locale reader) {
        return problem(reader, "problem.nothingInChapter", Map.of("chapter", String.valueOf(chapter)));
    }

    /**
     * The book has no quiz questions at all: none of its sentences states a key fact, or it is not in English, which
     * the reply says instead.
     */
    Reply nothingToAskInBook(BookLanguage language, Locale reader) {
        return BookLanguageNote.of(language, reader)
                .map(Reply::problem)
                .orElseGet(() -> problem(reader, "problem.nothingInBook"));
    }

    Reply notAPeriod(String typed, Locale reader) {
        return problem(reader, "problem.notAPeriod", Map.of("typed", UserEcho.literal(typed)));
    }

    /**
     * @param place whose answers these are, which the reply names: one server's count, or the member's own
     * @param book the title of the book the stats count
     */
    Reply stats(QuizStats stats, Place place, String book, Locale reader) {
        String title = texts.text(reader, "stats.title");
        String scope = scopeOf(place, reader);
        if (stats.answered() == 0) {
            return Reply.content(
                            title,
                            texts.markup(
                                    reader, "stats.none", Map.of("scope", scope), Map.of("book", Text.plain(book))))
                    .toAskerOnly();
        }
        List<ReplyField> fields = new ArrayList<>(List.of(
                new ReplyField(texts.text(reader, "stats.answered"), String.valueOf(stats.answered())),
                new ReplyField(
                        texts.text(reader, "stats.accuracy"),
                        texts.format(
                                reader,
                                "stats.accuracy.value",
                                Map.of("percent", stats.percent(), "right", stats.right()))),
                new ReplyField(
                        texts.text(reader, "stats.streak"),
                        texts.format(reader, "stats.streak.value", Map.of("days", stats.streakDays()))),
                new ReplyField(texts.text(reader, "stats.dueToday"), String.valueOf(stats.dueToday()))));
        List<Text> chapters = stats.byChapter().entrySet().stream()
                .map(entry -> Text.plain(texts.format(
                        reader,
                        "stats.chapter",
                        Map.of(
                                "chapter", String.valueOf(entry.getKey()),
                                "percent", entry.getValue().percent(),
                                "right", entry.getValue().right(),
                                "answered", entry.getValue().answered()))))
                .toList();
        Text intro = Text.plain(texts.format(reader, "stats.scope", Map.of("scope", scope, "book", book)) + "\n"
                + texts.text(reader, "stats.counts") + "\n\n");
        Text text = chapters.isEmpty()
                ? intro.append(Text.plain(texts.text(reader, "stats.byChapter.none")))
                : intro.append(Text.plain(texts.text(reader, "stats.byChapter") + "\n"))
                        .append(Text.lines(chapters));
        return Reply.content(title, text)
                .withFields(fields)
                .withFooter(texts.format(reader, "stats.footer", Map.of("zone", ZoneNames.shown(stats.zone()))))
                .toAskerOnly();
    }

    /**
     * @param asker who asked, shown as "you" when named; {@code askerShares} whether they are
     * @param book the title of the book the leaderboard counts
     * @param place the language of the board, which everyone sees
     */
    Reply leaderboard(Leaderboard board, long asker, boolean askerShares, String book, Locale place) {
        String period = board.period().name().toLowerCase(Locale.ROOT);
        String title =
                texts.format(place, "leaderboard.title", Map.of("period", texts.text(place, "period." + period)));
        if (board.answers() == 0) {
            return Reply.content(
                    title,
                    texts.markup(place, "leaderboard.none." + period, Map.of(), Map.of("book", Text.plain(book))));
        }
        List<Text> lines = new ArrayList<>();
        for (Leaderboard.Row row : board.named()) {
            Text.Builder line = Text.builder().plain("#" + row.place() + " ");
            if (row.member() == asker) {
                line.strong(texts.text(place, "leaderboard.you"));
            } else {
                line.member(row.member());
            }
            lines.add(line.plain(texts.format(
                            place, "leaderboard.score", Map.of("right", row.right(), "answered", row.answered())))
                    .build());
        }
        if (board.unnamed() > 0) {
            lines.add(Text.plain(texts.format(place, "leaderboard.unnamed", Map.of("count", board.unnamed()))));
        }
        Text text = Text.lines(lines);
        if (!askerShares) {
            text = text.append(Text.markup("\n\n" + texts.text(place, "leaderboard.share")));
        }
        return Reply.content(title, text)
                .withFooter(texts.format(place, "leaderboard.footer", Map.of("count", board.answers(), "book", book)));
    }

    Reply shared(boolean on, boolean changed, boolean inServer, Locale reader) {
        String key = "shared." + (on ? "on" : "off") + "." + (changed ? "changed" : "same");
        return Reply.content(
                        texts.text(reader, "shared.title"),
                        texts.format(reader, key, Map.of("where", inServer ? "server" : "here")))
                .toAskerOnly();
    }

    Reply perServer(String subcommand, Locale reader) {
        return problem(reader, "problem.perServer", Map.of("subcommand", subcommand));
    }

    /** Whose answers count at {@code place}, as a stats reply names them. */
    private String scopeOf(Place place, Locale reader) {
        return switch (place.kind()) {
            case SERVER -> texts.text(reader, "scope.server");
            case PERSONAL -> texts.text(reader, "scope.personal");
            case CONSOLE -> texts.text(reader, "scope.console");
        };
    }

    /** @param nonce what the confirmation button carries: only this prompt's click deletes */
    Reply confirmForget(int answers, String nonce, Locale reader) {
        if (answers == 0) {
            return Reply.content(texts.text(reader, "forget.title"), texts.text(reader, "forget.nothing"))
                    .toAskerOnly();
        }
        return Reply.content(
                        texts.text(reader, "forget.confirm.title"),
                        Text.plain(texts.format(reader, "forget.confirm.text", Map.of("count", answers))))
                .withActions(List.of(new ReplyAction.Button(
                        texts.text(reader, "forget.confirm.button"),
                        QuizIds.forget(nonce),
                        ReplyAction.Style.PRIMARY,
                        "")))
                .toAskerOnly();
    }

    Reply forgetNotConfirmed(Locale reader) {
        return problem(reader, "forget.notConfirmed");
    }

    Reply forgotten(int answers, Locale reader) {
        return Reply.content(
                texts.text(reader, "forgotten.title"),
                answers == 0
                        ? texts.text(reader, "forgotten.none")
                        : texts.format(reader, "forgotten.done", Map.of("count", answers)));
    }

    private String title(QuestionKind kind, Locale place) {
        return switch (kind) {
            case FILL_IN_THE_BLANK -> texts.text(place, "kind.fillIn");
            case WHICH_SECTION -> texts.text(place, "kind.whichSection");
        };
    }

    private Reply problem(Locale reader, String key) {
        return problem(reader, key, Map.of());
    }

    private Reply problem(Locale reader, String key, Map<String, ?> arguments) {
        return Reply.problem(Text.markup(texts.format(reader, key, arguments)));
    }

    /** The text {@code key} with the moment shown where it says {@code {due}}, as Discord shows moments. */
    private Text withMoment(Locale reader, String key, long epochSecond) {
        String text = texts.format(reader, key, Map.of("due", MOMENT));
        int at = text.indexOf(MOMENT);
        return Text.builder()
                .plain(text.substring(0, at))
                .moment(epochSecond)
                .plain(text.substring(at + MOMENT.length()))
                .build();
    }

    private static String flag(boolean value) {
        return String.valueOf(value);
    }
}
