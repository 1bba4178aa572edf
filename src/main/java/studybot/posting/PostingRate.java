package studybot.posting;

/**
 * Paces posts so that all of the bot's processes together stay under Discord's global rate limit (50 requests per
 * second per bot, whatever the number of connections). {@link #acquire()} returns when the caller may send one request.
 */
public interface PostingRate {

    /** Blocks until one request may be sent. */
    void acquire() throws InterruptedException;
}
