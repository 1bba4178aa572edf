package studybot.threads;

import java.time.Duration;
import java.util.Objects;
import studybot.reply.Text;

/**
 * What a new thread is opened with: its name (at most 100 characters, as Discord allows), its first message, after how
 * long without messages Discord archives it, and the nonce of the first message, so a resend is the same message.
 */
public record ThreadStart(String name, Text opening, Duration autoArchive, String nonce) {

    /** Discord's longest thread name. */
    public static final int MAX_NAME = 100;

    public ThreadStart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(autoArchive, "autoArchive");
        Objects.requireNonNull(nonce, "nonce");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a thread name is 1 to 100 characters: " + name);
        }
    }
}
