package studybot.round;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits and the pace of rounds. A round's own settings ({@code questions}, {@code seconds}) are checked against
 * the bounds here by the command's options.
 *
 * @param maxPerServer rounds a server may run at once
 * @param cooldown how long after a round ends its channel may start the next
 * @param leadIn from {@code /round start} to the first question
 * @param revealGrace from a question's deadline to its reveal, so a click accepted just before the deadline is in it
 * @param pause from a reveal to the next question, to read the answer
 * @param resumeWithin how late a step may be after a restart and the round still carry on; later, it ends
 * @param lease how long a round stays its process's without the process renewing it; after that another process over
 *     the same store may take it over (an orderly stop lets go of it at once)
 * @param silentToEnd questions in a row without an answer that end a round
 */
public record RoundRules(
        int maxPerServer,
        Duration cooldown,
        Duration leadIn,
        Duration revealGrace,
        Duration pause,
        Duration resumeWithin,
        Duration lease,
        int silentToEnd) {

    public static final int DEFAULT_QUESTIONS = 5;
    public static final int MAX_QUESTIONS = 20;
    public static final int DEFAULT_SECONDS = 20;
    public static final int MIN_SECONDS = 10;
    public static final int MAX_SECONDS = 120;

    static final RoundRules DEFAULT = new RoundRules(
            3,
            Duration.ofSeconds(30),
            Duration.ofSeconds(3),
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            Duration.ofMinutes(10),
            Duration.ofSeconds(30),
            2);

    public RoundRules {
        Objects.requireNonNull(cooldown, "cooldown");
        Objects.requireNonNull(leadIn, "leadIn");
        Objects.requireNonNull(revealGrace, "revealGrace");
        Objects.requireNonNull(pause, "pause");
        Objects.requireNonNull(resumeWithin, "resumeWithin");
        Objects.requireNonNull(lease, "lease");
    }
}
