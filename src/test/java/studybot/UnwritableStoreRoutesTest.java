package studybot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.command.CommandSpec;
import studybot.command.SubcommandSpec;
import studybot.config.ConfigLoader;
import studybot.reply.Reply;
import studybot.store.Dialect;
import studybot.store.StoreFaults;
import studybot.store.StoreHealth;
import studybot.store.TestStores;
import studybot.testing.LogCapture;
import studybot.testing.TestConfig;

/**
 * Hostile audit F2: with a store that refuses writes (SQLite's read-only mode, a PostgreSQL role without write rights:
 * the same refusal a full disk gives), every command and click the registry knows to use the store answers, none
 * escapes as a failure ("went wrong on our side" and a stack trace on the console and Discord), and those that write
 * say nothing was changed. On both backends: SQLite ([1]) and PostgreSQL ([2]).
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class UnwritableStoreRoutesTest {

    private static final long SERVER = 200000000000000001L;
    private static final long CHANNEL = 300000000000000001L;
    private static final Asker MANAGER = Asker.inServer(1001L, "Ann", SERVER, CHANNEL, true);
    private static final String NOTHING_CHANGED = "Nothing was changed: studybot cannot write its store right now.";

    /** A click on each store route, as the route's buttons carry them (the routes StoreRoutesTest names). */
    private static final List<String> STORE_CLICKS = List.of(
            "read:20.1",
            "remind:snooze:1",
            "progress-forget",
            "book:remove:notes:0123456789abcdef",
            "privacy-forget:0123456789abcdef",
            "quiz:forget",
            "quiz:next",
            "round:a:miq2b5s0:0:12345678");

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    /**
     * From the start, since a feature's background work (giving book data its ids) may meet the refused writes before
     * the test's commands do, and the store's health logs the fault once.
     */
    @RegisterExtension
    @Order(1)
    final LogCapture log = LogCapture.of(Level.WARN, "studybot");

    private TestStores stores;
    private OfflineStudybot offline;
    private CommandRegistry registry;

    @BeforeEach
    void start() throws Exception {
        stores = TestStores.of(dialect, temp);
        offline = OfflineStudybot.over(
                stores.open(CompositionRoot.tables()), new ConfigLoader().load(TestConfig.in(temp)), Clock.systemUTC());
        registry = offline.studybot().registry();
        StoreFaults.refuseWrites(stores, offline.store());
    }

    @AfterEach
    void stop() {
        StoreFaults.allowWrites(stores, offline.store());
        offline.close();
    }

    @Test
    void everyStoreCommandAndClickAnswersAndThoseThatWriteSayNothingWasChanged() {
        for (CommandSpec spec : registry.specs()) {
            if (!registry.usesStore(spec.name())) {
                continue;
            }
            List<String> subcommands = spec.subcommands().isEmpty()
                    ? List.of("")
                    : spec.subcommands().stream().map(SubcommandSpec::name).toList();
            for (String subcommand : subcommands) {
                Map<String, String> options = PlausibleOptions.forRequired(spec.optionsOf(subcommand), CHANNEL);
                assertThatCode(() -> registry.answer(MANAGER, spec.name(), subcommand, options))
                        .as("/%s %s %s", spec.name(), subcommand, options)
                        .doesNotThrowAnyException();
            }
        }
        for (String id : STORE_CLICKS) {
            assertThat(registry.clickUsesStore(id)).as(id).isTrue();
            assertThatCode(() -> registry.click(MANAGER, id, List.of()))
                    .as("a click on %s", id)
                    .doesNotThrowAnyException();
        }
        assertThat(log.events())
                .as("the fault is logged once, by the store's health, without a stack trace")
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getLoggerName()).isEqualTo(StoreHealth.class.getName());
                    assertThat(event.getThrowableProxy()).isNull();
                });

        assertThat(answer("remind", "on", Map.of("time", "09:00", "timezone", "Europe/Berlin")))
                .startsWith(NOTHING_CHANGED);
        assertThat(answer("plan", "set", Map.of("start", "20.1", "pace", "1"))).startsWith(NOTHING_CHANGED);
        assertThat(answer("language", "set", Map.of("code", "de"))).startsWith(NOTHING_CHANGED);
    }

    private String answer(String command, String subcommand, Map<String, String> options) {
        Reply reply = registry.answer(MANAGER, command, subcommand, options);
        return reply.text().plainText();
    }
}
