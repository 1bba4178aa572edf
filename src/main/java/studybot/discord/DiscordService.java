package studybot.discord;

import java.util.List;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Something that needs the Discord connection itself rather than answering commands (those are features in the command
 * registry): listeners for gateway events, work started once connected, and a stop on shutdown. The daily tips'
 * scheduler is one.
 */
public interface DiscordService {

    /** Listeners for gateway events, registered at login; none by default. */
    default List<EventListener> listeners() {
        return List.of();
    }

    /** Called once the connection exists, e.g. to start a scheduler that posts through it. */
    default void connected(ShardManager shards) {}

    /** Called on shutdown, after interactions in flight are answered and before the gateway closes. */
    default void stop() {}
}
