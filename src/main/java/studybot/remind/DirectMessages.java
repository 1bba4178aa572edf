package studybot.remind;

import studybot.reply.Reply;

/**
 * Where reminders go: a member's direct messages, which the transport reaches (JDA on Discord). Opening the DM channel
 * and sending to it are two calls, so the channel id can be kept and a reminder costs one request, not two.
 */
public interface DirectMessages {

    /** Opens (or finds) the DM channel with the member and returns its id. */
    long open(long memberId) throws DmFailure;

    /**
     * Sends {@code message} to the DM channel and returns the message's id. Implementations send {@code nonce} with
     * {@code enforce_nonce}, so a resend after a restart returns the message Discord already made.
     *
     * @param nonce at most 25 characters, the same for every attempt at one reminder
     */
    long send(long channelId, Reply message, String nonce) throws DmFailure;

    /** For where nothing can be sent, such as the offline console. */
    static DirectMessages offline() {
        return new DirectMessages() {
            @Override
            public long open(long memberId) throws DmFailure {
                throw DmFailure.transientFailure("studybot is not connected to Discord", null);
            }

            @Override
            public long send(long channelId, Reply message, String nonce) throws DmFailure {
                throw DmFailure.transientFailure("studybot is not connected to Discord", null);
            }
        };
    }
}
