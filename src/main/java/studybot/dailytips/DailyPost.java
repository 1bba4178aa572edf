package studybot.dailytips;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import studybot.tip.Tip;

/**
 * One server's tip for one local date, from the moment studybot decided to post it. Until {@code messageId} is present
 * the post is in flight: it is (re)sent with the same nonce, tip and question of the day ({@code questionId}, a quiz
 * card id), no sooner than {@code nextAttemptAt}, until it succeeds or the date is over ({@code missed}). {@code tip}
 * is empty for a digest posted while the book had no tips (a book not in English has none); such a post has no
 * question.
 */
record DailyPost(
        long serverId,
        LocalDate date,
        String nonce,
        Optional<Tip> tip,
        int attempts,
        Instant nextAttemptAt,
        Optional<String> lastError,
        OptionalLong channelId,
        OptionalLong messageId,
        boolean missed,
        Optional<String> questionId) {

    boolean sent() {
        return messageId.isPresent();
    }

    boolean inFlight() {
        return !sent() && !missed;
    }
}
