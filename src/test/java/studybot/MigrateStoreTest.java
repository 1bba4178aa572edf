package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.DailyTipSettings;
import studybot.dailytips.SentMessage;
import studybot.i18n.Languages;
import studybot.library.SectionNumber;
import studybot.posting.Fanout;
import studybot.posting.RetryBackoff;
import studybot.posting.SharedPostingRate;
import studybot.store.SqliteStore;
import studybot.store.Store;
import studybot.store.StoreHealth;
import studybot.store.Stores;
import studybot.store.TestPostgres;
import studybot.testing.LogCapture;
import studybot.tip.Tip;

/** Issue 11 §3: {@code migrate-store --to} copies the SQLite store into an empty PostgreSQL, checked. */
class MigrateStoreTest {

    private static final List<String> TABLES =
            List.of("daily_tip_posts", "daily_tip_rotation", "daily_tip_rotation_shown", "daily_tip_settings");

    @TempDir
    Path temp;

    private Path config;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void aSqliteStoreWithData() throws Exception {
        JsonMapper mapper = new JsonMapper();
        ObjectNode json =
                (ObjectNode) mapper.readTree(Path.of("config/studybot.json").toFile());
        json.put("dataFolder", temp.resolve("data").toString());
        ((ObjectNode) json.path("store")).put("user", TestPostgres.USER);
        config = temp.resolve("studybot.json");
        Files.writeString(config, mapper.writeValueAsString(json));

        List<Tip> deck = List.of(
                new Tip("t1", "First tip", new SectionNumber(1, 1)),
                new Tip("t2", "Second tip", new SectionNumber(1, 2)));
        long[] nextMessage = {9_000_000_000_000_000_000L};
        try (Store store = SqliteStore.open(
                temp.resolve("data").resolve(Stores.SQLITE_FILE),
                Duration.ofSeconds(2),
                StoreSchemas.ALL,
                Clock.systemUTC())) {
            Instant yesterday = Instant.parse("2025-03-09T12:00:00Z");
            DailyTipService before = service(store, deck, nextMessage, Clock.fixed(yesterday, ZoneOffset.UTC));
            for (long server = 1; server <= 30; server++) {
                before.saveSettings(
                        server * 1_000_000_000_000L,
                        new DailyTipSettings(server, LocalTime.of(9, 0), ZoneId.of("UTC"), server % 3 != 0));
            }
            DailyTipService today = service(
                    store, deck, nextMessage, Clock.fixed(yesterday.plus(Duration.ofHours(22)), ZoneOffset.UTC));
            today.runDue();
            today.postNow(1_000_000_000_000L, 1, OptionalLong.empty());
        }
    }

    @Test
    void copiesEveryRowIntoAnEmptyPostgresqlAndChecksTheCounts() throws Exception {
        TestPostgres.TestDatabase target = TestPostgres.shared().newDatabase();

        assertThat(migrate(target.url())).isEqualTo(0);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("Copying daily_tip_settings: 30 rows")
                .contains("Counts checked:")
                .contains("Set store.url to " + target.url())
                .as("the running processes' tables are the target's own")
                .doesNotContain("Copying discord_rate")
                .doesNotContain("Copying bot_processes");
        try (Store sqlite = SqliteStore.open(
                        temp.resolve("data").resolve(Stores.SQLITE_FILE),
                        Duration.ofSeconds(2),
                        StoreSchemas.ALL,
                        Clock.systemUTC());
                Store postgres = open(target)) {
            for (String table : TABLES) {
                assertThat(rows(postgres, table)).as(table).isNotEmpty().isEqualTo(rows(sqlite, table));
            }
        }
    }

    @Test
    void refusesATargetThatHoldsData() throws Exception {
        TestPostgres.TestDatabase target = TestPostgres.shared().newDatabase();
        assertThat(migrate(target.url())).isEqualTo(0);

        assertThat(migrate(target.url())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("studybot:")))
                .singleElement()
                .asString()
                .contains("is not empty")
                .contains("daily_tip_");
    }

    @Test
    void aCopyThatFailsPartWayKeepsNothingAndCanBeRunAgain() throws Exception {
        TestPostgres.TestDatabase target = TestPostgres.shared().newDatabase();
        open(target).close();
        TestPostgres.shared().executeIn(target.name(), "REVOKE INSERT ON daily_tip_settings FROM " + TestPostgres.USER);

        try (LogCapture logs = LogCapture.of(Level.DEBUG, StoreHealth.class.getName())) {
            assertThat(migrate(target.url())).isEqualTo(2);
            assertThat(logs.messages(Level.ERROR)).singleElement().asString().contains("permission denied");
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("daily_tip_settings");
        try (Store postgres = open(target)) {
            for (String table : TABLES) {
                assertThat(rows(postgres, table))
                        .as(table + " after the failed copy")
                        .isEmpty();
            }
        }

        TestPostgres.shared().executeIn(target.name(), "GRANT INSERT ON daily_tip_settings TO " + TestPostgres.USER);
        assertThat(migrate(target.url())).isEqualTo(0);
        try (Store postgres = open(target)) {
            assertThat(rows(postgres, "daily_tip_settings")).hasSize(30);
        }
    }

    private static DailyTipService service(Store store, List<Tip> deck, long[] nextMessage, Clock clock) {
        return new DailyTipService(
                store,
                server -> deck,
                (server, section) -> Optional.of("A section"),
                (channel, post, nonce) -> new SentMessage(nextMessage[0]++),
                clock,
                RetryBackoff.DEFAULT,
                Fanout.of(
                        server -> true,
                        SharedPostingRate.discordGlobal(store, Clock.systemUTC()),
                        Duration.ofSeconds(30)),
                server -> Languages.ENGLISH);
    }

    private int migrate(String url) {
        out.reset();
        err.reset();
        return Main.run(
                new String[] {"migrate-store", "--to", url, "--config", config.toString()},
                Map.of(Stores.PASSWORD_VARIABLE, TestPostgres.PASSWORD),
                print(out),
                print(err),
                new StopRequest());
    }

    private static Store open(TestPostgres.TestDatabase database) {
        return Stores.openPostgres(
                database.url(),
                new studybot.config.StoreConfig(database.url(), TestPostgres.USER, 2, 2000),
                Map.of(Stores.PASSWORD_VARIABLE, TestPostgres.PASSWORD),
                StoreSchemas.ALL,
                Clock.systemUTC());
    }

    /** Every row as text, in key order; booleans as 0/1 so both stores read alike. */
    private static List<String> rows(Store store, String table) {
        return store.inTransaction(connection -> {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        String value = result.getString(column);
                        row.append(meta.getColumnName(column))
                                .append('=')
                                .append("t".equals(value) ? "1" : "f".equals(value) ? "0" : value)
                                .append(';');
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        });
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
