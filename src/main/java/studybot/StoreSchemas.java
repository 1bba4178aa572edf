package studybot;

import java.util.List;
import java.util.Set;
import studybot.dailytips.SharedPostingRate;
import studybot.shards.SqlProcessStore;
import studybot.store.Migrations;

/**
 * Every feature's schema history, migrated whenever the store opens (and by {@code migrate-store}): derived from the
 * tables each feature declares in the {@link CompositionRoot}, so none is listed by hand.
 */
final class StoreSchemas {

    static final List<Migrations> ALL = CompositionRoot.tables();

    /**
     * Tables {@code migrate-store} leaves alone: they describe the processes running now (heartbeats, the shared
     * request schedule, seeded by its migration), not the bot's data, so the target keeps its own.
     */
    static final Set<String> NOT_COPIED = Set.of(SharedPostingRate.TABLE, SqlProcessStore.TABLE);

    private StoreSchemas() {}
}
