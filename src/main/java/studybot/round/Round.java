package studybot.round;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import studybot.command.Place;

/**
 * A round as stored: what it asks and where it has got to. Each step returns the round it becomes, and the store saves
 * it only if nobody moved the round on meanwhile.
 *
 * @param serverId the server, its place's {@link Place#storageKey()} ({@link Place#NOT_A_SERVER} in the console)
 * @param starterId who started it (may stop it)
 * @param cardIds the quiz cards it asks, in order, chosen when it started
 * @param seconds how long each question is open
 * @param source where the cards came from, e.g. "today's readings (20.1–20.3)"
 * @param question the question asked or to ask next, from 0
 * @param messageId the open question's message, once posted
 * @param askedAt when the open question was posted (answer times count from here)
 * @param deadline until when the open question takes answers
 * @param nextAt when the next step is due
 * @param silent how many questions in a row, up to the last revealed, nobody answered
 * @param stoppedBy who asked {@code /round stop}, once someone did
 * @param endReason why it ended, once it is finishing
 */
record Round(
        RoundKey key,
        long serverId,
        long starterId,
        List<String> cardIds,
        int seconds,
        String source,
        int question,
        Phase phase,
        OptionalLong messageId,
        Optional<Instant> askedAt,
        Optional<Instant> deadline,
        Instant nextAt,
        int silent,
        OptionalLong stoppedBy,
        Optional<EndReason> endReason) {

    Round {
        Objects.requireNonNull(key, "key");
        cardIds = List.copyOf(cardIds);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(nextAt, "nextAt");
        Objects.requireNonNull(stoppedBy, "stoppedBy");
        Objects.requireNonNull(endReason, "endReason");
    }

    /** A round about to ask its first question at {@code firstAt}. */
    static Round starting(
            RoundKey key,
            long serverId,
            long starterId,
            List<String> cardIds,
            int seconds,
            String source,
            Instant firstAt) {
        return new Round(
                key,
                serverId,
                starterId,
                cardIds,
                seconds,
                source,
                0,
                Phase.WAITING,
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty(),
                firstAt,
                0,
                OptionalLong.empty(),
                Optional.empty());
    }

    /** Where the round is played: a server, or the console (stored as {@link Place#NOT_A_SERVER}). */
    Place place() {
        return serverId == Place.NOT_A_SERVER ? Place.console() : Place.server(serverId);
    }

    int questions() {
        return cardIds.size();
    }

    String cardId() {
        return cardIds.get(question);
    }

    /**
     * The question open from {@code now} for {@link #seconds}, saved just before its message is posted: a member who
     * sees the message at once finds it open.
     */
    Round asked(Instant now, Duration revealGrace) {
        Instant closes = now.plusSeconds(seconds);
        return step(
                question,
                Phase.OPEN,
                OptionalLong.empty(),
                Optional.of(now),
                Optional.of(closes),
                closes.plus(revealGrace),
                silent,
                endReason);
    }

    /** The open question's message, once posted. */
    Round postedAs(long message) {
        return step(question, phase, OptionalLong.of(message), askedAt, deadline, nextAt, silent, endReason);
    }

    /** After revealing the open question, which {@code answered} members answered: the next question, or the end. */
    Round revealed(int answered, Instant now, Duration pause, int silentToEnd) {
        int nowSilent = answered == 0 ? silent + 1 : 0;
        if (stoppedBy.isPresent()) {
            return finishing(EndReason.STOPPED, now, nowSilent);
        }
        if (question + 1 >= questions()) {
            return finishing(EndReason.FINISHED, now, nowSilent);
        }
        if (nowSilent >= silentToEnd) {
            return finishing(EndReason.SILENT, now, nowSilent);
        }
        return nextQuestionAt(now.plus(pause), nowSilent);
    }

    /** Skips the question about to be asked (its card left the book): the next one is due at once. */
    Round skipped(Instant now) {
        if (question + 1 >= questions()) {
            return finishing(EndReason.FINISHED, now);
        }
        return nextQuestionAt(now, silent);
    }

    /** The next question waiting to be asked at {@code at}, after {@code silentSoFar} unanswered ones in a row. */
    private Round nextQuestionAt(Instant at, int silentSoFar) {
        return step(
                question + 1,
                Phase.WAITING,
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty(),
                at,
                silentSoFar,
                endReason);
    }

    /** Ends the round for {@code reason}: the scoreboard is due at {@code now}. */
    Round finishing(EndReason reason, Instant now) {
        return finishing(reason, now, silent);
    }

    /** Ends the round for {@code reason} after {@code silentSoFar} unanswered questions in a row. */
    private Round finishing(EndReason reason, Instant now, int silentSoFar) {
        return step(question, Phase.FINISHING, messageId, askedAt, deadline, now, silentSoFar, Optional.of(reason));
    }

    /** The scoreboard is posted at {@code now}. */
    Round ended(Instant now) {
        return step(question, Phase.ENDED, messageId, askedAt, deadline, now, silent, endReason);
    }

    /**
     * This round at another step: what it asks, where, and who stopped it stay; every step names all the rest, so none
     * is carried over by mistake.
     */
    private Round step(
            int question,
            Phase phase,
            OptionalLong messageId,
            Optional<Instant> askedAt,
            Optional<Instant> deadline,
            Instant nextAt,
            int silent,
            Optional<EndReason> endReason) {
        return new Round(
                key, serverId, starterId, cardIds, seconds, source, question, phase, messageId, askedAt, deadline,
                nextAt, silent, stoppedBy, endReason);
    }

    /**
     * Whether no question of the round reached its channel: the first is still to come, or its post failed. Such a
     * round leaves its channel no wait before the next.
     */
    boolean askedNothing() {
        return question == 0 && messageId.isEmpty();
    }

    /** Whether the open question still takes answers at {@code now}. */
    boolean takesAnswersAt(Instant now) {
        return phase == Phase.OPEN && deadline.isPresent() && now.isBefore(deadline.get());
    }
}
