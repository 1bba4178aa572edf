package studybot.progress;

import java.util.Objects;

/**
 * Where read marks count: one server (shared with its plan and group), or a member's direct messages with the bot
 * (private, with no plan).
 */
public record Place(Kind kind, long id) {

    /** A server, or direct messages. */
    public enum Kind { SERVER, DIRECT }

    private static final Place DIRECT = new Place(Kind.DIRECT, 0);

    public Place {
        Objects.requireNonNull(kind, "kind");
    }

    public static Place server(long serverId) {
        return new Place(Kind.SERVER, serverId);
    }

    /** Direct messages: marks there are keyed by the member alone. */
    public static Place directMessages() {
        return DIRECT;
    }

    public boolean isServer() {
        return kind == Kind.SERVER;
    }
}
