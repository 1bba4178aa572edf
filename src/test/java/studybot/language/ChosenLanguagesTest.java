package studybot.language;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;
import studybot.testing.LogCapture;

class ChosenLanguagesTest {

    private static final long SERVER = 42;

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void aChoiceIsReadFromTheStoreAndAChangeMadeHereIsSeenAtOnce() {
        try (Store store = TestStores.of(Dialect.SQLITE, temp).open(List.of(SqlServerLanguageStore.MIGRATIONS))) {
            new SqlServerLanguageStore(store, clock).choose(SERVER, Locale.GERMAN);
            ChosenLanguages languages = new ChosenLanguages(new SqlServerLanguageStore(store, clock));

            assertThat(languages.chosenFor(SERVER)).contains(Locale.GERMAN);
            assertThat(languages.chosenFor(SERVER + 1)).isEmpty();

            languages.choose(SERVER + 1, Locale.GERMAN);
            assertThat(languages.forget(SERVER)).isTrue();

            assertThat(languages.chosenFor(SERVER)).isEmpty();
            assertThat(languages.chosenFor(SERVER + 1)).contains(Locale.GERMAN);
            assertThat(new SqlServerLanguageStore(store, clock).chosen(SERVER + 1))
                    .contains(Locale.GERMAN);
        }
    }

    @Test
    void aStoreThatCannotBeReadMeansNoChoiceAndIsLogged() {
        try (Store store = TestStores.of(Dialect.SQLITE, temp).open(List.of());
                LogCapture log = LogCapture.of(ChosenLanguages.class)) {
            ChosenLanguages languages = new ChosenLanguages(new SqlServerLanguageStore(store, clock));

            assertThat(languages.chosenFor(SERVER)).isEmpty();

            assertThat(log.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .contains("Could not read the language of server 42");
        }
    }
}
