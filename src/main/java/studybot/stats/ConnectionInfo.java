package studybot.stats;

import java.util.Optional;
import java.util.function.IntSupplier;

/** What the Discord connection looks like now, as the transport knows it; read each time {@code /stats} is asked. */
public interface ConnectionInfo {

    /** Servers (guilds) the bot is in. */
    int servers();

    int shardsConnected();

    int shardsTotal();

    /** The shards this process runs when it runs only some of them, e.g. shard 1 of 4. */
    default Optional<ShardShare> shardRange() {
        return Optional.empty();
    }

    /** The bot's processes together, where the shared store can tell. */
    default Optional<FleetFigures> fleet() {
        return Optional.empty();
    }

    /**
     * Reads each figure from its own source, e.g. {@code ConnectionInfo.of(() -> shards.getGuildCache().size(), …)}.
     */
    static ConnectionInfo of(IntSupplier servers, IntSupplier shardsConnected, IntSupplier shardsTotal) {
        return new ConnectionInfo() {
            @Override
            public int servers() {
                return servers.getAsInt();
            }

            @Override
            public int shardsConnected() {
                return shardsConnected.getAsInt();
            }

            @Override
            public int shardsTotal() {
                return shardsTotal.getAsInt();
            }
        };
    }

    /** For the offline console: no Discord at all. */
    static ConnectionInfo offline() {
        return of(() -> 0, () -> 0, () -> 0);
    }
}
