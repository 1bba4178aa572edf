package studybot.round;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import studybot.reply.Reply;

/**
 * A {@link RoundChannel} that keeps what was posted and edited and what starters were told, and can be told to fail the
 * next attempts (each in its own way) or to refuse everything.
 */
final class RecordingChannel implements RoundChannel {

    /** A message posted or edited, or told to a starter (whose id is then the message id). */
    record Sent(long channelId, long messageId, Reply reply, String nonce) {}

    private final AtomicLong ids = new AtomicLong(5000);
    private final Queue<RoundPostException.Kind> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean refusing;
    final List<Sent> posts = new CopyOnWriteArrayList<>();
    final List<Sent> edits = new CopyOnWriteArrayList<>();
    final List<Sent> told = new CopyOnWriteArrayList<>();
    /** Every attempt to post, edit or tell, including failed ones, as "post nonce", "edit id" or "tell member". */
    final List<String> attempts = new CopyOnWriteArrayList<>();

    /** The channel refuses studybot from now on, as a deleted one does. */
    void refuse() {
        refusing = true;
    }

    /** The next attempts fail, one of each kind given, in order; the ones after go through. */
    void failNext(RoundPostException.Kind... kinds) {
        failures.addAll(List.of(kinds));
    }

    @Override
    public long post(long channelId, Reply message, String nonce) throws RoundPostException {
        attempts.add("post " + nonce);
        fail();
        long id = ids.incrementAndGet();
        posts.add(new Sent(channelId, id, message, nonce));
        return id;
    }

    @Override
    public void edit(long channelId, long messageId, Reply message) throws RoundPostException {
        attempts.add("edit " + messageId);
        fail();
        edits.add(new Sent(channelId, messageId, message, ""));
    }

    @Override
    public void tellStarter(long channelId, long starterId, Reply message) {
        attempts.add("tell " + starterId);
        told.add(new Sent(channelId, starterId, message, ""));
    }

    private void fail() throws RoundPostException {
        if (refusing) {
            throw new RoundPostException("channel deleted", RoundPostException.Kind.CHANNEL_REFUSES);
        }
        RoundPostException.Kind kind = failures.poll();
        if (kind != null) {
            throw new RoundPostException("failing as told: " + kind, kind);
        }
    }

    Sent lastPost() {
        return posts.get(posts.size() - 1);
    }

    Sent lastEdit() {
        return edits.get(edits.size() - 1);
    }
}
