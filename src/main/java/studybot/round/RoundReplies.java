package studybot.round;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.BookExample;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.Text;
import studybot.reply.UserEcho;
import studybot.section.SectionActions;

/**
 * The wording of {@code /round}: the start, each question, its reveal, the scoreboard, and every refusal, in the
 * language each is for (a round's messages in the place's, refusals and verdicts in the member's). Members are named
 * only if they share their names ({@code /quiz share}); everyone else is counted.
 */
public final class RoundReplies {

    /** How many fastest right answers a reveal names, and how many lines a scoreboard has. */
    private static final int FASTEST = 3;

    private static final int SCOREBOARD_LINES = 10;

    private final int silentToEnd;
    private final Texts texts;

    /**
     * @param silentToEnd questions in a row without an answer that end a round
     * @param texts the {@code round} bundle
     */
    RoundReplies(int silentToEnd, Texts texts) {
        this.silentToEnd = silentToEnd;
        this.texts = texts;
    }

    /** Where the cards come from, in English as the store and the log keep it. */
    String sourceForTheStore(RoundSource source) {
        return texts.format(Languages.ENGLISH, source.key(), source.arguments());
    }

    Reply started(Round round, long starter, RoundSource source, Locale place) {
        Text text = texts.markup(
                place,
                "started",
                Map.of(
                        "console",
                        console(round),
                        "questions",
                        round.questions(),
                        "source",
                        texts.format(place, source.key(), source.arguments()),
                        "seconds",
                        round.seconds()),
                Map.of("starter", Text.builder().member(starter).build()));
        return Reply.content(texts.text(place, "started.title"), text).withFooter(texts.text(place, "started.footer"));
    }

    Reply question(Round round, Question question, int answered, Locale place) {
        Instant deadline = round.deadline().orElseThrow();
        List<ReplyAction> choices = new ArrayList<>();
        for (String choice : question.choices()) {
            choices.add(new ReplyAction.Button(
                    choice, RoundIds.answer(round.key(), round.question(), choice), ReplyAction.Style.SECONDARY, ""));
        }
        Text text = Text.builder()
                .strong(texts.text(place, kindKey(question.kind())))
                .plain("\n" + question.prompt())
                .append(texts.markup(
                        place,
                        "question",
                        Map.of("seconds", round.seconds(), "answered", answered),
                        Map.of("deadline", moment(deadline))))
                .build();
        return Reply.content(questionTitle(round, "question.title", place), text)
                .withFooter(texts.text(place, "question.footer"))
                .withActions(choices);
    }

    /** The question message after its deadline: the answer, the fact, how many were right and the fastest. */
    Reply reveal(Round round, Question question, List<RoundAnswer> answers, LongPredicate named, Locale place) {
        List<RoundAnswer> right = answers.stream()
                .filter(RoundAnswer::correct)
                .sorted((a, b) -> a.took().compareTo(b.took()))
                .toList();
        Text.Builder text = Text.builder().append(answerAndFact(question, place));
        if (answers.isEmpty()) {
            text.markup(texts.text(place, "reveal.nobody"));
        } else {
            text.markup(texts.format(place, "reveal.right", Map.of("right", right.size(), "answers", answers.size())));
        }
        List<RoundAnswer> namedRight = right.stream()
                .filter(answer -> named.test(answer.memberId()) || round.place().isConsole())
                .toList();
        if (!namedRight.isEmpty()) {
            List<RoundAnswer> fastest = namedRight.subList(0, Math.min(FASTEST, namedRight.size()));
            Text.Builder names = Text.builder();
            for (int i = 0; i < fastest.size(); i++) {
                name(names.plain(i == 0 ? "" : ", "), round, fastest.get(i).memberId(), place)
                        .plain(" (" + seconds(fastest.get(i).took(), place) + ")");
            }
            text.append(texts.markup(place, "reveal.fastest", Map.of(), Map.of("names", names.build())));
        }
        int unnamed = right.size() - namedRight.size();
        if (unnamed > 0 && !namedRight.isEmpty()) {
            text.markup(texts.format(place, "reveal.unnamed", Map.of("count", unnamed)));
        }
        return revealed(round, question, text.build(), place);
    }

    private Text answerAndFact(Question question, Locale place) {
        return texts.markup(
                place,
                "reveal.answer",
                Map.of(),
                Map.of(
                        "answer",
                        Text.builder().strong(question.rightChoice()).build(),
                        "fact",
                        Text.plain(question.fact().text())));
    }

    /** A question's message once revealed: {@code text}, the section it is from, and a button to read it. */
    private Reply revealed(Round round, Question question, Text text, Locale place) {
        SectionNumber section = question.fact().section();
        return Reply.content(questionTitle(round, "reveal.title", place), text)
                .withFooter(texts.format(place, "reveal.footer", Map.of("section", section.toString())))
                .withActions(List.of(SectionActions.openButton(
                        texts.format(place, "reveal.read", Map.of("section", section.toString())),
                        section,
                        ReplyAction.Style.PRIMARY)));
    }

    /**
     * The reveal of a question dropped after reports while it was open: the answer and the fact as usual, and that no
     * answer to it counts, instead of who was right.
     */
    Reply droppedReveal(Round round, Question question, Locale place) {
        Text text = Text.builder()
                .append(answerAndFact(question, place))
                .markup(texts.text(place, "reveal.dropped"))
                .build();
        return revealed(round, question, text, place);
    }

    /** The reveal of a question whose card left the book (reloaded mid-round): nothing to show but that. */
    Reply retiredReveal(Round round, Locale place) {
        return Reply.content(questionTitle(round, "retired.title", place), Text.plain(texts.text(place, "retired")));
    }

    Reply scoreboard(Round round, Scoreboard board, LongPredicate named, Locale place) {
        EndReason reason = round.endReason().orElse(EndReason.FINISHED);
        Text.Builder text = Text.builder();
        switch (reason) {
            case FINISHED -> text.markup(texts.format(place, "end.finished", Map.of("count", round.questions())));
            case SILENT -> text.markup(texts.format(place, "end.silent", Map.of("count", silentToEnd)));
            case STOPPED ->
                text.append(texts.markup(
                        place,
                        "end.stopped",
                        Map.of("console", console(round)),
                        Map.of(
                                "name",
                                Text.builder()
                                        .member(round.stoppedBy().orElse(round.starterId()))
                                        .build())));
            case RESTART -> text.markup(texts.text(place, "end.restart"));
            case FAILED -> text.markup(texts.text(place, "end.failed"));
            case BOOK_CHANGED -> text.markup(texts.text(place, "end.bookChanged"));
        }
        text.plain("\n\n");
        if (board.scores().isEmpty()) {
            text.markup(texts.text(place, "scoreboard.nobody"));
        }
        List<Scoreboard.Score> shown = board.scores()
                .subList(0, Math.min(SCOREBOARD_LINES, board.scores().size()));
        for (int i = 0; i < shown.size(); i++) {
            Scoreboard.Score score = shown.get(i);
            Text.Builder name = Text.builder();
            if (named.test(score.memberId()) || round.place().isConsole()) {
                name(name, round, score.memberId(), place);
            } else {
                name.plain(texts.text(place, "scoreboard.unnamed"));
            }
            text.append(texts.markup(
                            place,
                            "scoreboard.line",
                            Map.of("rank", i + 1),
                            Map.of(
                                    "name",
                                    name.build(),
                                    "points",
                                    Text.builder()
                                            .strong(texts.format(
                                                    place, "scoreboard.points", Map.of("points", score.points())))
                                            .build())))
                    .plain(score.points() > 0 ? " (" + seconds(score.time(), place) + ")\n" : "\n");
        }
        if (board.scores().size() > shown.size()) {
            text.markup(texts.format(
                            place,
                            "scoreboard.more",
                            Map.of("count", board.scores().size() - shown.size())) + "\n");
        }
        return Reply.content(texts.text(place, "scoreboard.title"), text.build())
                .withFooter(texts.text(place, "scoreboard.footer"));
    }

    /** To the starter of a round that ended before its first question reached the channel. */
    Reply notStarted(boolean refused, Locale place) {
        return Reply.problem(Text.markup(texts.text(place, refused ? "notStarted.refused" : "notStarted.failed")));
    }

    /** Posted when a round carries on after a restart. */
    Reply resumed(Round round, Locale place) {
        return Reply.content(
                texts.text(place, "resumed.title"),
                Text.plain(texts.format(
                        place, "resumed", Map.of("number", round.question() + 1, "count", round.questions()))));
    }

    Reply stopping(Round round, long by, Locale place) {
        return Reply.content(
                texts.text(place, "stopping.title"),
                texts.markup(
                        place,
                        "stopping",
                        Map.of("console", console(round)),
                        Map.of("name", Text.builder().member(by).build())));
    }

    Reply lockedIn(Question question, int chosen, Round round, Locale member) {
        return Reply.content(
                texts.text(member, "lockedIn.title"),
                texts.markup(
                        member,
                        "lockedIn",
                        Map.of(),
                        Map.of(
                                "choice",
                                Text.builder()
                                        .strong(question.choices().get(chosen))
                                        .build(),
                                "deadline",
                                moment(round.deadline().orElseThrow()))));
    }

    Reply alreadyAnswered(Question question, RoundAnswer first, Locale member) {
        String choice =
                first.choice() < question.choices().size() ? question.choices().get(first.choice()) : "?";
        return Reply.problem(texts.markup(
                member,
                "alreadyAnswered",
                Map.of(),
                Map.of("choice", Text.builder().strong(choice).build())));
    }

    Reply tooLate(Round round, int question, Locale member) {
        if (question < round.question() || round.deadline().isEmpty()) {
            return Reply.problem(texts.format(member, "tooLate.earlier", Map.of("number", question + 1)));
        }
        return Reply.problem(texts.markup(
                member,
                "tooLate",
                Map.of(),
                Map.of("deadline", moment(round.deadline().get()))));
    }

    Reply roundOver(Locale member) {
        return problem(member, "roundOver");
    }

    Reply notARoundHere(Locale member) {
        return problem(member, "notARound");
    }

    public Reply damagedButton(Locale member) {
        return problem(member, "damaged");
    }

    Reply droppedQuestion(Locale member) {
        return problem(member, "dropped");
    }

    Reply questionChanged(Locale member) {
        return problem(member, "questionChanged");
    }

    Reply inDirectMessages(Locale member) {
        return problem(member, "directMessages");
    }

    Reply runningHere(Locale member) {
        return problem(member, "runningHere");
    }

    Reply serverFull(int running, Locale member) {
        return Reply.problem(texts.format(member, "serverFull", Map.of("running", running)));
    }

    Reply coolingDown(Instant until, Locale member) {
        return Reply.problem(texts.markup(member, "coolingDown", Map.of(), Map.of("until", moment(until))));
    }

    Reply managersOnly(Locale member) {
        return problem(member, "managersOnly");
    }

    Reply notInThisChannel(Set<Long> allowed, Locale member) {
        return Reply.problem(texts.markup(member, "notInChannel", Map.of(), Map.of("channels", channels(allowed))));
    }

    Reply limitsForManagers(Locale member) {
        return problem(member, "limitsForManagers");
    }

    Reply limitsNeedAServer(Locale member) {
        return problem(member, "limitsNeedAServer");
    }

    Reply limits(RoundAccess access, Locale member) {
        Text text = texts.markup(
                member,
                "limits",
                Map.of(
                        "managersOnly",
                        String.valueOf(access.managersOnly()),
                        "anywhere",
                        String.valueOf(access.channels().isEmpty())),
                Map.of("channels", channels(access.channels())));
        return Reply.content(texts.text(member, "limits.title"), text)
                .toAskerOnly()
                .withFooter(texts.text(member, "limits.footer"));
    }

    private static Text channels(Set<Long> channels) {
        Text.Builder text = Text.builder();
        List<Long> sorted = channels.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            text.plain(i == 0 ? "" : ", ").channel(sorted.get(i));
        }
        return text.build();
    }

    Reply noRoundHere(Locale member) {
        return problem(member, "noRound");
    }

    Reply notYours(long starter, Locale member) {
        return Reply.problem(texts.markup(
                member,
                "notYours",
                Map.of(),
                Map.of("starter", Text.builder().member(starter).build())));
    }

    /** {@code typed} is no section number: says how to give one, with {@code example} from the round's book. */
    public Reply notASection(String typed, BookExample example, Locale member) {
        return Reply.problem(Text.markup(
                texts.format(member, "notASection", example.with(Map.of("typed", UserEcho.literal(typed))))));
    }

    public Reply noSuchSection(SectionNumber section, Locale member) {
        return Reply.problem(Text.markup(texts.format(member, "noSection", Map.of("section", section.toString()))));
    }

    public Reply noSuchChapter(int chapter, Locale member) {
        return Reply.problem(
                Text.markup(texts.format(member, "noChapter", Map.of("chapter", String.valueOf(chapter)))));
    }

    public Reply bothSectionAndChapter(Locale member) {
        return problem(member, "both");
    }

    /** {@code /round limit} asked to allow one channel and every channel at once. */
    Reply channelAndEverywhere(Locale member) {
        return problem(member, "limits.both");
    }

    /**
     * @param where the text naming where nothing was found ({@code where.section}, {@code where.chapter},
     *     {@code where.book}) and its arguments; a section or chapter may have cards, but only "which section says
     *     this?" ones whose answer the limit gives away
     */
    Reply nothingToAsk(RoundSource where, Locale member) {
        String key = where.key().equals("where.book") ? "nothing" : "nothing.limited";
        return Reply.problem(
                texts.format(member, key, Map.of("where", texts.format(member, where.key(), where.arguments()))));
    }

    private Reply problem(Locale member, String key) {
        return Reply.problem(Text.markup(texts.text(member, key)));
    }

    /** A member as Discord shows them; in the console, whose one member is the person typing, "you". */
    private Text.Builder name(Text.Builder text, Round round, long member, Locale place) {
        return round.place().isConsole() ? text.plain(texts.text(place, "you")) : text.member(member);
    }

    /** Whether the round is in the console, where "you" stands for its one member, for a text's select. */
    private static String console(Round round) {
        return String.valueOf(round.place().isConsole());
    }

    private String questionTitle(Round round, String key, Locale place) {
        return texts.format(place, key, Map.of("number", round.question() + 1, "count", round.questions()));
    }

    /** What a question asks, as {@code /quiz next} says it, so a round's member knows what the choices are. */
    private static String kindKey(QuestionKind kind) {
        return switch (kind) {
            case FILL_IN_THE_BLANK -> "kind.fillIn";
            case WHICH_SECTION -> "kind.whichSection";
        };
    }

    private String seconds(Duration took, Locale place) {
        return texts.format(place, "seconds", Map.of("seconds", took.toMillis() / 1000.0));
    }

    private static Text moment(Instant when) {
        return Text.builder().moment(when.getEpochSecond()).build();
    }
}
