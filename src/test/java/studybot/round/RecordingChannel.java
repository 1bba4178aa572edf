package studybot.round;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import studybot.reply.Reply;

/** A {@link RoundChannel} that keeps what was posted and edited, and can be told to refuse everything. */
final class RecordingChannel implements RoundChannel {

    /** A message posted or edited. */
    record Sent(long channelId, long messageId, Reply reply, String nonce) {}

    private final AtomicLong ids = new AtomicLong(5000);
    private final AtomicBoolean refusing = new AtomicBoolean();
    final List<Sent> posts = new CopyOnWriteArrayList<>();
    final List<Sent> edits = new CopyOnWriteArrayList<>();

    void refuse() {
        refusing.set(true);
    }

    @Override
    public long post(long channelId, Reply message, String nonce) throws RoundPostException {
        if (refusing.get()) {
            throw new RoundPostException("channel deleted");
        }
        long id = ids.incrementAndGet();
        posts.add(new Sent(channelId, id, message, nonce));
        return id;
    }

    @Override
    public void edit(long channelId, long messageId, Reply message) throws RoundPostException {
        if (refusing.get()) {
            throw new RoundPostException("channel deleted");
        }
        edits.add(new Sent(channelId, messageId, message, ""));
    }

    Sent lastPost() {
        return posts.get(posts.size() - 1);
    }

    Sent lastEdit() {
        return edits.get(edits.size() - 1);
    }
}
