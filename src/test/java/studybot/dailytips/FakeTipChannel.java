package studybot.dailytips;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link TipChannel} with Discord's {@code enforce_nonce} behaviour: a send whose nonce was already used returns the
 * message it created instead of posting again. Can be told to fail or to crash the caller. Thread-safe, as the service
 * sends several posts at once.
 */
final class FakeTipChannel implements TipChannel {

    /** A message as it exists in Discord. */
    record Message(long messageId, long channelId, TipPost post, String nonce, Instant createdAt) {}

    /** One call to {@link #send}, whatever became of it. */
    record Attempt(long channelId, TipPost post, String nonce, Instant at) {}

    private enum Script {
        CRASH_BEFORE_CREATING,
        CRASH_AFTER_CREATING
    }

    private final Clock clock;
    private final List<Message> messages = new ArrayList<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private final Map<String, Message> byNonce = new HashMap<>();
    private final Deque<Object> script = new ArrayDeque<>();
    private TipSendException failEveryTime;
    private Runnable duringNextSend;
    private long nextMessageId = 1000;

    FakeTipChannel(Clock clock) {
        this.clock = clock;
    }

    /** The next send fails with {@code failure} (queued behind earlier instructions). */
    synchronized void failNext(TipSendException failure) {
        script.add(failure);
    }

    /** The next send throws {@code bug}, as a broken implementation might. */
    synchronized void failNextUnexpectedly(RuntimeException bug) {
        script.add(bug);
    }

    /** Every send fails with {@code failure} until {@link #recover()}. */
    synchronized void failEveryTime(TipSendException failure) {
        failEveryTime = failure;
    }

    synchronized void recover() {
        failEveryTime = null;
    }

    /** Runs {@code action} while the next send is under way, as another thread might. */
    synchronized void duringNextSend(Runnable action) {
        duringNextSend = action;
    }

    /** The next send dies before Discord has the message. */
    synchronized void crashNextBeforeCreating() {
        script.add(Script.CRASH_BEFORE_CREATING);
    }

    /** The next send creates the message, then dies before its caller learns the id. */
    synchronized void crashNextAfterCreating() {
        script.add(Script.CRASH_AFTER_CREATING);
    }

    @Override
    public synchronized SentMessage send(long channelId, TipPost post, String nonce) throws TipSendException {
        Instant now = clock.instant();
        attempts.add(new Attempt(channelId, post, nonce, now));
        if (duringNextSend != null) {
            Runnable action = duringNextSend;
            duringNextSend = null;
            action.run();
        }
        Object next = script.poll();
        if (next == Script.CRASH_BEFORE_CREATING) {
            throw new SimulatedCrash("before the message was created");
        }
        if (next instanceof TipSendException failure) {
            throw failure;
        }
        if (next instanceof RuntimeException bug) {
            throw bug;
        }
        if (failEveryTime != null) {
            throw failEveryTime;
        }
        Message message = byNonce.get(nonce);
        if (message == null) {
            message = new Message(nextMessageId++, channelId, post, nonce, now);
            messages.add(message);
            byNonce.put(nonce, message);
        }
        if (next == Script.CRASH_AFTER_CREATING) {
            throw new SimulatedCrash("after the message was created");
        }
        return new SentMessage(message.messageId());
    }

    synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }
}
