package studybot.language.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.CurrentBook;
import studybot.command.Access;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.BotCommand;
import studybot.command.Choice;
import studybot.command.CommandCall;
import studybot.command.CommandRegistry;
import studybot.command.CommandSpec;
import studybot.command.Feature;
import studybot.command.Reach;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.language.ChosenLanguages;
import studybot.language.SqlServerLanguageStore;
import studybot.reply.Reply;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

class LanguageCommandTest {

    private static final long SERVER = 200_000_000_000_000_001L;
    private static final long CHANNEL = 300_000_000_000_000_001L;

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
    private final List<CommandCall> heard = new ArrayList<>();
    private Store store;
    private CommandRegistry registry;

    @BeforeEach
    void start() {
        store = TestStores.of(Dialect.SQLITE, temp).open(List.of(SqlServerLanguageStore.MIGRATIONS));
        ChosenLanguages languages = new ChosenLanguages(new SqlServerLanguageStore(store, clock));
        registry = new CommandRegistry(
                BooksByPlace.everywhere(new CurrentBook()),
                languages,
                List.of(Feature.of(new LanguageCommand(languages, Texts.load("language"))), Feature.of(new Echo())));
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void aManagerChoosesGermanAndTheServersPublicMessagesAreInGermanFromThenOn() {
        Reply set = registry.answer(manager(Locale.ENGLISH), "language", "set", Map.of("code", "DE"));

        assertThat(set.isForAskerOnly()).isTrue();
        assertThat(set.text().plainText())
                .startsWith("This server's public messages and daily post are in German from now on.");
        registry.answer(member(Locale.ENGLISH), "echo", "", Map.of());
        assertThat(heard).singleElement().satisfies(call -> {
            assertThat(call.publicLocale()).isEqualTo(Locale.GERMAN);
            assertThat(call.privateLocale()).isEqualTo(Locale.ENGLISH);
        });
        assertThat(registry.answer(manager(Locale.GERMAN), "language", "show", Map.of())
                        .text()
                        .plainText())
                .startsWith("Öffentliche Nachrichten und der tägliche Beitrag dieses Servers sind auf Deutsch,"
                        + " gewählt mit /language set.");
    }

    @Test
    void resetFollowsTheServersPreferredLanguageAgain() {
        registry.answer(manager(Locale.ENGLISH), "language", "set", Map.of("code", "de"));

        assertThat(registry.answer(manager(Locale.ENGLISH), "language", "reset", Map.of())
                        .text()
                        .plainText())
                .startsWith("This server's public messages follow its preferred language on Discord again");
        assertThat(registry.answer(manager(Locale.ENGLISH), "language", "reset", Map.of())
                        .text()
                        .plainText())
                .startsWith("This server had not chosen a language");
        assertThat(registry.answer(manager(Locale.ENGLISH), "language", "show", Map.of())
                        .text()
                        .plainText())
                .startsWith("This server's public messages and daily post are in English, the server's preferred"
                        + " language on Discord.");
    }

    @Test
    void aLanguageWithoutTextsIsRefusedNamingThoseThereAre() {
        Reply reply = registry.answer(manager(Locale.ENGLISH), "language", "set", Map.of("code", "pl"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText())
                .isEqualTo(
                        "studybot has no texts in pl. It speaks en (English), de (German), es (Spanish), fr (French).");
        assertThat(registry.answer(manager(Locale.GERMAN), "language", "set", Map.of("code", "`{x}`"))
                        .text()
                        .plainText())
                .as("what was typed is shown as a language code, nothing more")
                .isEqualTo(
                        "studybot hat keine Texte in x. Es spricht en (Englisch), de (Deutsch), es (Spanisch), fr (Französisch).");
        registry.answer(member(Locale.ENGLISH), "echo", "", Map.of());
        assertThat(heard).singleElement().extracting(CommandCall::publicLocale).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void onlyManagersChooseAndOnlyInAServer() {
        assertThat(registry.answer(member(Locale.ENGLISH), "language", "set", Map.of("code", "de"))
                        .text()
                        .plainText())
                .startsWith("Only members with the Manage Server permission can use /language.");
        assertThat(registry.answer(Asker.personal(5, "Di", CHANNEL), "language", "set", Map.of("code", "de"))
                        .text()
                        .plainText())
                .contains("works only in a server");
        registry.answer(member(Locale.ENGLISH), "echo", "", Map.of());
        assertThat(heard).singleElement().extracting(CommandCall::publicLocale).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theCodeIsCompletedWithEveryLanguageNamedInTheManagersLanguage() {
        assertThat(registry.complete(manager(Locale.GERMAN), "language", "set", "code", ""))
                .containsExactly(
                        new Choice("en (Englisch)", "en"),
                        new Choice("de (Deutsch)", "de"),
                        new Choice("es (Spanisch)", "es"),
                        new Choice("fr (Französisch)", "fr"));
        assertThat(registry.complete(manager(Languages.SPANISH), "language", "set", "code", ""))
                .containsExactly(
                        new Choice("en (inglés)", "en"),
                        new Choice("de (alemán)", "de"),
                        new Choice("es (español)", "es"),
                        new Choice("fr (francés)", "fr"));
    }

    private static Asker manager(Locale speaks) {
        return Asker.inServer(2, "Bo", SERVER, CHANNEL, true).speaking(speaks, Locale.ENGLISH);
    }

    private static Asker member(Locale speaks) {
        return Asker.inServer(1, "Ann", SERVER, CHANNEL, false).speaking(speaks, Locale.ENGLISH);
    }

    /** A command that records the calls it gets. */
    private final class Echo implements BotCommand {

        @Override
        public CommandSpec spec() {
            return CommandSpec.of("echo", "Records its calls", Access.EVERYONE, Reach.EVERYWHERE);
        }

        @Override
        public Reply answer(CommandCall call) {
            heard.add(call);
            return Reply.content("Echo", "heard");
        }
    }
}
