package studybot.dailytips;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studybot.i18n.Texts;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;
import studybot.reply.Text;
import studybot.section.SectionActions;
import studybot.tip.Tip;
import studybot.tip.TipReply;

/**
 * The daily post as a reply: the plain study tip, or, with a reading plan running, the group's digest in this order:
 * today's reading (titles, minutes, a button to open each), the tip, the question of the day, and how many finished the
 * last reading. The question's answer buttons come first, on a row of their own right under the message; who answers
 * what is never shown there (each member is answered privately). Worded in the server's language
 * ({@link TipPost#language()}); the book's text stays as it is.
 */
public final class DailyPostReply {

    /** The most "Open" actions a digest offers; a longer reading is listed in full but opened from its first ones. */
    static final int MAX_OPEN_ACTIONS = 10;

    /** The daily post's own texts; immutable, read once. */
    private static final Texts TEXTS = Texts.load("dailytips");

    /** The tip's framing, the same as {@code /tip}'s. */
    private static final Texts TIP_TEXTS = Texts.load("tip");

    private DailyPostReply() {}

    /** @param answerIds names the question's answer buttons, so the quiz's click route answers them */
    public static Reply of(TipPost post, AnswerButtonIds answerIds) {
        Locale language = post.language();
        Optional<Reply> tip =
                post.tip().map(chosen -> TipReply.of(chosen, post.sectionTitle(), TIP_TEXTS, post.language()));
        Optional<ReplyField> question = post.question().map(asked -> questionField(asked, language));
        List<ReplyAction> answers =
                post.question().map(asked -> answerButtons(asked, answerIds)).orElse(List.of());
        if (post.digest().isPresent()) {
            return digest(post, post.digest().get(), tip, question, answers);
        }
        // a post without a digest has its tip (TipPost says so)
        Reply plain = tip.orElseThrow();
        if (question.isEmpty()) {
            return plain;
        }
        return plain.withFields(List.of(question.get())).withActions(afterAnswers(answers, plain.actions()));
    }

    /** The digest; without a tip (a book with none) it has no tip field and no "Read" button for the tip's section. */
    private static Reply digest(
            TipPost post,
            Digest digest,
            Optional<Reply> tip,
            Optional<ReplyField> question,
            List<ReplyAction> answers) {
        List<ReplyField> fields = new ArrayList<>();
        Locale language = post.language();
        tip.ifPresent(shown -> fields.add(new ReplyField(
                TEXTS.text(language, "post.tip"), shown.text().append(Text.plain("\n— " + shown.footer())))));
        question.ifPresent(fields::add);
        if (!digest.previous().isEmpty()) {
            int finished = digest.finishedPrevious();
            fields.add(new ReplyField(
                    TEXTS.text(language, "post.last"),
                    TEXTS.format(
                            language,
                            "post.finished",
                            Map.of("count", finished, "sections", numbers(digest.previous())))));
        }
        List<ReplyAction> open = new ArrayList<>();
        digest.reading().stream()
                .limit(MAX_OPEN_ACTIONS)
                .forEach(section -> open.add(SectionActions.openButton(
                        TEXTS.format(
                                language,
                                "post.open",
                                Map.of("section", section.number().toString())),
                        section.number(),
                        ReplyAction.Style.PRIMARY)));
        post.tip()
                .map(Tip::source)
                .filter(section -> digest.find(section).isEmpty())
                .ifPresent(section -> open.add(SectionActions.openButton(
                        TEXTS.format(language, "post.read", Map.of("section", section.toString())),
                        section,
                        ReplyAction.Style.SECONDARY)));
        return Reply.content(title(digest, language), text(digest, language))
                .withFields(fields)
                .withActions(afterAnswers(answers, open));
    }

    /** The answers first, then {@code others} beginning a row of their own, so no row mixes the two. */
    private static List<ReplyAction> afterAnswers(List<ReplyAction> answers, List<ReplyAction> others) {
        List<ReplyAction> actions = new ArrayList<>(answers);
        for (ReplyAction action : others) {
            boolean firstAfterAnswers = !answers.isEmpty() && actions.size() == answers.size();
            actions.add(
                    firstAfterAnswers && action instanceof ReplyAction.Button button ? button.startingARow() : action);
        }
        return actions;
    }

    /** What is asked, as the book says it (blanked or masked), and how to answer. */
    private static ReplyField questionField(Question question, Locale language) {
        String ask = TEXTS.text(
                language,
                question.kind() == QuestionKind.WHICH_SECTION ? "post.question.section" : "post.question.word");
        return new ReplyField(
                TEXTS.text(language, "post.question"),
                Text.builder()
                        .strong(ask)
                        .plain("\n" + question.prompt() + "\n")
                        .plain(TEXTS.text(language, "post.question.how"))
                        .build());
    }

    /** One button per choice, in the question's order; labels too long for a transport are cut by its renderer. */
    private static List<ReplyAction> answerButtons(Question question, AnswerButtonIds answerIds) {
        return question.choices().stream()
                .map(choice -> (ReplyAction) new ReplyAction.Button(
                        choice, answerIds.answerId(question, choice), ReplyAction.Style.SECONDARY, ""))
                .toList();
    }

    private static String title(Digest digest, Locale language) {
        return digest.reading().isEmpty()
                ? TEXTS.text(language, "post.title.none")
                : TEXTS.format(language, "post.title.today", Map.of("minutes", digest.minutes()));
    }

    private static Text text(Digest digest, Locale language) {
        Text.Builder text = Text.builder();
        for (DigestSection section : digest.reading()) {
            text.strong(section.number().toString())
                    .plain(TEXTS.format(
                                    language,
                                    "post.section",
                                    Map.of("title", section.title(), "minutes", section.minutes()))
                            + "\n");
        }
        if (digest.reading().isEmpty()) {
            digest.nextReadingAt()
                    .ifPresent(at -> text.plain(TEXTS.text(language, "post.next.before"))
                            .day(at)
                            .plain(TEXTS.text(language, "post.next.after") + "\n"));
        }
        text.plain(TEXTS.format(language, "post.left", Map.of("count", digest.sectionsLeft())));
        digest.expectedEndAt()
                .ifPresent(
                        at -> text.plain(TEXTS.text(language, "post.finishing")).day(at));
        return text.plain(TEXTS.text(language, "post.end")).build();
    }

    private static String numbers(List<SectionNumber> sections) {
        return sections.size() <= 3
                ? String.join(", ", sections.stream().map(String::valueOf).toList())
                : sections.get(0) + "–" + sections.get(sections.size() - 1);
    }
}
