package studybot.shelf.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.OfflineStudybot;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.config.ConfigLoader;
import studybot.console.ConsoleRenderer;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.shelf.ShelfFixtures;
import studybot.testing.TestConfig;

/**
 * {@code /book} through the registry every transport uses, on studybot as the console wires it: listing, choosing per
 * server and per member in direct messages, bringing a server's own book and removing it after a confirmation.
 */
class BookFeatureTest {

    private static final Asker CONSOLE = Asker.console("operator");
    private static final Asker MANAGER = discord(1, OptionalLong.of(42), true);
    private static final Asker MEMBER = discord(2, OptionalLong.of(42), false);
    private static final Asker OTHER_SERVER = discord(3, OptionalLong.of(43), true);
    private static final Asker IN_DMS = discord(4, OptionalLong.empty(), false);

    @TempDir
    Path temp;

    private OfflineStudybot running;
    private CommandRegistry registry;

    @BeforeEach
    void start() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        ShelfFixtures.epub(seeds.resolve("storage.epub"), "urn:isbn:9780000000002", "Storage", "Table");
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
        running =
                OfflineStudybot.load(new ConfigLoader().load(TestConfig.in(temp, temp.resolve("data"), seeds)), clock);
        registry = running.studybot().registry();
    }

    @org.junit.jupiter.api.AfterEach
    void stop() {
        running.close();
    }

    @Test
    void everyoneListsTheBooksAndSeesWhichIsReadHere() {
        String list = text(answer(MEMBER, "list", Map.of()));

        assertThat(list).contains("a-notes Ledger", "urn-isbn-9780000000002 Storage by Ada Example");
        assertThat(list).containsPattern("a-notes Ledger ← read here");
    }

    @Test
    void managersChooseTheServersBookAndMembersTheirOwnInDirectMessages() {
        assertThat(answer(MEMBER, "use", Map.of("book", "urn-isbn-9780000000002"))
                        .kind())
                .isEqualTo(Reply.Kind.PROBLEM);

        Reply chosen = answer(MANAGER, "use", Map.of("book", "urn-isbn-9780000000002"));

        assertThat(text(chosen)).contains("This server reads Storage");
        assertThat(chosen.audience()).isEqualTo(Reply.Audience.ASKER);
        assertThat(text(answer(MEMBER, "list", Map.of()))).contains("Storage by Ada Example ← read here");
        assertThat(text(answer(OTHER_SERVER, "list", Map.of()))).contains("a-notes Ledger ← read here");
        assertThat(text(answer(IN_DMS, "info", Map.of()))).contains("Ledger");

        assertThat(text(answer(IN_DMS, "use", Map.of("book", "urn-isbn-9780000000002"))))
                .contains("You read Storage");
        assertThat(text(answer(IN_DMS, "info", Map.of()))).contains("Storage", "Author: Ada Example", "Load report");
        assertThat(text(answer(MANAGER, "use", Map.of("book", "no-such-book")))).contains("no-such-book");
    }

    @Test
    void aServerBringsItsOwnBookWhichOnlyItSeesAndRemovesItAfterConfirming() throws Exception {
        Path upload = ShelfFixtures.epub(temp.resolve("incoming/ours.epub"), "our-own-book", "Our Book", "Journal");

        assertThat(answer(MEMBER, "add", Map.of("file", upload.toString())).kind())
                .isEqualTo(Reply.Kind.PROBLEM);
        Reply added = answer(MANAGER, "add", Map.of("file", upload.toString()));

        assertThat(text(added)).contains("Our Book is now this server's own book, id our-own-book", "Key facts:");
        assertThat(added.audience()).isEqualTo(Reply.Audience.ASKER);
        assertThat(text(answer(MEMBER, "list", Map.of()))).contains("our-own-book Our Book by Ada Example (this");
        assertThat(text(answer(OTHER_SERVER, "list", Map.of()))).doesNotContain("our-own-book");
        assertThat(text(answer(OTHER_SERVER, "use", Map.of("book", "our-own-book"))))
                .contains("There is no book");
        assertThat(text(answer(MANAGER, "use", Map.of("book", "our-own-book")))).contains("This server reads");

        Reply prompt = answer(MANAGER, "remove", Map.of("book", "our-own-book"));
        String button = ((ReplyAction.Button) prompt.actions().get(0)).id();
        assertThat(button).startsWith("book:remove:our-own-book:");
        assertThat(text(registry.click(MEMBER, button, List.of()))).contains("Manage Server");
        assertThat(text(registry.click(MANAGER, "book:remove:our-own-book:0000000000000000", List.of())))
                .contains("isn't valid");
        assertThat(text(answer(MEMBER, "list", Map.of()))).contains("our-own-book");

        assertThat(text(registry.click(MANAGER, button, List.of()))).contains("is gone from this server");

        assertThat(text(answer(MEMBER, "list", Map.of())))
                .doesNotContain("our-own-book")
                .contains("a-notes Ledger ← read here");
        assertThat(text(registry.click(MANAGER, button, List.of()))).contains("isn't valid");
    }

    @Test
    void theConsoleAddsABookFromALocalPathAndABadFileChangesNothing() throws Exception {
        Path corrupt = Files.writeString(temp.resolve("broken.epub"), "not a zip");

        Reply refused = answer(CONSOLE, "add", Map.of("file", corrupt.toString()));
        Reply missing = answer(
                CONSOLE, "add", Map.of("file", temp.resolve("nowhere.epub").toString()));

        assertThat(refused.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(text(refused)).contains("The book was not added", "broken.epub");
        assertThat(text(missing)).contains("must be a file");
        assertThat(text(answer(CONSOLE, "list", Map.of()))).contains("a-notes Ledger ← read here");
        assertThat(registry.complete(CONSOLE, "book", "use", "book", "stor"))
                .extracting(choice -> choice.value())
                .containsExactly("urn-isbn-9780000000002");
    }

    @Test
    void helpShowsAManagerTheSetupStepsUntilTheServerPicksItsBook() {
        assertThat(text(registry.answer(MANAGER, "help", "", Map.of())))
                .contains("Setting up this server", "/book use", "/tips set", "/plan set");
        assertThat(text(registry.answer(MEMBER, "help", "", Map.of()))).doesNotContain("Setting up");
        assertThat(text(registry.answer(IN_DMS, "help", "", Map.of()))).doesNotContain("Setting up");

        answer(MANAGER, "use", Map.of("book", "a-notes"));

        assertThat(text(registry.answer(MANAGER, "help", "", Map.of()))).doesNotContain("Setting up");
    }

    @Test
    void aGermanManagerIsAnsweredInGermanWhileTheListIsInTheServersLanguage() throws Exception {
        Asker german = MANAGER.speaking(Locale.GERMAN, Locale.ENGLISH);
        Asker inGermanServer = MEMBER.speaking(Locale.ENGLISH, Locale.GERMAN);
        Path upload = ShelfFixtures.epub(temp.resolve("incoming/ours.epub"), "our-own-book", "Our Book", "Journal");
        Path notABook = Files.writeString(temp.resolve("incoming/notes.txt"), "text");

        Reply chosen = answer(german, "use", Map.of("book", "urn-isbn-9780000000002"));
        Reply added = answer(german, "add", Map.of("file", upload.toString()));

        assertThat(text(chosen))
                .isEqualTo("Buch gewählt\nDieser Server liest Storage (urn-isbn-9780000000002) ab jetzt: /section,"
                        + " /search, /tip und das Quiz antworten daraus.");
        assertThat(text(added))
                .contains(
                        "Our Book ist jetzt ein eigenes Buch dieses Servers, Id our-own-book",
                        "Buch: Our Book von Ada Example",
                        "Schlüsselfakten: ");
        assertThat(text(answer(german, "add", Map.of("file", notABook.toString()))))
                .startsWith("\nDas Buch wurde nicht hinzugefügt: studybot liest EPUB-, PDF- und Markdown-Dateien");
        assertThat(text(answer(german.speaking(Locale.GERMAN, Locale.GERMAN), "remove", Map.of("book", "a-notes"))))
                .contains("Dieser Server hat kein eigenes Buch mit der Id a-notes");
        assertThat(text(answer(inGermanServer, "list", Map.of())))
                .startsWith("Bücher\n")
                .contains(
                        "Storage von Ada Example ← wird hier gelesen",
                        "our-own-book Our Book von Ada Example (eigenes");
        assertThat(text(answer(inGermanServer, "use", Map.of("book", "a-notes"))))
                .contains("Only members with the Manage Server permission");
        assertThat(text(answer(inGermanServer, "info", Map.of())))
                .contains("Autor: Ada Example", "Gliederung: ", "Ladebericht:", "Buch: Storage von Ada Example")
                .contains("Abschnitte: ", "Wörter: ", "Übersprungen: ");
    }

    @Test
    void aGermanManagerReadsWhyTheImporterRefusedTheBookInGerman() throws Exception {
        Asker german = MANAGER.speaking(Locale.GERMAN, Locale.ENGLISH);
        Path incoming = Files.createDirectories(temp.resolve("incoming"));
        Path brokenZip = Files.writeString(incoming.resolve("handbuch.zip"), "not a zip");
        Path brokenEpub = Files.writeString(incoming.resolve("kaputt.epub"), "not a zip either");
        Path climbing = incoming.resolve("seiten.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(climbing))) {
            zip.putNextEntry(new ZipEntry("../outside.html"));
            zip.write("<h1>Out</h1>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(text(answer(german, "add", Map.of("file", brokenZip.toString()))))
                .startsWith("\nDas Buch wurde nicht hinzugefügt: handbuch.zip: kein lesbares Zip: es ist beschädigt (");
        assertThat(text(answer(german, "add", Map.of("file", brokenEpub.toString()))))
                .startsWith(
                        "\nDas Buch wurde nicht hinzugefügt: kaputt.epub: kein lesbares EPUB: das Zip ist beschädigt (")
                .doesNotContain(temp.resolve("data").toString());
        assertThat(text(answer(german, "add", Map.of("file", climbing.toString()))))
                .isEqualTo(
                        "\nDas Buch wurde nicht hinzugefügt: seiten.zip: der Zip-Eintrag „../outside.html\" zeigt aus"
                                + " dem Buch hinaus; als unsicher abgelehnt\n");
        Path nothingToTeach = Files.writeString(incoming.resolve("notizen.md"), "# Notizen\n\nein paar Worte\n");
        assertThat(text(answer(german, "add", Map.of("file", nothingToTeach.toString()))))
                .startsWith("\nDas Buch wurde nicht hinzugefügt: keine Schlüsselfakten gefunden: Tipps, Quizze und der"
                        + " tägliche Beitrag hätten nichts zu lehren")
                .contains("Schlüsselfakten: 0; Quizfragen: 0");
        assertThat(text(answer(MANAGER, "add", Map.of("file", brokenZip.toString()))))
                .startsWith("\nThe book was not added: handbuch.zip: not a readable zip: it is damaged (");
        assertThat(text(answer(german, "list", Map.of()))).doesNotContain("handbuch", "kaputt", "seiten");
    }

    @Test
    void theLoadReportStartsOnItsOwnLineInTheConsole() {
        String shown = new ConsoleRenderer().render(answer(CONSOLE, "info", Map.of()));

        assertThat(shown).containsPattern("\nLoad report:\n {4}Book: ");
    }

    /** German audit 11: the console prints no Discord markdown; the command to type reads as a code span does. */
    @Test
    void anUnknownBookNamesTheListCommandWithoutBackticksInTheConsole() {
        String shown = new ConsoleRenderer().render(answer(CONSOLE, "use", Map.of("book", "xyz")));

        assertThat(shown).contains("There is no book xyz", "/book list").doesNotContain("`");
    }

    private Reply answer(Asker asker, String subcommand, Map<String, String> options) {
        return registry.answer(asker, "book", subcommand, options);
    }

    private static String text(Reply reply) {
        return reply.title() + "\n" + reply.text().plainText();
    }

    private static Asker discord(long user, OptionalLong server, boolean manages) {
        return server.isPresent()
                ? Asker.inServer(user, "member " + user, server.getAsLong(), 7, manages)
                : Asker.personal(user, "member " + user, 7);
    }
}
