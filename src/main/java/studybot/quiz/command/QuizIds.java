package studybot.quiz.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import studybot.quiz.Question;
import studybot.quiz.learning.AnswerId;

/**
 * The component ids {@code /quiz} owns, all under the prefix {@code quiz}. They are the only state: an answer button
 * carries the card and the choice, {@code quiz:a:<cardId>:<choiceId>:<asked>}, where {@code asked} is when the question
 * was made, in epoch seconds base 36 (the console has no message to tell it; on Discord the message's own time is
 * used). The daily post's question of the day uses the same id without {@code asked}. At most 42 characters, well under
 * Discord's 100. The "Report" button on the answer feedback carries the card, {@code quiz:r:<cardId>}.
 */
public final class QuizIds {

    public static final String PREFIX = "quiz";
    static final String ANSWER = "a";
    static final String NEXT = "next";
    static final String FORGET = "forget";
    static final String REPORT = "r";

    private static final Pattern CARD = Pattern.compile("[a-z][0-9a-f]{16}");
    private static final Pattern CHOICE = Pattern.compile("[0-9a-f]{8}");
    private static final Pattern ASKED = Pattern.compile("[0-9a-z]{1,8}");

    private QuizIds() {}

    /** The button for one choice of a question asked at {@code asked}. */
    public static String answer(Question question, String choice, Instant asked) {
        return answer(question, choice) + ":" + Long.toString(asked.getEpochSecond(), Character.MAX_RADIX);
    }

    /** The button for one choice of a question whose message tells when it was asked (the daily post). */
    public static String answer(Question question, String choice) {
        return PREFIX + ":" + ANSWER + ":" + question.cardId() + ":" + Question.choiceId(choice);
    }

    static String next() {
        return PREFIX + ":" + NEXT;
    }

    /** The forget confirmation, carrying the nonce its prompt issued ({@link studybot.command.ConfirmationNonces}). */
    static String forget(String nonce) {
        return PREFIX + ":" + FORGET + ":" + nonce;
    }

    /** The report button of a question's answer feedback. */
    static String report(Question question) {
        return PREFIX + ":" + REPORT + ":" + question.cardId();
    }

    /** Whether an id's arguments (after {@code quiz:}) are meant as a report, well formed or not. */
    static boolean isReport(List<String> args) {
        return !args.isEmpty() && args.get(0).equals(REPORT);
    }

    /** The card a report id's arguments (after {@code quiz:r:}) name; empty for ids studybot never made. */
    static Optional<String> parseReport(List<String> args) {
        return args.size() == 2 && isReport(args) && CARD.matcher(args.get(1)).matches()
                ? Optional.of(args.get(1))
                : Optional.empty();
    }

    /** The answer an id's arguments (after {@code quiz:a:}) name; empty for ids studybot never made. */
    static Optional<AnswerId> parseAnswer(List<String> args) {
        if (args.size() < 3
                || args.size() > 4
                || !args.get(0).equals(ANSWER)
                || !CARD.matcher(args.get(1)).matches()
                || !CHOICE.matcher(args.get(2)).matches()) {
            return Optional.empty();
        }
        if (args.size() == 3) {
            return Optional.of(new AnswerId(args.get(1), args.get(2), Optional.empty()));
        }
        if (!ASKED.matcher(args.get(3)).matches()) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(args.get(3), Character.MAX_RADIX);
        return Optional.of(new AnswerId(args.get(1), args.get(2), Optional.of(Instant.ofEpochSecond(seconds))));
    }
}
