package studybot.remind.command;

import java.util.List;
import java.util.Objects;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.ClickCall;
import studybot.command.ClickRoute;
import studybot.command.Place;
import studybot.command.Scope;
import studybot.remind.ReminderIds;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;

/**
 * The quiz, answered from a reminder DM but counted in the place the reminder is for: a DM is the member's personal
 * place, yet a reminder set in a server counts that server's reviews. The quiz's own click route answers, as if the
 * click came from that place, and every button of its answer under the route's prefix ({@code quiz:}) is rewritten to
 * carry the place ({@link ReminderIds#quiz}), so the next answer counts there too.
 */
final class QuizInPlace {

    private final ClickRoute quiz;
    private final BooksByPlace books;

    /** @param quiz the quiz's click route: its handler answers, its prefix names the quiz's buttons */
    QuizInPlace(ClickRoute quiz, BooksByPlace books) {
        this.quiz = Objects.requireNonNull(quiz, "quiz");
        this.books = Objects.requireNonNull(books, "books");
    }

    /**
     * The quiz's answer to {@code quizArgs} (its id after {@code quiz:}) clicked by {@code click}'s member, at
     * {@code place}.
     */
    Reply click(ClickCall click, Place place, List<String> quizArgs) {
        Asker member = click.asker();
        Asker there = new Asker(
                member.userId(),
                member.displayName(),
                place,
                member.channelId(),
                place.isServer() ? Asker.Where.SERVER_CHANNEL : member.where(),
                false,
                member.userLocale(),
                member.serverLocale(),
                member.interaction(),
                member.parentChannelId());
        ClickCall call = new ClickCall(
                there,
                quiz.prefix() + ":" + String.join(":", quizArgs),
                quizArgs,
                click.values(),
                new Scope(place, () -> books.at(place).get()),
                click.message());
        Reply answer = quiz.handler().click(call);
        return answer.withActions(
                answer.actions().stream().map(action -> inPlace(action, place)).toList());
    }

    private ReplyAction inPlace(ReplyAction action, Place place) {
        String quizPrefix = quiz.prefix() + ":";
        if (action instanceof ReplyAction.Button button && button.id().startsWith(quizPrefix)) {
            return new ReplyAction.Button(
                    button.label(),
                    ReminderIds.quiz(place, button.id().substring(quizPrefix.length())),
                    button.style(),
                    button.typed(),
                    button.startsRow());
        }
        return action;
    }
}
