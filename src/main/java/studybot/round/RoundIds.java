package studybot.round;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import studybot.quiz.Question;

/**
 * The component ids {@code /round} owns, under the prefix {@code round}. An answer button carries everything it needs,
 * {@code round:a:<started>:<question>:<choiceId>}: the round's start in epoch milliseconds base 36 (the channel comes
 * from the click), the question from 0, and the choice's id (so a reloaded book can't shift which choice a button
 * means). At most 31 characters. Anything else, or values out of range, is not ours.
 */
public final class RoundIds {

    public static final String PREFIX = "round";
    private static final String ANSWER = "a";
    private static final Pattern STARTED = Pattern.compile("[0-9a-z]{1,10}");
    private static final Pattern QUESTION = Pattern.compile("0|[1-9][0-9]?");
    private static final Pattern CHOICE = Pattern.compile("[0-9a-f]{8}");

    /** A parsed answer button. */
    public record AnswerId(Instant started, int question, String choiceId) {}

    private RoundIds() {}

    static String answer(RoundKey key, int question, String choice) {
        return PREFIX + ":" + ANSWER + ":" + key.startedId() + ":" + question + ":" + Question.choiceId(choice);
    }

    /** The answer an id's arguments (after {@code round:}) name; empty for ids studybot never made. */
    public static Optional<AnswerId> parseAnswer(List<String> args) {
        if (args.size() != 4
                || !args.get(0).equals(ANSWER)
                || !STARTED.matcher(args.get(1)).matches()
                || !QUESTION.matcher(args.get(2)).matches()
                || !CHOICE.matcher(args.get(3)).matches()) {
            return Optional.empty();
        }
        int question = Integer.parseInt(args.get(2));
        if (question >= RoundRules.MAX_QUESTIONS) {
            return Optional.empty();
        }
        long started = Long.parseLong(args.get(1), Character.MAX_RADIX);
        return Optional.of(new AnswerId(Instant.ofEpochMilli(started), question, args.get(3)));
    }
}
