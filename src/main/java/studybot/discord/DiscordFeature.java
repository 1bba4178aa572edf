package studybot.discord;

import java.util.List;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * A feature beyond the book commands that needs Discord itself, such as the daily tips or {@code /stats}: its
 * slash commands, its listener, and a start and stop tied to the connection's lifetime.
 */
public interface DiscordFeature {

    /** Slash commands to register along with the book commands. */
    List<CommandData> commands();

    /** The listener for this feature's interactions; answer through {@code responder} to keep the deadlines. */
    EventListener listener(InteractionResponder responder);

    /** Called once the connection exists, e.g. to start a scheduler that posts through it. */
    default void connected(ShardManager shards) {
    }

    /** Called on shutdown, before the gateway closes. */
    default void stop() {
    }
}
