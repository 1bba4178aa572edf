package studybot.progress;

import java.util.Objects;
import studybot.command.Asker;
import studybot.plan.PlanService;

/**
 * Where read marks count: one server (shared with its plan and group), or a member's direct messages with the bot
 * (private, with no plan).
 */
public record Place(Kind kind, long id) {

    /** A server, or direct messages. */
    public enum Kind {
        SERVER,
        DIRECT
    }

    private static final Place DIRECT = new Place(Kind.DIRECT, 0);

    public Place {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Where {@code asker} is: their server; on the console, the console's local server (so the local plan applies);
     * otherwise their direct messages.
     */
    public static Place of(Asker asker) {
        if (asker.serverId().isPresent()) {
            return server(asker.serverId().getAsLong());
        }
        return asker.onConsole() ? server(PlanService.CONSOLE_SERVER) : DIRECT;
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
