package studybot.command;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One-time nonces that tie a destructive button ("Delete everything") to the prompt that showed it, for the member it
 * was shown to: a forged button, or the console's {@code /press} typed without the prompt, deletes nothing. A nonce is
 * used once and lapses after {@link #LIFETIME}; a newer prompt for the same key replaces an older one. Kept in memory:
 * a restart only means asking again.
 */
public final class ConfirmationNonces {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    /** Prompts open at once, at most; the oldest go first. */
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

    public ConfirmationNonces(Clock clock) {
        this.clock = clock;
    }

    /**
     * A new nonce, 16 hex digits, for the prompt shown to {@code who} (a key naming the member and what they delete).
     */
    public synchronized String issue(String who) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        String nonce = HexFormat.of().formatHex(bytes);
        open.remove(Objects.requireNonNull(who, "who"));
        open.put(who, new Issued(nonce, clock.instant().plus(LIFETIME)));
        return nonce;
    }

    /** Whether {@code nonce} is the open prompt's for {@code who}, using it up if so. */
    public synchronized boolean redeem(String who, String nonce) {
        Issued issued = open.get(Objects.requireNonNull(who, "who"));
        if (issued == null || !issued.nonce().equals(nonce) || clock.instant().isAfter(issued.expires())) {
            return false;
        }
        open.remove(who);
        return true;
    }
}
