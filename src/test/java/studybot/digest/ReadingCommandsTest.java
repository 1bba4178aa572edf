package studybot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.chart.ChartRenderer;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.CommandRegistry;
import studybot.command.ConfirmationNonces;
import studybot.command.Feature;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.MutableClock;
import studybot.discord.DiscordText;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Texts;
import studybot.library.TestBooks;
import studybot.plan.PlanStore;
import studybot.plan.command.PlanCommand;
import studybot.progress.ReadMarkStore;
import studybot.progress.command.ProgressFeature;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * The reading commands through the command registry, as the console and direct messages reach them: the console keeps
 * one local plan that its user's progress is measured against; direct messages have progress but no plan.
 */
class ReadingCommandsTest {

    private static final long MEMBER = 77;

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private Store store;
    private CommandRegistry registry;
    /** Whether the machine has fonts, as the chart renderer is told. */
    private final AtomicBoolean fontsInstalled = new AtomicBoolean(true);

    @BeforeEach
    void open() {
        store = TestStores.of(Dialect.SQLITE, temp)
                .open(List.of(DailyTipService.MIGRATIONS, PlanStore.MIGRATIONS, ReadMarkStore.MIGRATIONS));
        CurrentBook book = new CurrentBook(
                new BookBinder(new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                        .bind(TestBooks.seed()));
        ReadingServices reading =
                ReadingServices.open(store, place -> book.get().library(), place -> "", server -> Set.of(), clock);
        registry = new CommandRegistry(
                BooksByPlace.everywhere(book),
                List.of(
                        Feature.of(new PlanCommand(
                                reading.plans(), (server, reader) -> Optional.empty(), Texts.load("plan"))),
                        new ProgressFeature(
                                reading.progress(),
                                new ChartRenderer(fontsInstalled::get),
                                new ConfirmationNonces(clock),
                                Texts.load("progress"))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Asker console() {
        return Asker.console("me");
    }

    private static Asker directMessages() {
        return Asker.personal(MEMBER, "member", 5);
    }

    @Test
    void theConsoleRunsALocalPlanAndMeasuresItsUserAgainstIt() {
        Reply set = registry.answer(console(), "plan", "set", Map.of("start", "62", "pace", "1"));
        assertThat(set.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(DiscordText.markdown(set.text()))
                .contains("**62.1** psycopg2")
                .contains("**Expected end:** 2026-12-08")
                .doesNotContain("<t:");
        clock.advance(Duration.ofDays(3));
        assertThat(DiscordText.markdown(registry.answer(console(), "read", "", Map.of("section", "62.1"))
                        .text()))
                .contains("Marked 62.1")
                .contains("You're 2 sections behind: 62.2, 62.3.");
        Reply progress = registry.answer(console(), "progress", "me", Map.of());
        assertThat(DiscordText.markdown(progress.text()))
                .contains("**Read:** 1 section (62.1)")
                .contains("today's reading is 62.4");
        assertThat(progress.actions())
                .extracting(action -> ((ReplyAction.Button) action).typed())
                .containsExactly("/section 62.2", "/section 62.3");
        assertThat(DiscordText.markdown(
                        registry.answer(console(), "plan", "status", Map.of()).text()))
                .contains("**62.4**");
        assertThat(DiscordText.markdown(registry.answer(console(), "progress", "group", Map.of())
                        .text()))
                .contains("Of 1 member who marks sections as read: **0 on track**, **1 behind**");
    }

    @Test
    void aGermanMembersProgressIsInGermanWithItsPlurals() {
        Asker german = console().speaking(Locale.GERMAN, Locale.GERMAN);
        registry.answer(german, "plan", "set", Map.of("start", "62", "pace", "1"));
        clock.advance(Duration.ofDays(3));

        assertThat(registry.answer(german, "read", "", Map.of("section", "62.1"))
                        .text()
                        .plainText())
                .contains("als gelesen markiert.")
                .endsWith("Du liegst 2 Abschnitte zurück: 62.2, 62.3.");
        Reply progress = registry.answer(german, "progress", "me", Map.of());
        assertThat(progress.title()).isEqualTo("Lesefortschritt");
        assertThat(DiscordText.markdown(progress.text()))
                .contains("**Gelesen:** 1 Abschnitt (62.1)")
                .contains("heute wird 62.4 gelesen");
        assertThat(progress.actions())
                .extracting(action -> ((ReplyAction.Button) action).label())
                .containsExactly("62.2 öffnen", "62.3 öffnen");
        assertThat(DiscordText.markdown(
                        registry.answer(german, "progress", "group", Map.of()).text()))
                .contains("Von 1 Mitglied, das Abschnitte als gelesen markiert: **0 im Plan**, **1 zurück**");
        assertThat(registry.answer(german, "read", "", Map.of("section", "99"))
                        .text()
                        .plainText())
                .startsWith("Das Buch hat kein Kapitel 99.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|Plan défini. Il commence aujourd’hui.|**Commencé** à 62.1 le 01/12/2026",
                "es|Plan configurado. Empieza hoy.|**Empezó** en 62.1 el 01/12/2026",
            })
    void aManagersPlanWritesItsDatesAsTheirLanguageDoes(String language, String opening, String started) {
        Locale speaks = Locale.forLanguageTag(language);
        Asker manager = console().speaking(speaks, speaks);

        Reply daily = registry.answer(manager, "plan", "set", Map.of("start", "62", "pace", "1"));
        assertThat(DiscordText.markdown(daily.text()))
                .startsWith(opening)
                .contains(started)
                .doesNotContain("2026-12-01");
    }

    @Test
    void aGermanManagersPlanIsInGermanWithItsPluralsAndDates() {
        Asker german = console().speaking(Locale.GERMAN, Locale.GERMAN);

        Reply daily = registry.answer(german, "plan", "set", Map.of("start", "62", "pace", "1"));
        assertThat(DiscordText.markdown(daily.text()))
                .startsWith("Plan gesetzt. Er beginnt heute.")
                .contains("**Begonnen** bei 62.1 am 01.12.2026")
                .contains("**Tempo:** 1 Abschnitt pro Tag")
                .contains("**Voraussichtliches Ende:** ");
        Reply onDays = registry.answer(german, "plan", "set", Map.of("start", "62", "pace", "2", "days", "mon,wed"));
        assertThat(DiscordText.markdown(onDays.text())).contains("**Tempo:** 2 Abschnitte am Mo., Mi.");
        assertThat(registry.answer(german, "plan", "set", Map.of("start", "62", "pace", "99"))
                        .text()
                        .plainText())
                .startsWith("Ein Tempo von 99 Abschnitten geht nicht.");
    }

    @Test
    void groupProgressComesWithAPictureOfTheLastWeeks() {
        registry.answer(console(), "plan", "set", Map.of("start", "62", "pace", "1"));
        registry.answer(console(), "read", "", Map.of("section", "62.1"));
        clock.advance(Duration.ofDays(8));
        registry.answer(console(), "read", "", Map.of("section", "62.2"));

        Reply group = registry.answer(console(), "progress", "group", Map.of());

        assertThat(group.attachment()).get().satisfies(picture -> {
            assertThat(picture.fileName()).isEqualTo("progress-group.png");
            assertThat(Arrays.copyOf(picture.bytes(), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            assertThat(picture.size()).isLessThanOrEqualTo(200 * 1024);
            assertThat(picture.altText())
                    .startsWith("Line chart of sections finished at the end of each week")
                    .contains("for 1 member.")
                    .contains("The median member: 0, 0, 0, 0, 0, 0, 1, 2");
            assertThat(picture.glance()).hasSize(8).endsWith(1.0, 2.0);
        });
    }

    @Test
    void withoutFontsGroupProgressIsTheSameTextWithoutAPicture() {
        registry.answer(console(), "read", "", Map.of("section", "62.1"));
        Reply withPicture = registry.answer(console(), "progress", "group", Map.of());
        fontsInstalled.set(false);

        Reply textOnly = registry.answer(console(), "progress", "group", Map.of());

        assertThat(withPicture.attachment()).isPresent();
        assertThat(textOnly.attachment()).isEmpty();
        assertThat(textOnly.text()).isEqualTo(withPicture.text());
        assertThat(textOnly.fields()).isEqualTo(withPicture.fields());
    }

    @Test
    void directMessagesKeepProgressButHaveNoPlan() {
        assertThat(DiscordText.markdown(registry.answer(directMessages(), "plan", "status", Map.of())
                        .text()))
                .contains("works only in a server");
        assertThat(DiscordText.markdown(registry.answer(directMessages(), "read", "", Map.of("section", "20"))
                        .text()))
                .contains("Marked 7 sections of chapter 20")
                .contains("no reading plan here");
        assertThat(DiscordText.markdown(registry.answer(directMessages(), "unread", "", Map.of("section", "20.7"))
                        .text()))
                .contains("Took back the read mark for 20.7");
        assertThat(registry.answer(directMessages(), "progress", "group", Map.of())
                        .kind())
                .isEqualTo(Reply.Kind.PROBLEM);
    }

    @Test
    void forgetAsksFirstThenDeletes() {
        registry.answer(directMessages(), "read", "", Map.of("section", "20.1"));
        Reply ask = registry.answer(directMessages(), "progress", "forget", Map.of());
        assertThat(ask.isForAskerOnly()).isTrue();
        String id = ((ReplyAction.Button) ask.actions().get(0)).id();
        assertThat(id).matches("progress-forget:[0-9a-f]{16}");
        for (String forged : List.of("progress-forget", "progress-forget:0123456789abcdef")) {
            assertThat(DiscordText.markdown(
                            registry.click(directMessages(), forged, List.of()).text()))
                    .as("a button no prompt issued deletes nothing")
                    .contains("isn't valid");
        }
        assertThat(DiscordText.markdown(registry.answer(directMessages(), "progress", "me", Map.of())
                        .text()))
                .contains("1 section");
        assertThat(DiscordText.markdown(
                        registry.click(directMessages(), id, List.of()).text()))
                .contains("Deleted your read mark.");
        assertThat(DiscordText.markdown(
                        registry.click(directMessages(), id, List.of()).text()))
                .as("a prompt's button works once")
                .contains("isn't valid");
        assertThat(DiscordText.markdown(registry.answer(directMessages(), "progress", "me", Map.of())
                        .text()))
                .contains("nothing marked yet");
    }

    @Test
    void aMarkAsReadButtonForAGoneOrForgedSectionIsAnsweredKindly() {
        assertThat(DiscordText.markdown(
                        registry.click(directMessages(), "read:20.9", List.of()).text()))
                .contains("no longer in the book")
                .contains("20.1");
        assertThat(registry.click(directMessages(), "read:x", List.of()).kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(DiscordText.markdown(
                        registry.click(directMessages(), "read:20.4", List.of()).text()))
                .contains("Marked 20.4");
    }
}
