package studybot.dailytips;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import studybot.library.SectionNumber;

/**
 * One server's tip for one local date, from the moment studybot decided to post it. Until {@code messageId} is present
 * the post is in flight: it is (re)sent with the same nonce, tip and question of the day ({@code questionId}, a quiz
 * card id), no sooner than {@code nextAttemptAt}, until it succeeds or the date is over ({@code missed}).
 */
record DailyPost(
        long serverId,
        LocalDate date,
        String nonce,
        String tipId,
        String tipText,
        SectionNumber section,
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
