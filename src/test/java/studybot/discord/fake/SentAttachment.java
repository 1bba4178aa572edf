package studybot.discord.fake;

import java.util.Objects;

/**
 * A file a member sends with a slash command, as Discord describes it in the interaction's resolved data: served by the
 * fake's CDN at {@code url}. {@code size} is what Discord claims; {@link #claimingSize} makes it claim another, to test
 * that a bot checks the claim before downloading.
 */
public record SentAttachment(String id, String fileName, long size, String url) {

    public SentAttachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(url, "url");
    }

    public SentAttachment claimingSize(long claimed) {
        return new SentAttachment(id, fileName, claimed, url);
    }
}
