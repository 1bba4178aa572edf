package studybot.remind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studybot.reply.Reply;

/**
 * Direct messages that remember what was sent, answer a repeated nonce with the message already made (as Discord does
 * with {@code enforce_nonce}), and fail as a test tells them.
 */
final class RecordingDms implements DirectMessages {

    /** One DM as it was sent. */
    record Dm(long channelId, Reply message, String nonce, long messageId) {}

    private final List<Dm> sent = new ArrayList<>();
    private final Map<String, Long> byNonce = new HashMap<>();
    private int opened;
    private DmFailure failNext;
    private long nextId = 1_000;

    @Override
    public synchronized long open(long memberId) {
        opened++;
        return 500 + memberId;
    }

    @Override
    public synchronized long send(long channelId, Reply message, String nonce) throws DmFailure {
        if (failNext != null) {
            DmFailure failure = failNext;
            failNext = null;
            throw failure;
        }
        Long known = byNonce.get(nonce);
        if (known != null) {
            return known;
        }
        long id = nextId++;
        byNonce.put(nonce, id);
        sent.add(new Dm(channelId, message, nonce, id));
        return id;
    }

    synchronized void failNext(DmFailure failure) {
        failNext = failure;
    }

    /** DMs that made a message, in order (a resend with a known nonce makes none). */
    synchronized List<Dm> sent() {
        return List.copyOf(sent);
    }

    synchronized int opened() {
        return opened;
    }
}
