package studybot.dailytips.discord;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * The Discord connection, known only once the bot has connected. The tip service and {@code /tips} are built before
 * that (their listener must be registered at login), so they reach the connection through this.
 */
final class ConnectedShards {

    private final AtomicReference<ShardManager> shards = new AtomicReference<>();

    void connect(ShardManager shardManager) {
        shards.set(Objects.requireNonNull(shardManager, "shardManager"));
    }

    /** The connection, or empty before the bot has connected. */
    Optional<ShardManager> get() {
        return Optional.ofNullable(shards.get());
    }
}
