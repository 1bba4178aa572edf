package studybot.dailytips;

import java.time.ZoneId;
import java.time.ZoneOffset;
import studybot.server.ServerZones;
import studybot.store.Store;

/**
 * Each server's zone as its daily-tip settings have it, read from the store on every call (so a changed zone is used at
 * once); UTC for a server that has not set daily tips up.
 */
public final class StoredServerZones implements ServerZones {

    private final DailyTipStore store;

    /** @param store opened with {@link DailyTipService#MIGRATIONS} */
    public StoredServerZones(Store store) {
        this.store = new SqlDailyTipStore(store, new TipRotation());
    }

    @Override
    public ZoneId zoneOf(long serverId) {
        return store.server(serverId).map(entry -> entry.settings().zone()).orElse(ZoneOffset.UTC);
    }
}
