package studybot.round;

import studybot.reply.Reply;

/**
 * Where a round's messages go outside any interaction (a question is posted, revealed at its deadline, the scoreboard
 * posted): Discord's channel, or the console's output. Each transport implements it; keeping it behind this lets the
 * round's steps and their exactly-once bookkeeping be tested without a network.
 */
public interface RoundChannel {

    /**
     * Posts {@code message} for everyone in the channel and returns the message's id. Implementations that can must
     * send {@code nonce} so that posting again after a crash returns the message already posted.
     *
     * @param nonce at most 25 characters, the same for every attempt at one message of one round
     */
    long post(long channelId, Reply message, String nonce) throws RoundPostException;

    /** Replaces message {@code messageId}, posted by {@link #post}, with {@code message}. */
    void edit(long channelId, long messageId, Reply message) throws RoundPostException;

    /**
     * Tells {@code starterId}, who just started a round in the channel, privately why it ended before asking anything:
     * on Discord as a follow-up to their {@code /round start} (which Discord keeps open 15 minutes), so it reaches them
     * even where the channel refuses studybot's posts.
     */
    void tellStarter(long channelId, long starterId, Reply message) throws RoundPostException;
}
