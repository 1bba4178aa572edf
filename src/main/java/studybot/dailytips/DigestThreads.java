package studybot.dailytips;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import studybot.reply.Text;

/**
 * The discussion thread a daily digest opens on its own message. Implemented by the threads feature, so daily tips need
 * not know how a thread is named or what it asks; a server without a running plan, or where studybot may not open
 * threads, gets the digest alone.
 */
public interface DigestThreads {

    /**
     * Opens the thread on the digest studybot just posted as {@code messageId}, or finds the one an earlier attempt at
     * the same post opened (Discord allows one thread per message, so a resend after a crash never makes a second).
     *
     * @return the thread's id; empty when studybot may not open threads in that channel
     * @throws TransientSendFailure when a later attempt may succeed: the post is resent with its nonce (Discord answers
     *     with the same message) and the thread asked for again
     */
    OptionalLong open(long serverId, long channelId, long messageId, Digest digest) throws TransientSendFailure;

    /**
     * What an admin must grant for digests to open threads in {@code channelId}, in {@code reader}'s language; empty
     * when nothing is missing.
     */
    Optional<Text> missing(long serverId, long channelId, Locale reader);

    /** No threads anywhere. */
    static DigestThreads none() {
        return new DigestThreads() {
            @Override
            public OptionalLong open(long serverId, long channelId, long messageId, Digest digest) {
                return OptionalLong.empty();
            }

            @Override
            public Optional<Text> missing(long serverId, long channelId, Locale reader) {
                return Optional.empty();
            }
        };
    }
}
