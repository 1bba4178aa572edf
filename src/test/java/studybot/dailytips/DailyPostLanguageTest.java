package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.digest.ReadingServices;
import studybot.discord.DiscordText;
import studybot.i18n.PublicLocales;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.plan.PlanBooks;
import studybot.plan.PlanException;
import studybot.plan.PlanStore;
import studybot.posting.SharedPostingRate;
import studybot.progress.ReadMarkStore;
import studybot.quiz.Question;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;
import studybot.tip.Tip;

/**
 * Each server's daily post is worded in its own language (what its managers chose with {@code /language set}), while
 * the book's text stays as it is; a server without a choice keeps today's English.
 */
class DailyPostLanguageTest {

    private static final long GERMAN_SERVER = 42;
    private static final long ENGLISH_SERVER = 43;

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
    private final FakeTipChannel discord = new FakeTipChannel(clock);
    private final Library book = PlanBooks.seedShape();
    private Store store;

    @BeforeEach
    void open() {
        store = TestStores.of(Dialect.SQLITE, temp)
                .open(List.of(
                        DailyTipService.MIGRATIONS,
                        SharedPostingRate.MIGRATIONS,
                        PlanStore.MIGRATIONS,
                        ReadMarkStore.MIGRATIONS));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aServerThatChoseGermanGetsItsDigestInGermanAndTheOthersStayEnglish() throws PlanException {
        ReadingServices reading = ReadingServices.open(store, place -> book, place -> "", server -> Set.of(), clock);
        PublicLocales languages = new PublicLocales(
                server -> server == GERMAN_SERVER ? Optional.of(Locale.GERMAN) : Optional.empty(),
                server -> Optional.empty());
        DailyTipService tips = new DailyTipService(
                store,
                server -> List.of(new Tip("tip-20.1", "Replicas serve reads.", new SectionNumber(20, 1))),
                (server, section) -> book.find(section).map(Section::title),
                discord,
                clock,
                DailyTipsFixture.BACKOFF,
                reading.digests(),
                DailyQuestions.none(),
                DigestThreads.none(),
                DailyTipsFixture.everyServer(store),
                languages::of,
                BookLanguageLines.none());
        for (long server : List.of(GERMAN_SERVER, ENGLISH_SERVER)) {
            tips.saveSettings(
                    server, new DailyTipSettings(server, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), true));
            reading.plans().set(server, "20.1", "2", "");
        }
        while (clock.instant().isBefore(Instant.parse("2026-12-01T12:00:00Z"))) {
            clock.advance(Duration.ofMinutes(1));
            tips.runDue();
        }

        Map<Long, Reply> posts = new HashMap<>();
        discord.messages()
                .forEach(message -> posts.put(
                        message.channelId(), DailyPostReply.of(message.post(), DailyPostLanguageTest::noAnswers)));
        Reply german = posts.get(GERMAN_SERVER);
        assertThat(german.title()).isEqualTo("Heutige Lektüre · etwa 4 Min.");
        assertThat(DiscordText.markdown(german.text()))
                .startsWith("**20.1** Title 20.1 · 2 Min.\n")
                .contains("15 Abschnitte übrig, fertig am <t:");
        assertThat(german.fields()).extracting(ReplyField::name).containsExactly("Lerntipp");
        assertThat(german.fields().get(0).value().plainText())
                .startsWith("Replicas serve reads.")
                .as("the book's text stays as it is")
                .contains("— Aus 20.1 Title 20.1");
        assertThat(german.actions())
                .extracting(action -> ((ReplyAction.Button) action).label())
                .containsExactly("20.1 öffnen", "20.2 öffnen");

        Reply english = posts.get(ENGLISH_SERVER);
        assertThat(english.title()).isEqualTo("Today's reading · about 4 min");
        assertThat(DiscordText.markdown(english.text())).contains("15 sections left, finishing <t:");
        assertThat(english.fields()).extracting(ReplyField::name).containsExactly("Study tip");
    }

    @Test
    void aPauseReasonReadsInTheManagersLanguageAndEnglishStaysAsBefore() {
        PauseReason gone = new PauseReason(PauseReason.Cause.CHANNEL_GONE, 7);

        assertThat(DiscordText.markdown(gone.text()))
                .isEqualTo("The tip channel <#7> was deleted or studybot can no longer see it. Choose a channel with"
                        + " `/tips set`.");
        assertThat(DiscordText.markdown(gone.text(Locale.GERMAN)))
                .isEqualTo("Der Tipp-Kanal <#7> wurde gelöscht, oder studybot kann ihn nicht mehr sehen. Wähle mit"
                        + " `/tips set` einen Kanal.");
    }

    private static String noAnswers(Question question, String choice) {
        return "";
    }
}
