package studybot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyAttachment;
import studybot.reply.Text;
import studybot.testing.LogCapture;

/** Terminal text: bold and dim only for a terminal that wants colour, no markup ever, buttons as commands. */
class ConsoleRendererTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T07:15:00Z"), ZoneOffset.UTC);
    private static final ReplyAttachment PICTURE = new ReplyAttachment(
            "quiz-stats.png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "Answers per week. 0, 2, 4, 7, none, 0.",
            List.of(0.0, 2.0, 4.0, 7.0, Double.NaN, 0.0));

    @TempDir
    Path dataFolder;

    private static final Reply REPLY = Reply.content(
                    "Search: pool",
                    Text.builder()
                            .plain("Showing ")
                            .strong("pooling")
                            .plain(" for ")
                            .code("/search pool")
                            .plain(" in ")
                            .channel(7)
                            .plain(" at ")
                            .moment(0)
                            .build())
            .withFooter("1 section")
            .withActions(List.of(
                    new ReplyAction.Button("Next", "nav:1.2:0", ReplyAction.Style.SECONDARY, "/section 1.2"),
                    new ReplyAction.Button("Quiz", "quiz:c1:a", ReplyAction.Style.PRIMARY, "")));

    /** German audit 9: a moment reads as /remind writes one, in the console's language, in UTC and named so. */
    @Test
    void momentsAndDaysFollowTheConsolesLanguage() {
        long at = Instant.parse("2026-12-15T09:05:00Z").getEpochSecond();
        Text text = Text.builder()
                .plain("Next review: ")
                .moment(at)
                .plain(", day ")
                .day(at)
                .build();

        assertThat(new ConsoleRenderer(false, ConsoleAttachments.asBlocks(Locale.GERMAN), Locale.GERMAN).text(text))
                .isEqualTo("Next review: 15.12.2026 09:05 UTC, day 15.12.2026");
        assertThat(new ConsoleRenderer(false).text(text))
                .isEqualTo("Next review: Dec 15, 2026 9:05\u202fAM UTC, day Dec 15, 2026");
    }

    @Test
    void plainTextHasNoMarkupAndButtonsAreCommandsToType() {
        String text = new ConsoleRenderer(false).render(REPLY);

        assertThat(text).isEqualTo("""
                == Search: pool ==
                Showing pooling for /search pool in channel 7 at Jan 1, 1970 12:00\u202fAM UTC
                -- 1 section
                » Next: /section 1.2   Quiz: /press quiz:c1:a
                """);
    }

    @Test
    void aCodeListingStartsAndEndsOnLinesOfItsOwnAsOnDiscord() {
        Text text = Text.builder()
                .plain("Load report:")
                .codeBlock("Book: Ledger\nSections: 3")
                .plain("That is all.")
                .build();

        assertThat(new ConsoleRenderer(false).text(text))
                .isEqualTo("Load report:\n    Book: Ledger\n    Sections: 3\nThat is all.");
    }

    @Test
    void aCodeListingAlreadyOnItsOwnLineGetsNoBlankLineMore() {
        Text text = Text.builder()
                .plain("Try this:\n\n")
                .codeBlock("let x = 5;")
                .plain("\n\nThen run it.")
                .build();

        assertThat(new ConsoleRenderer(false).text(text)).isEqualTo("Try this:\n\n    let x = 5;\n\nThen run it.");
    }

    @Test
    void aTerminalGetsBoldAndDim() {
        String text = new ConsoleRenderer(true).render(REPLY);

        assertThat(text)
                .contains(
                        "\u001B[1m== Search: pool ==\u001B[22m",
                        "Showing \u001B[1mpooling\u001B[22m",
                        "\u001B[2m-- 1 section\u001B[22m");
    }

    @Test
    void colourOnlyForATerminalWithoutNoColor() {
        assertThat(ConsoleRenderer.forTerminal(true, Map.of(), dataFolder, CLOCK)
                        .render(REPLY))
                .contains("\u001B[");
        assertThat(ConsoleRenderer.forTerminal(true, Map.of("NO_COLOR", "1"), dataFolder, CLOCK)
                        .render(REPLY))
                .doesNotContain("\u001B[");
        assertThat(ConsoleRenderer.forTerminal(false, Map.of(), dataFolder, CLOCK)
                        .render(REPLY))
                .doesNotContain("\u001B[");
    }

    @Test
    void aTerminalShowsAPictureAsALineOfBlocks() {
        String text = ConsoleRenderer.forTerminal(true, Map.of("NO_COLOR", "1"), dataFolder, CLOCK)
                .render(REPLY.withAttachment(PICTURE));

        assertThat(text).contains("\n▁▃▅█ ▁  Answers per week.\n");
        assertThat(dataFolder.resolve(ConsoleAttachments.FOLDER)).doesNotExist();
    }

    @Test
    void pipedOutputSavesThePictureInTheDataFolderAndPrintsItsPath() throws IOException {
        String text =
                ConsoleRenderer.forTerminal(false, Map.of(), dataFolder, CLOCK).render(REPLY.withAttachment(PICTURE));

        Path saved = dataFolder.resolve("charts/quiz-stats-20261206-071500.png");
        assertThat(text).contains("Chart saved to " + saved + "\n");
        assertThat(Files.readAllBytes(saved)).isEqualTo(PICTURE.bytes());
    }

    @Test
    void aDataExportIsSavedOwnerOnlyEvenOnATerminal() throws IOException {
        String text = ConsoleRenderer.forTerminal(true, Map.of("NO_COLOR", "1"), dataFolder, CLOCK)
                .render(REPLY.withAttachment(ReplyAttachment.file(
                        "studybot-data.json", "{}".getBytes(StandardCharsets.UTF_8), "Your data")));

        Path saved = dataFolder.resolve("exports/studybot-data-20261206-071500.json");
        assertThat(text).contains("File saved to " + saved + "\n");
        assertThat(Files.readString(saved)).isEqualTo("{}");
        assertThat(Files.getPosixFilePermissions(saved)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(saved.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aPictureThatCannotBeSavedIsReportedAndStillShownAsBlocks() throws IOException {
        Files.writeString(dataFolder.resolve(ConsoleAttachments.FOLDER), "a file where the folder should be");

        String text;
        try (LogCapture log = LogCapture.of(ConsoleAttachments.class)) {
            text = ConsoleRenderer.forTerminal(false, Map.of(), dataFolder, CLOCK)
                    .render(REPLY.withAttachment(PICTURE));
            assertThat(log.messages()).singleElement().asString().startsWith("Could not save a chart");
        }

        assertThat(text).contains("Could not save the chart to ").contains("▁▃▅█ ▁  Answers per week.");
    }

    @Test
    void aGermanConsoleNamesMembersAndChannelsAndSavedFilesInGerman() {
        Map<String, String> german = Map.of("LANG", "de_DE.UTF-8");
        Reply reply = Reply.content(
                        "", Text.builder().member(42).plain(" in ").channel(7).build())
                .withAttachment(PICTURE);

        String text =
                ConsoleRenderer.forTerminal(false, german, dataFolder, CLOCK).render(reply);

        Path saved = dataFolder.resolve("charts/quiz-stats-20261206-071500.png");
        assertThat(text).startsWith("Mitglied #42 in Kanal 7\n").contains("Diagramm gespeichert unter " + saved + "\n");
        assertThat(ConsoleRenderer.forTerminal(false, Map.of(), dataFolder, CLOCK)
                        .render(Reply.content("", Text.builder().member(42).build())))
                .startsWith("member #42");
    }

    @Test
    void pickListsListTheirCommands() {
        Reply reply = Reply.content("Chapter 1", "Two sections")
                .withActions(List.of(new ReplyAction.PickList(
                        "pick",
                        "Open a section…",
                        List.of(
                                new ReplyAction.Pick("1.1 One", "1.1:0", "/section 1.1"),
                                new ReplyAction.Pick("1.2 Two", "1.2:0", "")))));

        assertThat(new ConsoleRenderer(false).render(reply))
                .endsWith("» Open a section: /section 1.1 · /press pick 1.2:0\n");
    }

    @Test
    void inFrenchTheColonAfterAButtonOrListIsSpacedAsFrenchWritesIt() {
        ConsoleRenderer french = new ConsoleRenderer(false, ConsoleAttachments.asBlocks(Locale.FRENCH), Locale.FRENCH);
        Reply navigation = Reply.content("1.1", "Texte")
                .withActions(List.of(
                        new ReplyAction.Button("◀ 1.0", "nav:1.0:0", ReplyAction.Style.SECONDARY, "/section 1.0"),
                        new ReplyAction.Button(
                                "Marquer comme lu", "read:1.1", ReplyAction.Style.SECONDARY, "/read 1.1")));
        Reply chapter = Reply.content("Chapitre 1", "Deux sections")
                .withActions(List.of(new ReplyAction.PickList(
                        "pick",
                        "Ouvrir une section…",
                        List.of(new ReplyAction.Pick("1.1 Une", "1.1:0", "/section 1.1")))));

        assertThat(french.render(navigation)).endsWith("» ◀ 1.0 : /section 1.0   Marquer comme lu : /read 1.1\n");
        assertThat(french.render(chapter)).endsWith("» Ouvrir une section : /section 1.1\n");
    }

    @Test
    void manyOrLongActionsTakeALineEachAndShortOnesShareOne() {
        List<ReplyAction> choices = List.of(
                        "Redis Pub/Sub and Streams",
                        "asyncpg: Async PostgreSQL Driver",
                        "Replication Groups: Primary Node and Read Replicas",
                        "redis-py: Strings, Hashes, Lists")
                .stream()
                .map(label -> (ReplyAction)
                        new ReplyAction.Button(label, "quiz:a:s1:" + label.length(), ReplyAction.Style.SECONDARY, ""))
                .toList();
        Reply question = Reply.content("Which section says this?", "A fact.").withActions(choices);

        assertThat(new ConsoleRenderer(false).render(question)).endsWith("""
                A fact.
                » Redis Pub/Sub and Streams: /press quiz:a:s1:25
                » asyncpg: Async PostgreSQL Driver: /press quiz:a:s1:32
                » Replication Groups: Primary Node and Read Replicas: /press quiz:a:s1:50
                » redis-py: Strings, Hashes, Lists: /press quiz:a:s1:32
                """);
        assertThat(new ConsoleRenderer(true).render(question).lines().filter(line -> line.contains("»")))
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).startsWith("\u001B[2m»").endsWith("\u001B[22m"));
        Reply navigation = Reply.content("62.6", "Text")
                .withActions(List.of(
                        new ReplyAction.Button("◀ 62.5", "nav:62.5:0", ReplyAction.Style.SECONDARY, "/section 62.5"),
                        new ReplyAction.Button("62.7 ▶", "nav:62.7:0", ReplyAction.Style.SECONDARY, "/section 62.7"),
                        new ReplyAction.Button(
                                "Mark as read", "read:62.6", ReplyAction.Style.SECONDARY, "/read 62.6")));
        assertThat(new ConsoleRenderer(false).render(navigation))
                .endsWith("» ◀ 62.5: /section 62.5   62.7 ▶: /section 62.7   Mark as read: /read 62.6\n");
    }

    @Test
    void aLongPickListTakesALinePerPick() {
        List<ReplyAction.Pick> picks = List.of("20.1", "20.2", "20.3", "20.4", "62.5", "62.6", "62.7", "62.8").stream()
                .map(section -> new ReplyAction.Pick(section, section + ":0", "/section " + section))
                .toList();
        Reply reply = Reply.content("Search", "Eight sections")
                .withActions(List.of(new ReplyAction.PickList("pick", "Open a section…", picks)));

        assertThat(new ConsoleRenderer(false).render(reply)).endsWith("""
                » Open a section:
                   /section 20.1
                   /section 20.2
                   /section 20.3
                   /section 20.4
                   /section 62.5
                   /section 62.6
                   /section 62.7
                   /section 62.8
                """);
    }
}
