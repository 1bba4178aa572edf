package studybot.dailytips;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;
import studybot.reply.Text;
import studybot.section.command.SectionActions;
import studybot.tip.Tip;
import studybot.tip.command.TipCommand;

/**
 * The daily post as a reply: the plain study tip, or, with a reading plan running, the group's digest in this order:
 * today's reading (titles, minutes, a button to open each), the tip, the question of the day, and how many finished the
 * last reading. The question's answer buttons come first, on a row of their own right under the message; who answers
 * what is never shown there (each member is answered privately).
 */
public final class DailyPostReply {

    /** The most "Open" actions a digest offers; a longer reading is listed in full but opened from its first ones. */
    static final int MAX_OPEN_ACTIONS = 10;

    static final String QUESTION_FIELD = "Question of the day";

    private DailyPostReply() {}

    /** @param answerIds names the question's answer buttons, so the quiz's click route answers them */
    public static Reply of(TipPost post, AnswerButtonIds answerIds) {
        Reply tip = TipCommand.reply(
                new Tip(post.tipId(), post.text(), post.section()),
                post.sectionTitle(),
                Texts.load("tip"),
                Languages.ENGLISH);
        Optional<ReplyField> question = post.question().map(DailyPostReply::questionField);
        List<ReplyAction> answers =
                post.question().map(asked -> answerButtons(asked, answerIds)).orElse(List.of());
        if (post.digest().isPresent()) {
            return digest(post, post.digest().get(), tip, question, answers);
        }
        if (question.isEmpty()) {
            return tip;
        }
        return tip.withFields(List.of(question.get())).withActions(afterAnswers(answers, tip.actions()));
    }

    private static Reply digest(
            TipPost post, Digest digest, Reply tip, Optional<ReplyField> question, List<ReplyAction> answers) {
        List<ReplyField> fields = new ArrayList<>();
        fields.add(new ReplyField("Study tip", tip.text().append(Text.plain("\n— " + tip.footer()))));
        question.ifPresent(fields::add);
        if (!digest.previous().isEmpty()) {
            int finished = digest.finishedPrevious();
            fields.add(new ReplyField(
                    "Last reading",
                    (finished == 1 ? "1 member" : finished + " members") + " finished the last reading ("
                            + numbers(digest.previous()) + ")."));
        }
        List<ReplyAction> open = new ArrayList<>();
        digest.reading().stream()
                .limit(MAX_OPEN_ACTIONS)
                .forEach(section -> open.add(SectionActions.openButton(
                        "Open " + section.number(), section.number(), ReplyAction.Style.PRIMARY)));
        if (digest.find(post.section()).isEmpty()) {
            open.add(SectionActions.openButton("Read " + post.section(), post.section(), ReplyAction.Style.SECONDARY));
        }
        return Reply.content(title(digest), text(digest)).withFields(fields).withActions(afterAnswers(answers, open));
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
    private static ReplyField questionField(Question question) {
        String ask = question.kind() == QuestionKind.WHICH_SECTION
                ? "Which section says this?"
                : "Which word fills the blank?";
        return new ReplyField(
                QUESTION_FIELD,
                Text.builder()
                        .strong(ask)
                        .plain("\n" + question.prompt() + "\n")
                        .plain("Answer with a button: only you see your result, and your first answer counts.")
                        .build());
    }

    /** One button per choice, in the question's order; labels too long for a transport are cut by its renderer. */
    private static List<ReplyAction> answerButtons(Question question, AnswerButtonIds answerIds) {
        return question.choices().stream()
                .map(choice -> (ReplyAction) new ReplyAction.Button(
                        choice, answerIds.answerId(question, choice), ReplyAction.Style.SECONDARY, ""))
                .toList();
    }

    private static String title(Digest digest) {
        return digest.reading().isEmpty() ? "No reading today" : "Today's reading · about " + digest.minutes() + " min";
    }

    private static Text text(Digest digest) {
        Text.Builder text = Text.builder();
        for (DigestSection section : digest.reading()) {
            text.strong(section.number().toString())
                    .plain(" " + section.title() + " · " + section.minutes() + " min\n");
        }
        if (digest.reading().isEmpty()) {
            digest.nextReadingAt()
                    .ifPresent(
                            at -> text.plain("The next reading is on ").day(at).plain(".\n"));
        }
        text.plain(digest.sectionsLeft() == 1 ? "1 section left" : digest.sectionsLeft() + " sections left");
        digest.expectedEndAt().ifPresent(at -> text.plain(", finishing ").day(at));
        return text.plain(".").build();
    }

    private static String numbers(List<SectionNumber> sections) {
        return sections.size() <= 3
                ? String.join(", ", sections.stream().map(String::valueOf).toList())
                : sections.get(0) + "–" + sections.get(sections.size() - 1);
    }
}
