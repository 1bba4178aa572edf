package studybot.shelf.command;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one-time nonces that tie a "Remove" click to the {@code /book remove} prompt that showed it, for the manager and
 * the book it was shown for, so a typed {@code /press} or a forged button deletes nothing. A nonce is used once and
 * lapses after {@link #LIFETIME}. Kept in memory: a restart only means asking again.
 */
final class RemoveNonces {

    static final Duration LIFETIME = Duration.ofMinutes(15);
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

    RemoveNonces(Clock clock) {
        this.clock = clock;
    }

    /** A new nonce for {@code member}'s prompt to remove {@code book} from {@code server}, 16 hex digits. */
    synchronized String issue(long server, long member, String book) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        String nonce = HexFormat.of().formatHex(bytes);
        String key = key(server, member, book);
        open.remove(key);
        open.put(key, new Issued(nonce, clock.instant().plus(LIFETIME)));
        return nonce;
    }

    /** Whether {@code nonce} is that prompt's, using it up if so. */
    synchronized boolean redeem(long server, long member, String book, String nonce) {
        String key = key(server, member, book);
        Issued issued = open.get(key);
        if (issued == null || !issued.nonce().equals(nonce) || clock.instant().isAfter(issued.expires())) {
            return false;
        }
        open.remove(key);
        return true;
    }

    private static String key(long server, long member, String book) {
        return server + "/" + member + "/" + book;
    }
}
