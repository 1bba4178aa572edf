package studybot.quiz.command;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one-time nonces that tie a "Delete my answers" click to the {@code /quiz forget} prompt that showed it, for the
 * member it was shown to. Without one, the console's {@code /press quiz:forget} (or a forged button) deleted without
 * asking. A nonce is used once and lapses after {@link #LIFETIME}; a newer prompt replaces an older one. Kept in
 * memory: a restart only means asking again.
 */
final class ForgetNonces {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    /** Members with a prompt open, at most; the oldest go first. */
    private static final int MAX_OPEN = 10_000;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> open = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Issued> eldest) {
            return size() > MAX_OPEN;
        }
    };

    private record Issued(String nonce, Instant expires) {}

    ForgetNonces(Clock clock) {
        this.clock = clock;
    }

    /** A new nonce for the member's prompt in this place, 16 hex digits. */
    synchronized String issue(Learner who) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        String nonce = HexFormat.of().formatHex(bytes);
        open.remove(key(who));
        open.put(key(who), new Issued(nonce, clock.instant().plus(LIFETIME)));
        return nonce;
    }

    /** Whether {@code nonce} is the member's open prompt's here, using it up if so. */
    synchronized boolean redeem(Learner who, String nonce) {
        Issued issued = open.get(key(who));
        if (issued == null || !issued.nonce().equals(nonce) || clock.instant().isAfter(issued.expires())) {
            return false;
        }
        open.remove(key(who));
        return true;
    }

    private static String key(Learner who) {
        return Objects.requireNonNull(who).place() + "/" + who.member();
    }
}
