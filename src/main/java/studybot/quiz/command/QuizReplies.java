package studybot.quiz.command;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import studybot.command.Place;
import studybot.fsrs.CardMemory;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;
import studybot.quiz.review.ReportStore;
import studybot.quiz.review.ReportedQuestion;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;
import studybot.reply.Text;
import studybot.section.command.SectionActions;

/** The wording of {@code /quiz}: turns what {@link QuizService} found into replies. */
final class QuizReplies {

    private static final String TRY_NEXT = " Try `/quiz next` for a fresh question.";
    /** How many reported questions {@code /quiz reports} lists, most reported first. */
    private static final int MAX_REPORT_LINES = 10;

    private static final int MAX_PROMPT_LENGTH = 160;

    Reply question(NextQuestion next, Optional<SectionNumber> section, OptionalInt chapter) {
        if (next instanceof NextQuestion.CaughtUp caughtUp) {
            Text.Builder text = Text.builder().plain("You're all caught up");
            section.ifPresent(number -> text.plain(" in section " + number));
            chapter.ifPresent(number -> text.plain(" in chapter " + number));
            text.plain(": every question is answered and none is due yet.");
            caughtUp.nextDue()
                    .ifPresent(due -> text.plain(" Your next review is due ")
                            .moment(due.getEpochSecond())
                            .plain("."));
            return Reply.content("Quiz", text.build()).toAskerOnly();
        }
        NextQuestion.Ask ask = (NextQuestion.Ask) next;
        Question question = ask.question();
        String why = switch (ask.reason()) {
            case DUE -> "A review that is due.";
            case NEW -> "A new question.";
            case EARLY ->
                "Not due yet: shown because you asked for section "
                        + question.fact().section() + ".";
        };
        return questionMessage(question, ask.asked(), why);
    }

    /** The question message again, saying how many have answered it (never who, nor what). */
    Reply answeredQuestion(Question question, Instant asked, int answered) {
        return questionMessage(question, asked, answered == 1 ? "1 member answered." : answered + " members answered.");
    }

    private static Reply questionMessage(Question question, Instant asked, String line) {
        List<ReplyAction> choices = question.choices().stream()
                .map(choice -> (ReplyAction) new ReplyAction.Button(
                        choice, QuizIds.answer(question, choice, asked), ReplyAction.Style.SECONDARY, ""))
                .toList();
        return Reply.content(
                        title(question.kind()),
                        Text.builder()
                                .plain(question.prompt())
                                .plain("\n\n")
                                .plain(line)
                                .build())
                .withFooter("Answer with a button: only you see your result, and your first answer counts.")
                .withActions(choices);
    }

    Reply answered(AnswerOutcome outcome) {
        if (outcome instanceof AnswerOutcome.Counted counted) {
            return counted(counted);
        }
        if (outcome instanceof AnswerOutcome.AlreadyAnswered already) {
            return Reply.content(
                            "Already answered",
                            Text.builder()
                                    .plain(
                                            "Only your first answer to a question counts, so this click changed nothing. The answer is ")
                                    .strong(already.question().rightChoice())
                                    .plain(".\n\n")
                                    .plain(already.question().fact().text())
                                    .build())
                    .withActions(afterAnswer(already.question()));
        }
        if (outcome instanceof AnswerOutcome.Invalid) {
            return Reply.problem(Text.markup("This button isn't valid. Nothing was counted." + TRY_NEXT));
        }
        if (outcome instanceof AnswerOutcome.Retired) {
            return Reply.problem(Text.markup("This question's fact is no longer in the book (the book was edited), so"
                    + " the question is retired and your answer was not counted." + TRY_NEXT));
        }
        return Reply.problem(Text.markup("This question changed when the book was reloaded, so its buttons no longer"
                + " match and your answer was not counted." + TRY_NEXT));
    }

    private Reply counted(AnswerOutcome.Counted counted) {
        Question question = counted.question();
        CardMemory memory = counted.memory();
        Text.Builder text = Text.builder()
                .plain("You answered ")
                .strong(question.choices().get(counted.chosen()))
                .plain(".");
        if (!counted.correct()) {
            text.plain(" The answer is ").strong(question.rightChoice()).plain(".");
        }
        text.plain("\n\n")
                .plain(question.fact().text())
                .plain("\n\nNext review of this card: ")
                .moment(memory.due().getEpochSecond())
                .plain(".");
        return Reply.content(counted.correct() ? "Right!" : "Not quite", text.build())
                .withFooter("From section " + question.fact().section())
                .withActions(afterAnswer(question));
    }

    private static List<ReplyAction> afterAnswer(Question question) {
        SectionNumber section = question.fact().section();
        return List.of(
                SectionActions.openButton("Read " + section, section, ReplyAction.Style.PRIMARY),
                new ReplyAction.Button("Next question", QuizIds.next(), ReplyAction.Style.SECONDARY, "/quiz next"),
                new ReplyAction.Button("Report", QuizIds.report(question), ReplyAction.Style.SECONDARY, ""));
    }

    Reply reported(ReportOutcome outcome) {
        if (outcome instanceof ReportOutcome.Reported reported) {
            ReportedQuestion counted = reported.counted();
            String text = "Thanks: you won't be asked this question again here.";
            if (counted.dropped()) {
                text += " It is now dropped for everyone in this server.";
            } else if (counted.scope() != ReportStore.DIRECT_MESSAGES) {
                int more = ReportStore.MEMBERS_TO_DROP - counted.reports();
                text += " It is dropped for everyone here after " + more + " more " + (more == 1 ? "report" : "reports")
                        + ", or one from a member with Manage Server.";
            }
            return Reply.content("Reported", text)
                    .withFooter("Reports help improve how questions are made.")
                    .withActions(List.of(new ReplyAction.Button(
                            "Next question", QuizIds.next(), ReplyAction.Style.SECONDARY, "/quiz next")));
        }
        if (outcome instanceof ReportOutcome.AlreadyReported) {
            return Reply.content(
                    "Already reported", "You reported this question already, so it isn't asked of you again here.");
        }
        if (outcome instanceof ReportOutcome.Retired) {
            return Reply.content(
                    "Not reported",
                    "This question's fact is no longer in the book (the book was edited), so it won't be asked again.");
        }
        return Reply.problem(Text.markup("This button isn't valid. Nothing was reported." + TRY_NEXT));
    }

    Reply reportsForManagers() {
        return Reply.problem(Text.builder()
                .code("/quiz reports")
                .plain(" is for members with Manage Server. To report a bad question, use the Report button under"
                        + " your answer.")
                .build());
    }

    /** @param inServer whether the list is a server's (else the console's, where nothing is dropped) */
    Reply reportList(List<ReportedQuestion> reported, boolean inServer) {
        String where = inServer ? "in this server" : "here";
        if (reported.isEmpty()) {
            return Reply.content("Reported questions", "No question has been reported " + where + ".")
                    .toAskerOnly();
        }
        List<Text> lines = new ArrayList<>();
        for (ReportedQuestion question : reported.subList(0, Math.min(MAX_REPORT_LINES, reported.size()))) {
            Text.Builder line = Text.builder()
                    .strong(question.reports() + (question.reports() == 1 ? " report" : " reports"))
                    .plain(question.byManagers() > 0 ? " (Manage Server)" : "")
                    .plain(question.dropped() ? " · dropped" : "")
                    .plain(" · " + question.card().section() + " · ")
                    .plain(cut(question.card().prompt()))
                    .plain(" → ")
                    .strong(question.card().answer());
            lines.add(line.build());
        }
        if (reported.size() > MAX_REPORT_LINES) {
            int more = reported.size() - MAX_REPORT_LINES;
            lines.add(Text.plain("…and " + more + " more " + (more == 1 ? "question" : "questions") + "."));
        }
        long dropped = reported.stream().filter(ReportedQuestion::dropped).count();
        return Reply.content(
                        "Reported questions",
                        Text.plain(reported.size() + (reported.size() == 1 ? " question" : " questions") + " reported "
                                        + where + ", " + dropped + " dropped.\n\n")
                                .append(Text.lines(lines)))
                .withFooter("A question is dropped for the server after one report from a member with Manage Server,"
                        + " or " + ReportStore.MEMBERS_TO_DROP + " from others.")
                .toAskerOnly();
    }

    private static String cut(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_PROMPT_LENGTH ? line : line.substring(0, MAX_PROMPT_LENGTH - 1) + "…";
    }

    Reply notOurButton() {
        return Reply.problem(Text.markup("This quiz button is damaged or from an older version of studybot, so"
                + " nothing was counted." + TRY_NEXT));
    }

    Reply notASection(String typed) {
        return Reply.problem(Text.builder()
                .plain("\"" + typed + "\" is not a section number. Give one like ")
                .code("/quiz next section:20.4")
                .plain(", or a chapter with ")
                .code("/quiz next chapter:20")
                .plain(".")
                .build());
    }

    Reply noSuchSection(SectionNumber section) {
        return Reply.problem(Text.builder()
                .plain("The book has no section " + section + ". ")
                .code("/quiz next")
                .plain(" asks from the whole book.")
                .build());
    }

    Reply nothingToAsk(SectionNumber section) {
        return Reply.problem(Text.builder()
                .plain("Section " + section + " has no quiz questions (it states no key" + " fact to ask about). Try ")
                .code("/quiz next chapter:" + section.chapter())
                .plain(".")
                .build());
    }

    Reply sectionOutsideChapter(SectionNumber section, long chapter) {
        return Reply.problem(Text.builder()
                .plain("Section " + section + " is not in chapter " + chapter + ". Give one of the two.")
                .build());
    }

    Reply noSuchChapter(int chapter) {
        return Reply.problem(Text.builder()
                .plain("The book has no chapter " + chapter + ". ")
                .code("/quiz next")
                .plain(" asks from the whole book.")
                .build());
    }

    Reply nothingToAskInChapter(int chapter) {
        return Reply.problem(Text.builder()
                .plain("Chapter " + chapter + " has no quiz questions (it states no key" + " fact to ask about). ")
                .code("/quiz next")
                .plain(" asks from the whole book.")
                .build());
    }

    Reply notAPeriod(String typed) {
        return Reply.problem(Text.builder()
                .plain("\"" + typed + "\" is not a period. Use ")
                .code("/quiz leaderboard period:week")
                .plain(", ")
                .code("period:month")
                .plain(" or ")
                .code("period:all")
                .plain(".")
                .build());
    }

    /** @param place whose answers these are, which the reply names: one server's count, or the member's own */
    Reply stats(QuizStats stats, Place place) {
        if (stats.answered() == 0) {
            return Reply.content(
                            "Your quiz stats",
                            Text.markup("You haven't answered a question " + scopeOf(place) + " yet."
                                    + " `/quiz next` asks one."))
                    .toAskerOnly();
        }
        List<ReplyField> fields = new ArrayList<>(List.of(
                new ReplyField("Answered", String.valueOf(stats.answered())),
                new ReplyField("Accuracy", stats.percent() + "% (" + stats.right() + " right)"),
                new ReplyField("Streak", stats.streakDays() + (stats.streakDays() == 1 ? " day" : " days")),
                new ReplyField("Reviews due today", String.valueOf(stats.dueToday()))));
        List<Text> chapters = stats.byChapter().entrySet().stream()
                .map(entry -> Text.plain("Chapter " + entry.getKey() + ": "
                        + entry.getValue().percent() + "% (" + entry.getValue().right() + " of "
                        + entry.getValue().answered() + ")"))
                .toList();
        Text scope = Text.plain("Your answers " + scopeOf(place) + ".\n\n");
        Text text = chapters.isEmpty()
                ? scope.append(
                        Text.plain("Accuracy per chapter: none of your answered questions is still" + " in the book."))
                : scope.append(Text.plain("Accuracy per chapter:\n")).append(Text.lines(chapters));
        return Reply.content("Your quiz stats", text)
                .withFields(fields)
                .withFooter("Days are counted in "
                        + (stats.zone().equals(ZoneOffset.UTC)
                                ? "UTC"
                                : stats.zone().getId()))
                .toAskerOnly();
    }

    /** @param asker who asked, shown as "you" when named; {@code askerShares} whether they are */
    Reply leaderboard(Leaderboard board, long asker, boolean askerShares) {
        String title = "Quiz leaderboard, " + board.period().label();
        if (board.answers() == 0) {
            return Reply.content(
                    title,
                    Text.markup("No answers " + board.period().label() + " yet. `/quiz next`" + " asks a question."));
        }
        List<Text> lines = new ArrayList<>();
        for (Leaderboard.Row row : board.named()) {
            Text.Builder line = Text.builder().plain("#" + row.place() + " ");
            if (row.member() == asker) {
                line.strong("you");
            } else {
                line.member(row.member());
            }
            lines.add(line.plain(": " + row.right() + " right of " + row.answered())
                    .build());
        }
        if (board.unnamed() > 0) {
            lines.add(Text.plain(
                    board.unnamed() == 1
                            ? "1 member who doesn't share their name also answered."
                            : board.unnamed() + " members who don't share their names also answered."));
        }
        Text text = Text.lines(lines);
        if (!askerShares) {
            text = text.append(Text.markup("\n\nTo be named here, use `/quiz share visible:on`."));
        }
        return Reply.content(title, text)
                .withFooter(board.answers() + (board.answers() == 1 ? " answer" : " answers") + " in all");
    }

    Reply shared(boolean on, boolean changed, boolean inServer) {
        String where = inServer ? " in this server" : " here";
        String text = on
                ? (changed ? "Your name now shows" : "Your name already shows") + where
                        + " in the quiz leaderboard and in /progress group."
                : (changed ? "Your name no longer shows" : "Your name was not shown") + where
                        + ": you are counted there, never named.";
        return Reply.content("Sharing", text).toAskerOnly();
    }

    Reply perServer(String subcommand) {
        return Reply.problem(Text.builder()
                .code("/quiz " + subcommand)
                .plain(" is per server: use it in a channel of a server that has studybot. Your own questions and ")
                .code("/quiz stats")
                .plain(" work here too.")
                .build());
    }

    /** Whose answers count at {@code place}, as a stats reply names them. */
    private static String scopeOf(Place place) {
        return switch (place.kind()) {
            case SERVER -> "in this server";
            case PERSONAL ->
                "in your personal space (studybot's DMs, group DMs and servers without studybot; a server with"
                        + " studybot counts its own)";
            case CONSOLE -> "in the console";
        };
    }

    /** @param nonce what the confirmation button carries: only this prompt's click deletes */
    Reply confirmForget(int answers, String nonce) {
        if (answers == 0) {
            return Reply.content("Forget", "You have no quiz answers here, so there is nothing to delete.")
                    .toAskerOnly();
        }
        return Reply.content(
                        "Forget your quiz answers?",
                        Text.plain("This deletes all " + answers
                                + (answers == 1 ? " answer" : " answers")
                                + " you gave here and your review schedule. It can't"
                                + " be undone."))
                .withActions(List.of(new ReplyAction.Button(
                        "Delete my answers", QuizIds.forget(nonce), ReplyAction.Style.PRIMARY, "")))
                .toAskerOnly();
    }

    Reply forgetNotConfirmed() {
        return Reply.problem(Text.builder()
                .plain("This confirmation isn't valid (used, expired, or not yours), so" + " nothing was deleted. Run ")
                .code("/quiz forget")
                .plain(" to be asked again.")
                .build());
    }

    Reply forgotten(int answers) {
        return Reply.content(
                "Forgotten",
                answers == 0
                        ? "You had no quiz answers here; nothing was deleted."
                        : "Deleted your " + answers + (answers == 1 ? " answer" : " answers")
                                + " and your review schedule here.");
    }

    private static String title(QuestionKind kind) {
        return switch (kind) {
            case FILL_IN_THE_BLANK -> "Fill in the blank";
            case WHICH_SECTION -> "Which section says this?";
        };
    }
}
