package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.store.Dialect;
import studybot.store.Migrations;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * Pauses kept before V3 as messages with {@code <#id>} in them become a reason code and a channel id, on both stores.
 * The store is first made with the published V1 and V2 only (copied under {@code db/daily_tips_before_v3}), as a bot of
 * the previous version left it.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class PauseReasonMigrationTest {

    private static final Migrations BEFORE_V3 = new Migrations("daily_tips", "db/daily_tips_before_v3");
    private static final long TIP_CHANNEL = 300000000000000009L;

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void storedMessagesBecomeCodesAndChannels() {
        TestStores stores = TestStores.of(dialect, temp);
        Map<Long, String> reasons = Map.of(
                1L,
                        "The tip channel <#300000000000000001> was deleted or studybot can no longer see it. Choose a"
                                + " channel with `/tips set`.",
                2L,
                        "studybot cannot see the tip channel <#300000000000000002> (Discord: Missing Access). Give"
                                + " studybot View Channel there, or choose another channel with `/tips set`.",
                3L,
                        "studybot needs Embed Links in <#300000000000000003> to post tips. Grant it to studybot's role in"
                                + " that channel's permissions.",
                4L,
                        "studybot is not allowed to post in <#300000000000000004> (Discord: Missing Permissions). It needs"
                                + " View Channel, Send Messages and Embed Links there.",
                5L, "Missing permission Send Messages in #tips");
        try (Store old = stores.open(List.of(BEFORE_V3))) {
            reasons.forEach((server, reason) -> insertPaused(old, server, reason));
            insertPaused(old, 6L, null);
        }

        try (Store store = stores.open(List.of(DailyTipService.MIGRATIONS))) {
            SqlDailyTipStore tips = new SqlDailyTipStore(store, new TipRotation());

            assertThat(pause(tips, 1)).contains(new PauseReason(PauseReason.Cause.CHANNEL_GONE, 300000000000000001L));
            assertThat(pause(tips, 2)).contains(new PauseReason(PauseReason.Cause.NO_ACCESS, 300000000000000002L));
            assertThat(pause(tips, 3))
                    .contains(new PauseReason(PauseReason.Cause.MISSING_PERMISSIONS, 300000000000000003L));
            assertThat(pause(tips, 4))
                    .contains(new PauseReason(PauseReason.Cause.MISSING_PERMISSIONS, 300000000000000004L));
            assertThat(pause(tips, 5))
                    .as("a message naming no channel concerns the tip channel")
                    .contains(new PauseReason(PauseReason.Cause.CANNOT_POST, TIP_CHANNEL));
            assertThat(pause(tips, 6)).isEmpty();
            assertThat(tips.pausedServers()).isEqualTo(5);
        }
    }

    @Test
    void aPauseKeepsItsCodeAndChannelUntilTheSettingsChange() {
        TestStores stores = TestStores.of(dialect, temp);
        try (Store store = stores.open(List.of(DailyTipService.MIGRATIONS))) {
            SqlDailyTipStore tips = new SqlDailyTipStore(store, new TipRotation());
            Instant now = Instant.parse("2026-12-06T09:00:00Z");
            tips.changeSettings(7, SettingsChange.all(DailyTipsFixture.settings(TIP_CHANNEL, "09:00", "UTC")), now);
            long revision = tips.server(7).orElseThrow().revision();
            PauseReason reason = new PauseReason(PauseReason.Cause.NO_ACCESS, TIP_CHANNEL);

            assertThat(tips.pause(7, revision + 1, reason, now))
                    .as("settings changed meanwhile")
                    .isFalse();
            assertThat(tips.pause(7, revision, reason, now)).isTrue();
            assertThat(pause(tips, 7)).contains(reason);

            tips.changeSettings(7, SettingsChange.enabled(true), now);
            assertThat(pause(tips, 7)).isEmpty();
        }
    }

    private static Optional<PauseReason> pause(SqlDailyTipStore tips, long server) {
        return tips.server(server).orElseThrow().pausedReason();
    }

    private static void insertPaused(Store store, long server, String reason) {
        store.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO daily_tip_settings
                        (server_id, channel_id, post_time, zone_id, enabled, revision, updated_at, paused_reason,
                         paused_at)
                    VALUES (?, ?, '09:00', 'UTC', TRUE, 1, 0, ?, 0)""")) {
                insert.setLong(1, server);
                insert.setLong(2, TIP_CHANNEL);
                insert.setString(3, reason);
                insert.executeUpdate();
            }
            return null;
        });
    }
}
