package studybot.dailytips;

/**
 * Where tips are posted; the Discord wiring implements it. Keeping Discord behind this interface lets the schedule, the
 * exactly-once bookkeeping and the failure handling be tested without a network.
 */
public interface TipChannel {

    /**
     * Posts {@code post} to the channel and returns the message it became. Implementations must send {@code nonce} with
     * {@code enforce_nonce: true}: the daily tip is resent with the same nonce after a crash, and Discord then returns
     * the message it already created instead of posting a second one.
     *
     * @param nonce at most 25 characters, the same for every attempt at one server's tip of one day
     * @throws PermanentSendFailure when retrying cannot help (channel deleted, missing access or permission)
     * @throws TransientSendFailure when a later attempt may succeed (5xx, timeout, rate limit)
     */
    SentMessage send(long channelId, TipPost post, String nonce) throws TipSendException;
}
