package studybot.round;

import java.time.Instant;
import java.util.Objects;

/**
 * Which round: the channel it runs in and the moment it started (to the millisecond). It is what the round's buttons,
 * its stored rows and its messages' nonces are made from, so it needs no generated id.
 *
 * @param channelId the channel; 0 in the console
 */
record RoundKey(long channelId, Instant started) {

    RoundKey {
        Objects.requireNonNull(started, "started");
        started = Instant.ofEpochMilli(started.toEpochMilli());
    }

    /** The start in base 36, as round buttons carry it. */
    String startedId() {
        return Long.toString(started.toEpochMilli(), Character.MAX_RADIX);
    }

    /**
     * The quiz's question id for question {@code question} of this round: a member's answer to it is one quiz answer,
     * however often they click.
     */
    String quizQuestionId(int question) {
        return "r" + Long.toUnsignedString(channelId, Character.MAX_RADIX) + "." + startedId() + "." + question;
    }

    /** The nonce of the message posting question {@code question} (at most 25 characters, unique in the channel). */
    String questionNonce(int question) {
        return "r" + startedId() + "q" + question;
    }

    /** The nonce of the scoreboard message. */
    String scoreboardNonce() {
        return "r" + startedId() + "end";
    }
}
