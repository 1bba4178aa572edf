package studybot;

import java.util.List;
import java.util.Set;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.SharedPostingRate;
import studybot.plan.PlanStore;
import studybot.progress.ReadMarkStore;
import studybot.quiz.review.ReviewStore;
import studybot.shards.ProcessRegistry;
import studybot.sharing.StoredShareOptIns;
import studybot.store.Migrations;
import studybot.tip.StoredTipRotation;

/**
 * Every feature's schema history, migrated in this order whenever the store opens (and by {@code migrate-store}). A
 * feature with tables adds its {@link Migrations} here.
 */
final class StoreSchemas {

    static final List<Migrations> ALL = List.of(DailyTipService.MIGRATIONS, SharedPostingRate.MIGRATIONS,
            ProcessRegistry.MIGRATIONS, PlanStore.MIGRATIONS, ReadMarkStore.MIGRATIONS, ReviewStore.MIGRATIONS,
            StoredShareOptIns.MIGRATIONS, StoredTipRotation.MIGRATIONS);

    /**
     * Tables {@code migrate-store} leaves alone: they describe the processes running now (heartbeats, the shared
     * request schedule, seeded by its migration), not the bot's data, so the target keeps its own.
     */
    static final Set<String> NOT_COPIED = Set.of(SharedPostingRate.TABLE, ProcessRegistry.TABLE);

    private StoreSchemas() {
    }
}
