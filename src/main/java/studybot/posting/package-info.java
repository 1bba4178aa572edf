/**
 * Exactly-once posting, whatever is posted: claims in the store that only one process wins, the servers each process
 * posts for ({@link studybot.posting.Fanout}), the bot's request rate shared by every process
 * ({@link studybot.posting.SharedPostingRate}), retries with backoff, and nonces that turn a resend into the message
 * Discord already made. {@link studybot.posting.PostingPass} runs one pass; the feature says what is due, claims it in
 * its own table and sends it.
 *
 * <p>May use: {@code store}, {@code concurrent}.
 */
package studybot.posting;
