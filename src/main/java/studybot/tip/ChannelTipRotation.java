package studybot.tip;

import java.util.Optional;

/**
 * {@code /tip}'s walk through the deck in each channel (or DM, or the console): a tip is not shown again in a channel
 * until every tip of the deck has been shown there, and within a round the order is random. Tips are matched by id, so
 * a reload that keeps a tip's text keeps its place; tips that left the deck are ignored, new ones join the current
 * round. The daily post has its own per-server rotation.
 */
public interface ChannelTipRotation {

    /** The next tip for this channel, recorded as shown there; empty for an empty deck. */
    Optional<Tip> next(long channelId, TipDeck deck);

    /** Whether {@link #next} reads and writes the store (so a transport runs it where store work runs). */
    default boolean usesStore() {
        return false;
    }

    /** The rotation to use when the store cannot take the work at all: this one, unless it {@link #usesStore()}. */
    default ChannelTipRotation withoutStore() {
        return this;
    }
}
