package studybot.stats;

import java.util.function.IntSupplier;

/** What the Discord connection looks like now, as the transport knows it; read each time {@code /stats} is asked. */
public interface ConnectionInfo {

    /** Servers (guilds) the bot is in. */
    int servers();

    int shardsConnected();

    int shardsTotal();

    /** Reads each figure from its own source, e.g. {@code ConnectionInfo.of(() -> shards.getGuildCache().size(), …)}. */
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
