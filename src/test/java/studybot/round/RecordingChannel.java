package studybot.round;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import studybot.reply.Reply;

/**
 * A {@link RoundChannel} that keeps what was posted and edited and what starters were told, and can be told to fail the
 * next attempts (each in its own way), to fail every attempt in one channel for now, or to refuse everything.
 */
final class RecordingChannel implements RoundChannel {

    /** A message posted or edited, or told to a starter (whose id is then the message id). */
    record Sent(long channelId, long messageId, Reply reply, String nonce) {}

    private final AtomicLong ids = new AtomicLong(5000);
    private final Queue<RoundPostException.Kind> failures = new ConcurrentLinkedQueue<>();
    private final Set<Long> failing = ConcurrentHashMap.newKeySet();
    private final Map<Long, List<String>> attemptsByChannel = new ConcurrentHashMap<>();
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

    /** Every attempt in the channel fails this time (a 5xx) until {@link #recover}. */
    void failIn(long channelId) {
        failing.add(channelId);
    }

    /** Attempts in the channel go through again. */
    void recover(long channelId) {
        failing.remove(channelId);
    }

    /** The attempts in one channel, as {@link #attempts} lists them. */
    List<String> attemptsIn(long channelId) {
        return List.copyOf(attemptsByChannel.getOrDefault(channelId, List.of()));
    }

    /** What was posted in one channel. */
    List<Sent> postsIn(long channelId) {
        return posts.stream().filter(sent -> sent.channelId() == channelId).toList();
    }

    /** What was edited in one channel. */
    List<Sent> editsIn(long channelId) {
        return edits.stream().filter(sent -> sent.channelId() == channelId).toList();
    }

    /** The next attempts fail, one of each kind given, in order; the ones after go through. */
    void failNext(RoundPostException.Kind... kinds) {
        failures.addAll(List.of(kinds));
    }

    @Override
    public long post(long channelId, Reply message, String nonce) throws RoundPostException {
        attempt(channelId, "post " + nonce);
        long id = ids.incrementAndGet();
        posts.add(new Sent(channelId, id, message, nonce));
        return id;
    }

    @Override
    public void edit(long channelId, long messageId, Reply message) throws RoundPostException {
        attempt(channelId, "edit " + messageId);
        edits.add(new Sent(channelId, messageId, message, ""));
    }

    @Override
    public void tellStarter(long channelId, long starterId, Reply message) {
        record(channelId, "tell " + starterId);
        told.add(new Sent(channelId, starterId, message, ""));
    }

    private void record(long channelId, String attempt) {
        attemptsByChannel
                .computeIfAbsent(channelId, channel -> new CopyOnWriteArrayList<>())
                .add(attempt);
        attempts.add(attempt);
    }

    private void attempt(long channelId, String attempt) throws RoundPostException {
        record(channelId, attempt);
        if (refusing) {
            throw new RoundPostException("channel deleted", RoundPostException.Kind.CHANNEL_REFUSES);
        }
        RoundPostException.Kind kind = failures.poll();
        if (kind != null) {
            throw new RoundPostException("failing as told: " + kind, kind);
        }
        if (failing.contains(channelId)) {
            throw new RoundPostException(
                    "channel " + channelId + " failing for now", RoundPostException.Kind.TRANSIENT);
        }
    }

    Sent lastPost() {
        return posts.get(posts.size() - 1);
    }

    Sent lastEdit() {
        return edits.get(edits.size() - 1);
    }
}
