package studybot.privacy.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.CommandRegistry;
import studybot.command.ConfirmationNonces;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Texts;
import studybot.library.TestBooks;
import studybot.privacy.PersonalData;
import studybot.progress.ReadMarkStore;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.store.Dialect;
import studybot.store.Migrations;
import studybot.store.Store;
import studybot.store.TestStores;

/** {@code /privacy} for a member whose Discord speaks German: every reply in German, counted as German counts. */
class PrivacyInGermanTest {

    private static final List<Migrations> SCHEMAS = List.of(ReadMarkStore.MIGRATIONS);
    private static final long ME = 10;
    private static final long SERVER = 1;

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void aGermanMemberIsToldWhatIsKeptAndWhatDeletingDoesInGerman() {
        try (Store store = TestStores.of(Dialect.SQLITE, temp).open(SCHEMAS)) {
            store.inTransaction(connection -> {
                try (Statement sql = connection.createStatement()) {
                    for (int section : new int[] {3, 4}) {
                        sql.executeUpdate("INSERT INTO read_marks (place_kind, place_id, member_id, chapter, section,"
                                + " subsection, marked_at) VALUES ('SERVER', 1, " + ME + ", 20, " + section
                                + ", '', 7)");
                    }
                }
                return null;
            });
            CommandRegistry registry = new CommandRegistry(
                    BooksByPlace.everywhere(new CurrentBook(new BookBinder(
                                    new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                            .bind(TestBooks.seed()))),
                    List.of(new PrivacyFeature(
                            new PersonalData(store, SCHEMAS, clock),
                            new ConfirmationNonces(clock),
                            Texts.load("privacy"))));
            Asker german = Asker.inServer(ME, "me", SERVER, 5, false).speaking(Locale.GERMAN, Locale.ENGLISH);

            Reply export = registry.answer(german, "privacy", "export", Map.of());
            assertThat(export.title()).isEqualTo("Deine Daten");
            assertThat(export.text().plainText())
                    .isEqualTo("Alles, was studybot über dich speichert, auf jedem Server und hier: 2 Zeilen"
                            + " (Lesemarken 2).");
            assertThat(export.attachment().orElseThrow().altText())
                    .isEqualTo("Alles, was studybot über dich speichert, als JSON: Lesemarken 2");

            Reply cards = registry.answer(german, "privacy", "cards", Map.of());
            assertThat(cards.text().plainText())
                    .isEqualTo("Du hast noch keine Quizkarten: Beantworte zuerst eine Frage mit `/quiz next`.");

            Reply forget = registry.answer(german, "privacy", "forget", Map.of());
            assertThat(forget.text().plainText())
                    .startsWith("Damit löschst du alles, was studybot über dich speichert");
            assertThat(forget.actions())
                    .singleElement()
                    .satisfies(button ->
                            assertThat(((ReplyAction.Button) button).label()).isEqualTo("Alles löschen"));
            assertThat(new PrivacyFeature(
                                    new PersonalData(store, SCHEMAS, clock),
                                    new ConfirmationNonces(clock),
                                    Texts.load("privacy"))
                            .commands()
                            .get(0)
                            .spec()
                            .translations()
                            .descriptionsOf("privacy.forget"))
                    .containsEntry(Locale.GERMAN, "Lösche alles, was studybot über dich speichert, auf jedem Server");
        }
    }
}
