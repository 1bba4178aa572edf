package studybot.round;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongPredicate;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.Text;
import studybot.section.command.SectionActions;

/**
 * The wording of {@code /round}: the start, each question, its reveal, the scoreboard, and every refusal. Members are
 * named only if they share their names ({@code /quiz share}); everyone else is counted.
 */
public final class RoundReplies {

    /** How many fastest right answers a reveal names, and how many lines a scoreboard has. */
    private static final int FASTEST = 3;

    private static final int SCOREBOARD_LINES = 10;
    private static final String SHARING_FOOTER =
            "Members are named if they chose /quiz share visible:on; everyone" + " else is counted.";

    private final int silentToEnd;

    /** @param silentToEnd questions in a row without an answer that end a round */
    RoundReplies(int silentToEnd) {
        this.silentToEnd = silentToEnd;
    }

    Reply started(Round round, long starter) {
        Text.Builder text = opening(round, starter)
                .plain(" started a round: ")
                .strong(round.questions() + (round.questions() == 1 ? " question" : " questions"))
                .plain(" from " + round.source() + ", ")
                .strong(round.seconds() + " seconds")
                .plain(" each.\n")
                .plain("Everyone here can play: your first click on a question counts, and only you see it until the"
                        + " answer is revealed. The first question follows in a moment.");
        return Reply.content("Round starting", text.build())
                .withFooter("/round stop ends it (for whoever started it, or Manage Server).");
    }

    Reply question(Round round, Question question, int answered) {
        Instant deadline = round.deadline().orElseThrow();
        List<ReplyAction> choices = new ArrayList<>();
        for (String choice : question.choices()) {
            choices.add(new ReplyAction.Button(
                    choice, RoundIds.answer(round.key(), round.question(), choice), ReplyAction.Style.SECONDARY, ""));
        }
        Text text = Text.builder()
                .plain(question.prompt())
                .plain("\n\nAnswers close ")
                .moment(deadline.getEpochSecond())
                .plain(" (" + round.seconds() + " s). ")
                .plain(answered == 1 ? "1 answered." : answered + " answered.")
                .build();
        return Reply.content(questionTitle(round), text)
                .withFooter("Your first click counts; only you see it until the reveal.")
                .withActions(choices);
    }

    /** The question message after its deadline: the answer, the fact, how many were right and the fastest. */
    Reply reveal(Round round, Question question, List<RoundAnswer> answers, LongPredicate named) {
        List<RoundAnswer> right = answers.stream()
                .filter(RoundAnswer::correct)
                .sorted((a, b) -> a.took().compareTo(b.took()))
                .toList();
        Text.Builder text = Text.builder()
                .plain("The answer: ")
                .strong(question.rightChoice())
                .plain("\n\n")
                .plain(question.fact().text())
                .plain("\n\n");
        if (answers.isEmpty()) {
            text.plain("Nobody answered.");
        } else {
            text.plain(right.size() + " of " + answers.size() + (answers.size() == 1 ? " answer" : " answers")
                    + " right.");
        }
        List<RoundAnswer> namedRight = right.stream()
                .filter(answer -> named.test(answer.memberId()) || round.place().isConsole())
                .toList();
        if (!namedRight.isEmpty()) {
            text.plain(" Fastest: ");
            List<RoundAnswer> fastest = namedRight.subList(0, Math.min(FASTEST, namedRight.size()));
            for (int i = 0; i < fastest.size(); i++) {
                name(text.plain(i == 0 ? "" : ", "), round, fastest.get(i).memberId())
                        .plain(" (" + seconds(fastest.get(i).took()) + ")");
            }
            text.plain(".");
        }
        int unnamed = right.size() - namedRight.size();
        if (unnamed > 0 && !namedRight.isEmpty()) {
            text.plain(" " + unnamed + " more right from "
                    + (unnamed == 1 ? "a member who doesn't" : "members who don't") + " share their names.");
        }
        SectionNumber section = question.fact().section();
        return Reply.content(questionTitle(round) + " · revealed", text.build())
                .withFooter("From section " + section + ". " + SHARING_FOOTER)
                .withActions(List.of(SectionActions.openButton("Read " + section, section, ReplyAction.Style.PRIMARY)));
    }

    /** The reveal of a question whose card left the book (reloaded mid-round): nothing to show but that. */
    Reply retiredReveal(Round round) {
        return Reply.content(
                questionTitle(round) + " · closed",
                Text.plain("This question's fact left the book when"
                        + " it was reloaded, so the question is closed and its answers don't score."));
    }

    Reply scoreboard(Round round, Scoreboard board, LongPredicate named) {
        EndReason reason = round.endReason().orElse(EndReason.FINISHED);
        Text.Builder text = Text.builder();
        switch (reason) {
            case FINISHED -> text.plain("All " + round.questions() + " questions asked.");
            case SILENT ->
                text.plain("Nobody answered " + silentToEnd + " questions in a row, so the round ends here.");
            case STOPPED ->
                name(text.plain("Stopped by "), round, round.stoppedBy().orElse(round.starterId()))
                        .plain(".");
            case RESTART ->
                text.plain("studybot restarted during this round and was away too long to carry on, so"
                        + " the round ends here. The answers given before the restart are kept and counted.");
            case FAILED -> text.plain("studybot could no longer post in this channel, so the round ends here.");
        }
        text.plain("\n\n");
        if (board.scores().isEmpty()) {
            text.plain("Nobody answered, so nobody scored.");
        }
        List<Scoreboard.Score> shown = board.scores()
                .subList(0, Math.min(SCOREBOARD_LINES, board.scores().size()));
        for (int i = 0; i < shown.size(); i++) {
            Scoreboard.Score score = shown.get(i);
            text.plain((i + 1) + ". ");
            if (named.test(score.memberId()) || round.place().isConsole()) {
                name(text, round, score.memberId());
            } else {
                text.plain("a member who doesn't share their name");
            }
            text.plain(" — ")
                    .strong(points(score.points()))
                    .plain(score.points() > 0 ? " (" + seconds(score.time()) + ")\n" : "\n");
        }
        if (board.scores().size() > shown.size()) {
            text.plain("…and " + (board.scores().size() - shown.size()) + " more.\n");
        }
        return Reply.content("Round over: scoreboard", text.build())
                .withFooter("A point per right answer; ties go to less time. Each answer also counts as a /quiz"
                        + " review. " + SHARING_FOOTER);
    }

    /** Posted when a round carries on after a restart. */
    Reply resumed(Round round) {
        return Reply.content(
                "Round resumed",
                Text.plain("studybot restarted during this round; it carries on from" + " question "
                        + (round.question() + 1) + " of " + round.questions() + "."));
    }

    Reply stopping(Round round, long by) {
        return Reply.content(
                "Round stopping",
                opening(round, by)
                        .plain(" stopped the round: the open question is revealed and the scoreboard follows.")
                        .build());
    }

    Reply lockedIn(Question question, int chosen, Round round) {
        return Reply.content(
                "Answer locked in",
                Text.builder()
                        .plain("You picked ")
                        .strong(question.choices().get(chosen))
                        .plain(". The answer is revealed ")
                        .moment(round.deadline().orElseThrow().getEpochSecond())
                        .plain(".")
                        .build());
    }

    Reply alreadyAnswered(Question question, RoundAnswer first) {
        String choice =
                first.choice() < question.choices().size() ? question.choices().get(first.choice()) : "?";
        return Reply.problem(Text.builder()
                .plain("Only your first answer counts, and you picked ")
                .strong(choice)
                .plain(". This click changed nothing.")
                .build());
    }

    Reply tooLate(Round round, int question) {
        if (question < round.question() || round.deadline().isEmpty()) {
            return Reply.problem("Time's up for question " + (question + 1) + ": answers count only until its"
                    + " deadline. Wait for the next question.");
        }
        return Reply.problem(Text.builder()
                .plain("Time's up: answers to this question closed ")
                .moment(round.deadline().get().getEpochSecond())
                .plain(", so this click changed nothing.")
                .build());
    }

    Reply roundOver() {
        return Reply.problem(
                Text.markup("This round is over, so answers no longer count. `/round start` begins a new" + " one."));
    }

    Reply notARoundHere() {
        return Reply.problem(Text.markup("This button belongs to no round of this channel (it may be from another"
                + " channel or an older studybot), so nothing was counted. `/round start` begins one."));
    }

    public Reply damagedButton() {
        return Reply.problem(Text.markup(
                "This round button is damaged or from an older version of studybot, so" + " nothing was counted."));
    }

    Reply questionChanged() {
        return Reply.problem("This question changed when the book was reloaded, so its buttons no longer match and"
                + " your answer was not counted.");
    }

    Reply inDirectMessages() {
        return Reply.problem(Text.markup("Rounds are played together in a server channel, not in direct messages."
                + " Use `/round start` in a channel of your server."));
    }

    Reply runningHere() {
        return Reply.problem(Text.markup("A round is running here. Join it with the buttons under its question, or"
                + " wait for its scoreboard; `/round stop` ends it (for whoever started it, or Manage Server)."));
    }

    Reply serverFull(int running) {
        return Reply.problem("This server has " + running + " rounds running, the most it may run at once. Try again"
                + " when one of them ends.");
    }

    Reply coolingDown(Instant until) {
        return Reply.problem(Text.builder()
                .plain("A round just ended in this channel. The next one can start ")
                .moment(until.getEpochSecond())
                .plain(".")
                .build());
    }

    Reply managersOnly() {
        return Reply.problem("In this server only members with the Manage Server permission can start rounds.");
    }

    Reply notInThisChannel(Set<Long> allowed) {
        Text.Builder text = Text.builder().plain("This server has rounds only in ");
        channels(text, allowed);
        return Reply.problem(text.plain(". Start one there.").build());
    }

    Reply limitsForManagers() {
        return Reply.problem(Text.markup("Only members with the Manage Server permission can use `/round limit`."));
    }

    Reply limitsNeedAServer() {
        return Reply.problem(Text.markup("`/round limit` is for a Discord server's rounds; in the console you start"
                + " every round yourself."));
    }

    Reply limits(RoundAccess access) {
        Text.Builder text = Text.builder()
                .plain("Rounds here are started by ")
                .plain(access.managersOnly() ? "members with Manage Server only" : "anyone")
                .plain(", ");
        if (access.channels().isEmpty()) {
            text.plain("in any channel.");
        } else {
            channels(text.plain("only in "), access.channels()).plain(".");
        }
        return Reply.content("Round limits", text.build())
                .toAskerOnly()
                .withFooter("/round limit managers:… channel:… everywhere:true changes them.");
    }

    private static Text.Builder channels(Text.Builder text, Set<Long> channels) {
        List<Long> sorted = channels.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            text.plain(i == 0 ? "" : ", ").channel(sorted.get(i));
        }
        return text;
    }

    Reply noRoundHere() {
        return Reply.problem(Text.markup("No round is running in this channel. `/round start` begins one."));
    }

    Reply notYours(long starter) {
        return Reply.problem(Text.builder()
                .plain("Only ")
                .member(starter)
                .plain(", who started this round, or a member with Manage Server can stop it.")
                .build());
    }

    public Reply notASection(String typed) {
        return Reply.problem(Text.builder()
                .plain("\"" + typed + "\" is not a section number. Give one like ")
                .code("/round start section:20.4")
                .plain(", or a chapter with ")
                .code("/round start chapter:20")
                .plain(".")
                .build());
    }

    public Reply noSuchSection(SectionNumber section) {
        return Reply.problem(Text.builder()
                .plain("The book has no section " + section + ". ")
                .code("/round start")
                .plain(" without a section asks from the reading plan or the whole book.")
                .build());
    }

    public Reply noSuchChapter(int chapter) {
        return Reply.problem(Text.builder()
                .plain("The book has no chapter " + chapter + ". ")
                .code("/round start")
                .plain(" without a chapter asks from the reading plan or the whole book.")
                .build());
    }

    public Reply bothSectionAndChapter() {
        return Reply.problem("Give a section or a chapter, not both.");
    }

    Reply nothingToAsk(String where) {
        return Reply.problem("There are no quiz questions in " + where + " (it states no key fact to ask about).");
    }

    /** A member as Discord shows them; in the console, whose one member is the person typing, "you". */
    private static Text.Builder name(Text.Builder text, Round round, long member) {
        return round.place().isConsole() ? text.plain("you") : text.member(member);
    }

    /** A member opening a sentence. */
    private static Text.Builder opening(Round round, long member) {
        return round.place().isConsole()
                ? Text.builder().plain("You")
                : Text.builder().member(member);
    }

    private static String questionTitle(Round round) {
        return "Question " + (round.question() + 1) + " of " + round.questions();
    }

    private static String points(int points) {
        return points == 1 ? "1 point" : points + " points";
    }

    private static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }
}
