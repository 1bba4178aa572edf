package studybot.shelf.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.OfflineStudybot;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.command.Place;
import studybot.config.ConfigLoader;
import studybot.library.SectionNumber;
import studybot.plan.Pace;
import studybot.plan.ReadingPlan;
import studybot.plan.SqlPlanStore;
import studybot.progress.ReadMark;
import studybot.progress.SqlReadMarkStore;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.shelf.ShelfFixtures;
import studybot.testing.TestConfig;

/** What a server keeps of each book when it switches from one book to another and back. */
class BookDataPerBookTest {

    private static final String LEDGER = "a-notes";
    private static final String STORAGE = "urn-isbn-9780000000002";
    private static final long SERVER = 42;
    private static final Asker MANAGER = Asker.inServer(1, "manager", SERVER, 7, true);
    private static final Asker MEMBER = Asker.inServer(2, "member", SERVER, 7, false);

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

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void readMarksAndProgressAreKeptPerBookAndResumeWhenSwitchingBack() {
        answer("read", "", Map.of("section", "1.0"));
        assertThat(answer("progress", "me", Map.of())).contains("Read: 1 section (1.0)");

        use(STORAGE);
        assertThat(answer("progress", "me", Map.of())).contains("Read: nothing marked yet");
        answer("read", "", Map.of("section", "2.0"));

        use(LEDGER);
        assertThat(answer("progress", "me", Map.of())).contains("Read: 1 section (1.0)");
        use(STORAGE);
        assertThat(answer("progress", "me", Map.of())).contains("Read: 1 section (2.0)");
    }

    @Test
    void eachBookHasItsOwnPlanWhichResumesWhenSwitchingBack() {
        answer("plan", "set", Map.of("start", "1", "pace", "1"));

        use(STORAGE);
        assertThat(answer("plan", "status", Map.of())).doesNotContain("Started at");
        answer("plan", "set", Map.of("start", "2", "pace", "2"));

        use(LEDGER);
        assertThat(answer("plan", "status", Map.of())).contains("Started at 1.0", "1 section a day");
        use(STORAGE);
        assertThat(answer("plan", "status", Map.of())).contains("Started at 2.0", "2 sections a day");
    }

    @Test
    void removingAServersOwnBookDeletesItsPlanAndReadMarksThere() {
        Path upload = ShelfFixtures.epub(temp.resolve("incoming/ours.epub"), "our-own-book", "Our Book", "Journal");
        answer("book", "add", Map.of("file", upload.toString()));
        use("our-own-book");
        answer("plan", "set", Map.of("start", "1", "pace", "1"));
        answer("read", "", Map.of("section", "1.0"));

        Reply prompt = registry.answer(MANAGER, "book", "remove", Map.of("book", "our-own-book"));
        assertThat(text(registry.click(
                        MANAGER, ((ReplyAction.Button) prompt.actions().get(0)).id(), List.of())))
                .contains("is gone from this server");

        assertThat(new SqlPlanStore(running.store()).books(SERVER)).isEmpty();
        assertThat(new SqlReadMarkStore(running.store()).books(Place.server(SERVER)))
                .isEmpty();
    }

    @Test
    void aManagerSeesThePlansAndMarksABookNoLongerHereLeftAndDeletesThem() {
        answer("read", "", Map.of("section", "1.0"));
        new SqlPlanStore(running.store())
                .save(
                        SERVER,
                        "gone-book",
                        ReadingPlan.starting(
                                new SectionNumber(1, 0), new Pace.SectionsPerDay(1), LocalDate.of(2026, 12, 1)),
                        Instant.EPOCH);
        new SqlReadMarkStore(running.store())
                .mark(
                        Place.server(SERVER),
                        "gone-book",
                        2,
                        List.of(new ReadMark(new SectionNumber(1, 0), Instant.EPOCH)));

        assertThat(answer("book", "list", Map.of()))
                .contains("Plans and read marks left by books no longer here: gone-book");
        assertThat(text(registry.answer(MEMBER, "book", "list", Map.of()))).doesNotContain("gone-book");
        assertThat(text(registry.answer(MEMBER, "book", "forget", Map.of("book", "gone-book"))))
                .contains("Manage Server");
        assertThat(answer("book", "forget", Map.of("book", LEDGER))).contains("A book still here keeps its data");

        assertThat(answer("book", "forget", Map.of("book", "gone-book"))).contains("are deleted");

        assertThat(answer("book", "list", Map.of())).doesNotContain("gone-book");
        assertThat(new SqlPlanStore(running.store()).books(SERVER)).isEmpty();
        assertThat(new SqlReadMarkStore(running.store()).books(Place.server(SERVER)))
                .containsExactly("");
        assertThat(answer("progress", "me", Map.of())).contains("Read: 1 section (1.0)");
    }

    private void use(String book) {
        assertThat(answer("book", "use", Map.of("book", book))).contains("This server reads");
    }

    private String answer(String command, String subcommand, Map<String, String> options) {
        return text(registry.answer(MANAGER, command, subcommand, options));
    }

    private static String text(Reply reply) {
        return reply.title() + "\n" + reply.text().plainText();
    }
}
