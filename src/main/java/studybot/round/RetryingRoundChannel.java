package studybot.round;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.reply.Reply;

/**
 * A {@link RoundChannel} that sends a message again when Discord failed only this time (a 5xx, no answer in time), a
 * few times with a pause between, so one bad answer does not end a round. A post is sent again with the same nonce, so
 * a first attempt that got through is returned, not doubled; an edit again replaces the same message with the same
 * text. A channel that refuses studybot, a message Discord rejects, and stopping are not retried. The pauses hold up
 * only the round sending the message: each round's steps run on their own thread ({@link RoundSteps}).
 */
final class RetryingRoundChannel implements RoundChannel {

    /** Waits between attempts; tests wait no time. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The pauses before the second and third attempt. */
    static final List<Duration> PAUSES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(3));

    private static final Logger LOG = LoggerFactory.getLogger(RetryingRoundChannel.class);

    private final RoundChannel channel;
    private final List<Duration> pauses;
    private final Pause pause;

    /** @param pauses the pause before each attempt after the first: as many retries as pauses */
    RetryingRoundChannel(RoundChannel channel, List<Duration> pauses, Pause pause) {
        this.channel = channel;
        this.pauses = List.copyOf(pauses);
        this.pause = pause;
    }

    @Override
    public long post(long channelId, Reply message, String nonce) throws RoundPostException {
        return attempts(channelId, "post \"" + message.title() + "\"", () -> channel.post(channelId, message, nonce));
    }

    @Override
    public void edit(long channelId, long messageId, Reply message) throws RoundPostException {
        attempts(channelId, "edit message " + messageId, () -> {
            channel.edit(channelId, messageId, message);
            return messageId;
        });
    }

    @Override
    public void tellStarter(long channelId, long starterId, Reply message) throws RoundPostException {
        attempts(channelId, "tell member " + starterId, () -> {
            channel.tellStarter(channelId, starterId, message);
            return starterId;
        });
    }

    /** One sending of a message, which may fail. */
    private interface Attempt {
        long send() throws RoundPostException;
    }

    private long attempts(long channelId, String what, Attempt attempt) throws RoundPostException {
        for (int retry = 0; ; retry++) {
            try {
                return attempt.send();
            } catch (RoundPostException e) {
                if (e.kind() != RoundPostException.Kind.TRANSIENT || retry >= pauses.size()) {
                    throw e;
                }
                LOG.info(
                        "Round in channel {}: could not {} ({}); trying again in {} s",
                        channelId,
                        what,
                        e.getMessage(),
                        pauses.get(retry).toSeconds());
                try {
                    pause.sleep(pauses.get(retry));
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    throw new RoundPostException(
                            "interrupted, as studybot is stopping", RoundPostException.Kind.STOPPING, stopping);
                }
            }
        }
    }
}
