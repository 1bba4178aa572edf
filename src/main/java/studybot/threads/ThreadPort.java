package studybot.threads;

import java.util.Optional;
import studybot.reply.Text;

/**
 * Where discussion threads are opened; the Discord transport implements it with JDA. Kept behind this interface so the
 * naming, the prompts, the limits and the exactly-once bookkeeping are tested without a network.
 */
public interface ThreadPort {

    /**
     * Opens a public thread on a message studybot posted. Discord allows one thread per message: when it answers that
     * the message already has one (an earlier attempt made it before a crash), that thread is the answer, with
     * {@link OpenedThread#existed()} set; its id is the message's.
     */
    OpenedThread openOnMessage(long channelId, long messageId, ThreadStart start) throws ThreadFailure;

    /**
     * Posts {@code starter} in the channel and opens the thread on it, for a section asked for with {@code /discuss}.
     */
    OpenedThread openInChannel(long channelId, Text starter, ThreadStart start) throws ThreadFailure;

    /**
     * Makes an earlier thread usable again: an archived one is unarchived.
     *
     * @return false when the thread is gone (deleted, or studybot can no longer see it)
     */
    boolean reopen(long threadId) throws ThreadFailure;

    /** What keeps studybot from opening threads in the channel (such as permissions it lacks); empty when nothing. */
    Optional<ThreadProblem> missing(long serverId, long channelId);

    /** For where no thread can be opened, such as the offline console. */
    static ThreadPort offline() {
        return new ThreadPort() {
            @Override
            public OpenedThread openOnMessage(long channelId, long messageId, ThreadStart start) throws ThreadFailure {
                throw notConnected();
            }

            @Override
            public OpenedThread openInChannel(long channelId, Text starter, ThreadStart start) throws ThreadFailure {
                throw notConnected();
            }

            @Override
            public boolean reopen(long threadId) throws ThreadFailure {
                throw notConnected();
            }

            @Override
            public Optional<ThreadProblem> missing(long serverId, long channelId) {
                return Optional.of(ThreadProblem.of(ThreadProblem.Cause.NOT_CONNECTED, channelId));
            }

            private ThreadFailure notConnected() {
                return new ThreadFailure(
                        ThreadFailure.Kind.TRANSIENT,
                        ThreadProblem.of(ThreadProblem.Cause.NOT_CONNECTED, 0),
                        "studybot is not connected to Discord");
            }
        };
    }
}
