package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.book.CurrentBook;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.CommandRegistry;
import studybot.command.Feature;
import studybot.console.ConsoleRenderer;
import studybot.dailytips.command.DailyTipsCommand;
import studybot.discord.DiscordText;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.SectionNumber;
import studybot.posting.Fanout;
import studybot.posting.RetryBackoff;
import studybot.posting.SharedPostingRate;
import studybot.reply.Reply;
import studybot.reply.ReplyField;
import studybot.reply.Text;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.StoreBusyException;
import studybot.store.StoreFaults;
import studybot.store.TestStores;
import studybot.testing.LogCapture;
import studybot.tip.Tip;

/**
 * {@code /tips} without Discord: plain values in through the command registry (which checks access), replies out, over
 * the real tip service and both stores.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class DailyTipsCommandTest {

    @Parameter
    Dialect dialect;

    private static final long SERVER = 200000000000000001L;
    private static final long CHANNEL = 300000000000000001L;
    private static final long OTHER_CHANNEL = 300000000000000009L;
    /** 09:00 in Berlin (CET, UTC+1). */
    private static final Instant START = Instant.parse("2025-03-10T08:00:00Z");

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(START);
    private final List<Long> postedTo = new ArrayList<>();
    private TipSendException nextFailure;
    private Optional<PostingProblem> accessProblem = Optional.empty();
    private Optional<Text> threadsMissing = Optional.empty();
    private final DigestThreads threads = new DigestThreads() {
        @Override
        public OptionalLong open(long serverId, long channelId, long messageId, Digest digest) {
            return OptionalLong.empty();
        }

        @Override
        public Optional<Text> missing(long serverId, long channelId, Locale reader) {
            return threadsMissing;
        }
    };
    private List<Tip> deck = List.of(new Tip("t1", "Pool your connections.", new SectionNumber(62, 8)));
    private TestStores stores;
    private Store database;
    private DailyTipService service;
    private CommandRegistry registry;

    @BeforeEach
    void open() {
        stores = TestStores.of(dialect, folder);
        database = stores.open(List.of(DailyTipService.MIGRATIONS, SharedPostingRate.MIGRATIONS));
        TipChannel channel = this::send;
        service = new DailyTipService(
                database,
                server -> deck,
                (server, section) -> Optional.of("Connection Pooling Strategies"),
                channel,
                clock,
                RetryBackoff.DEFAULT,
                Fanout.of(
                        server -> true,
                        SharedPostingRate.discordGlobal(database, Clock.systemUTC()),
                        Duration.ofSeconds(30)),
                server -> Languages.ENGLISH);
        registry = new CommandRegistry(
                BooksByPlace.everywhere(new CurrentBook()),
                List.of(Feature.of(new DailyTipsCommand(
                        service, (server, channelId) -> accessProblem, threads, Texts.load("dailytips")))));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void tipsStatusIsInTheManagersLanguageWhateverTheServersIs() {
        ask(set(true, "09:30", "Europe/Berlin"));

        Reply english = answer(admin().speaking(Locale.ENGLISH, Locale.GERMAN), DailyTipsCommand.STATUS, Map.of());
        assertThat(english.title()).isEqualTo("Daily tips");
        assertThat(english.text().plainText()).isEqualTo("Daily tips are on.");
        assertThat(english.fields()).extracting(ReplyField::name).startsWith("Channel", "Time", "Next tip");

        Reply german = answer(admin().speaking(Locale.GERMAN, Locale.ENGLISH), DailyTipsCommand.OFF, Map.of());
        assertThat(german.title()).isEqualTo("Tägliche Tipps");
        assertThat(german.text().plainText())
                .isEqualTo("Ausgeschaltet. Tägliche Tipps sind aus. Mit /tips on schaltest du sie ein.");
        assertThat(german.fields())
                .extracting(ReplyField::name)
                .startsWith("Kanal", "Uhrzeit", "Nächster Tipp", "Letzter Tipp");
        assertThat(german.fields().get(2).value().plainText())
                .isEqualTo("Keiner, solange die täglichen Tipps aus sind.");
    }

    @Test
    void aDirectMessageIsRefusedKindly() {
        Reply reply = registry.answer(
                Asker.personal(1, "member", CHANNEL), DailyTipsCommand.NAME, DailyTipsCommand.STATUS, Map.of());

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.isForAskerOnly()).isTrue();
        assertThat(reply.text().plainText()).contains("works only in a server");
    }

    @Test
    void aMemberWithoutManageServerIsRefusedAndNothingIsSaved() {
        Reply reply = ask(set(false, "09:30", "Europe/Berlin"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.isForAskerOnly()).isTrue();
        assertThat(reply.text().plainText()).contains("Manage Server");
        assertThat(service.settings(SERVER)).isEmpty();
    }

    @Test
    void theFirstSetNeedsChannelTimeAndTimezone() {
        Reply reply = answer(
                admin(),
                DailyTipsCommand.SET,
                Map.of(DailyTipsCommand.CHANNEL, String.valueOf(CHANNEL), DailyTipsCommand.TIME, "09:30"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText()).contains("all three");
        assertThat(service.settings(SERVER)).isEmpty();
    }

    @Test
    void aBadTimeOrTimezoneIsExplained() {
        Reply badTime = ask(set(true, "9am", "Europe/Berlin"));
        Reply badZone = ask(set(true, "09:00", "Europe/Berl"));

        assertThat(badTime.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(badTime.text().plainText()).contains("\"9am\"").contains("HH:mm");
        assertThat(badZone.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(badZone.text().plainText()).contains("Did you mean Europe/Berlin?");
        assertThat(service.settings(SERVER)).isEmpty();
    }

    @Test
    void aGermanAdminReadsWhatIsWrongWithTheTimeOrZoneInGerman() {
        Asker german = admin().speaking(Locale.GERMAN, Locale.ENGLISH);
        Map<String, String> badTime = Map.of(
                DailyTipsCommand.CHANNEL,
                String.valueOf(CHANNEL),
                DailyTipsCommand.TIME,
                "9am",
                DailyTipsCommand.TIMEZONE,
                "Europe/Berlin");
        Map<String, String> badZone = Map.of(
                DailyTipsCommand.CHANNEL,
                String.valueOf(CHANNEL),
                DailyTipsCommand.TIME,
                "09:00",
                DailyTipsCommand.TIMEZONE,
                "Europe/Berl");

        assertThat(answer(german, DailyTipsCommand.SET, badTime).text().plainText())
                .startsWith("„9am“ ist keine Uhrzeit, die studybot versteht.");
        assertThat(answer(german, DailyTipsCommand.SET, badZone).text().plainText())
                .startsWith("„Europe/Berl“ ist keine Zeitzone, die studybot kennt.")
                .endsWith("Meintest du Europe/Berlin?");
        assertThat(service.settings(SERVER)).isEmpty();
    }

    @Test
    void postNowWithoutTipsSaysSoInTheAdminsLanguage() {
        ask(set(true, "09:30", "Europe/Berlin"));
        deck = List.of();

        Reply german = answer(admin().speaking(Locale.GERMAN, Locale.ENGLISH), DailyTipsCommand.POST_NOW, Map.of());

        assertThat(german.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(german.text().plainText()).isEqualTo("Das Buch hat keine Tipps zum Posten.");
        assertThat(postedTo).isEmpty();
    }

    @Test
    void aChannelStudybotCannotPostInIsRefused() {
        accessProblem = Optional.of(new PostingProblem(
                PostingProblem.Kind.MISSING_PERMISSIONS, CHANNEL, List.of(PostingProblem.Permission.EMBED_LINKS)));

        Reply reply = ask(set(true, "09:30", "Europe/Berlin"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(DiscordText.markdown(reply.text()))
                .isEqualTo("studybot needs Embed Links in <#" + CHANNEL + "> to post tips. Grant it to studybot's role"
                        + " in that channel's permissions. Nothing was changed.");
        assertThat(service.settings(SERVER)).isEmpty();
    }

    @Test
    void aGermanAdminReadsWhatStudybotLacksInGerman() {
        Asker german = admin().speaking(Locale.GERMAN, Locale.ENGLISH);
        ask(set(true, "09:30", "Europe/Berlin"));
        accessProblem = Optional.of(new PostingProblem(
                PostingProblem.Kind.MISSING_PERMISSIONS,
                CHANNEL,
                List.of(PostingProblem.Permission.SEND_MESSAGES, PostingProblem.Permission.EMBED_LINKS)));

        assertThat(DiscordText.markdown(
                        answer(german, DailyTipsCommand.POST_NOW, Map.of()).text()))
                .isEqualTo("studybot braucht „Nachrichten senden“ und „Links einbetten“ in <#" + CHANNEL + ">, um"
                        + " Tipps zu posten. Gib diese Berechtigungen der Rolle von studybot in den Berechtigungen"
                        + " dieses Kanals.");
        accessProblem = Optional.of(new PostingProblem(PostingProblem.Kind.NOT_A_CHANNEL, OTHER_CHANNEL, List.of()));
        assertThat(answer(german, DailyTipsCommand.SET, Map.of(DailyTipsCommand.CHANNEL, String.valueOf(OTHER_CHANNEL)))
                        .text()
                        .plainText())
                .contains("ist kein Textkanal dieses Servers, den studybot sehen kann.")
                .endsWith(" Es wurde nichts geändert.");
        accessProblem = Optional.of(PostingProblem.offline(CHANNEL));
        assertThat(answer(german, DailyTipsCommand.ON, Map.of()).text().plainText())
                .startsWith("studybot ist nicht mit Discord verbunden und kann den Kanal daher nicht prüfen.");
    }

    @Test
    void setSavesAndShowsTheStatusWithDiscordTimestamps() {
        Reply reply = ask(set(true, "09:30", "america/new_york"));

        long next = Instant.parse("2025-03-10T13:30:00Z").getEpochSecond();
        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(reply.isForAskerOnly()).isTrue();
        assertThat(DiscordText.markdown(reply.text())).contains("Saved.").contains("**on**");
        assertThat(fields(reply))
                .containsEntry("Channel", "<#300000000000000001>")
                .containsEntry("Time", "09:30 every day (America/New\\_York)")
                .containsEntry("Next tip", "<t:" + next + ":F> (<t:" + next + ":R>)")
                .containsEntry("Last tip", "None yet.");
    }

    @Test
    void aLaterSetMayChangeOneSettingAlone() {
        ask(set(true, "09:30", "Europe/Berlin"));

        Reply reply =
                answer(admin(), DailyTipsCommand.SET, Map.of(DailyTipsCommand.CHANNEL, String.valueOf(OTHER_CHANNEL)));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(service.settings(SERVER)).hasValueSatisfying(settings -> {
            assertThat(settings.channelId()).isEqualTo(OTHER_CHANNEL);
            assertThat(settings.postTime()).hasToString("09:30");
            assertThat(settings.zone().getId()).isEqualTo("Europe/Berlin");
        });
    }

    /**
     * Issue 10 §6: both admins' commands read the settings before either writes (the access check in between waits for
     * the other); each must still keep its own change, and both are told "Saved.".
     */
    @Test
    void twoAdminsSettingDifferentThingsAtTheSameMomentBothKeepTheirChange() throws Exception {
        ask(set(true, "09:30", "Europe/Berlin"));
        CyclicBarrier bothRead = new CyclicBarrier(2);
        CommandRegistry racing = new CommandRegistry(
                BooksByPlace.everywhere(new CurrentBook()),
                List.of(Feature.of(new DailyTipsCommand(
                        service,
                        (server, channelId) -> {
                            try {
                                bothRead.await(10, TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            return Optional.empty();
                        },
                        DigestThreads.none(),
                        Texts.load("dailytips")))));

        CompletableFuture<Reply> timeAdmin = CompletableFuture.supplyAsync(() -> racing.answer(
                admin(), DailyTipsCommand.NAME, DailyTipsCommand.SET, Map.of(DailyTipsCommand.TIME, "18:45")));
        CompletableFuture<Reply> zoneAdmin = CompletableFuture.supplyAsync(() -> racing.answer(
                admin(),
                DailyTipsCommand.NAME,
                DailyTipsCommand.SET,
                Map.of(DailyTipsCommand.TIMEZONE, "America/New_York")));

        assertThat(timeAdmin.get(30, TimeUnit.SECONDS).text().plainText()).startsWith("Saved.");
        assertThat(zoneAdmin.get(30, TimeUnit.SECONDS).text().plainText()).startsWith("Saved.");
        assertThat(service.settings(SERVER)).hasValueSatisfying(settings -> {
            assertThat(settings.postTime()).hasToString("18:45");
            assertThat(settings.zone().getId()).isEqualTo("America/New_York");
            assertThat(settings.channelId()).isEqualTo(CHANNEL);
        });
    }

    /** Issue 10 §8: an admin whose change cannot get at the store is told it is busy, not "something went wrong". */
    @Test
    @SuppressWarnings("try")
    void anAdminWhoseChangeFindsTheStoreHeldIsToldItIsBusy() throws Exception {
        ask(set(true, "09:30", "Europe/Berlin"));

        Reply reply;
        try (AutoCloseable lock = StoreFaults.holdLock(stores, "daily_tip_settings")) {
            reply = ask(plain(DailyTipsCommand.OFF));
        }

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText()).isEqualTo(StoreBusyException.ADVICE + " Nothing was changed.");
        assertThat(service.settings(SERVER).orElseThrow().enabled()).isTrue();
    }

    @Test
    void offAndOnSwitchTheTipAndStatusSaysSo() {
        ask(set(true, "09:30", "Europe/Berlin"));

        Reply off = ask(plain(DailyTipsCommand.OFF));
        assertThat(DiscordText.markdown(off.text())).contains("**off**").contains("/tips on");
        assertThat(fields(off).get("Next tip")).startsWith("None");

        Reply on = ask(plain(DailyTipsCommand.ON));
        assertThat(DiscordText.markdown(on.text())).contains("**on**");
        assertThat(fields(on).get("Next tip")).startsWith("<t:");
    }

    @Test
    void onOffAndPostNowNeedSettingsFirst() {
        for (String subcommand : List.of(DailyTipsCommand.ON, DailyTipsCommand.OFF, DailyTipsCommand.POST_NOW)) {
            Reply reply = ask(plain(subcommand));

            assertThat(reply.kind()).as(subcommand).isEqualTo(Reply.Kind.PROBLEM);
            assertThat(reply.text().plainText()).as(subcommand).contains("/tips set");
        }
    }

    @Test
    void statusBeforeSetUpSaysHowToStart() {
        Reply reply = ask(plain(DailyTipsCommand.STATUS));

        assertThat(reply.isForAskerOnly()).isTrue();
        assertThat(reply.text().plainText()).contains("not set up").contains("/tips set");
    }

    @Test
    void postNowPostsToTheTipChannelAndLinksTheMessage() {
        ask(set(true, "09:30", "Europe/Berlin"));

        Reply reply = ask(plain(DailyTipsCommand.POST_NOW));

        assertThat(postedTo).containsExactly(CHANNEL);
        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(reply.isForAskerOnly()).isTrue();
        assertThat(reply.text().plainText())
                .contains("https://discord.com/channels/200000000000000001/300000000000000001/777")
                .contains("does not count as the day's tip");
    }

    @Test
    void aFailedPostNowSaysWhy() {
        ask(set(true, "09:30", "Europe/Berlin"));
        nextFailure =
                new PermanentSendFailure(new PauseReason(PauseReason.Cause.MISSING_PERMISSIONS, 300000000000000001L));

        Reply reply = ask(plain(DailyTipsCommand.POST_NOW));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText())
                .contains("Could not post the tip: studybot needs View Channel, Send Messages");
    }

    @Test
    void aPauseIsShownWithItsReasonUntilTheSettingsChange() {
        ask(set(true, "09:01", "Europe/Berlin"));
        nextFailure = new PermanentSendFailure(new PauseReason(PauseReason.Cause.CHANNEL_GONE, 300000000000000001L));
        clock.advance(Duration.ofMinutes(2));
        try (LogCapture log = LogCapture.of(DailyTipService.class)) {
            service.runDue();
            assertThat(log.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .contains("paused")
                    .contains("was deleted");
        }

        Reply paused = ask(plain(DailyTipsCommand.STATUS));
        assertThat(DiscordText.markdown(paused.text())).contains("**paused**");
        assertThat(fields(paused).get("Paused"))
                .contains("The tip channel <#300000000000000001> was deleted")
                .contains("/tips on");
        assertThat(new ConsoleRenderer(false).render(paused)).contains("The tip channel channel 300000000000000001");

        Reply saved =
                answer(admin(), DailyTipsCommand.SET, Map.of(DailyTipsCommand.CHANNEL, String.valueOf(OTHER_CHANNEL)));
        assertThat(DiscordText.markdown(saved.text())).contains("**on**");
        assertThat(fields(saved)).doesNotContainKey("Paused");
    }

    @Test
    void theStatusSaysHowToLetDigestsOpenThreads() {
        ask(set(true, "09:30", "Europe/Berlin"));
        Reply allowed = ask(plain(DailyTipsCommand.STATUS));
        threadsMissing = Optional.of(Text.plain("Grant Create Public Threads and Send Messages in Threads."));

        Reply missing = ask(plain(DailyTipsCommand.STATUS));

        assertThat(fields(allowed)).doesNotContainKey("Discussion threads");
        assertThat(fields(missing))
                .containsEntry("Discussion threads", "Grant Create Public Threads and Send Messages in Threads.");
    }

    @Test
    void theConsoleSaysWhereTipsAreSetUpAndShowsItsStoresSettings() {
        Reply empty = answer(Asker.console("me"), DailyTipsCommand.STATUS, Map.of());
        ask(set(true, "09:30", "Europe/Berlin"));

        Reply reply = answer(Asker.console("me"), DailyTipsCommand.STATUS, Map.of());

        assertThat(empty.text().plainText()).contains("set up on Discord").contains("holds no daily-tip settings");
        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(reply.text().plainText()).contains("set up on Discord").contains("/tips set");
        assertThat(fields(reply))
                .containsExactly(Map.entry("Server " + SERVER, "on · 09:30 Europe/Berlin · channel " + CHANNEL));
        assertThat(postedTo).isEmpty();
    }

    @Test
    void timezonesAreCompletedAndOtherOptionsAreNot() {
        assertThat(registry.complete(
                        admin(), DailyTipsCommand.NAME, DailyTipsCommand.SET, DailyTipsCommand.TIMEZONE, "berl"))
                .extracting(choice -> choice.value())
                .contains("Europe/Berlin");
        assertThat(registry.complete(admin(), DailyTipsCommand.NAME, DailyTipsCommand.SET, DailyTipsCommand.TIME, "09"))
                .isEmpty();
    }

    /** {@code /tips set} with all three settings, by an admin or a plain member. */
    private Request set(boolean admin, String time, String zone) {
        return new Request(
                admin ? admin() : member(),
                DailyTipsCommand.SET,
                Map.of(
                        DailyTipsCommand.CHANNEL,
                        String.valueOf(CHANNEL),
                        DailyTipsCommand.TIME,
                        time,
                        DailyTipsCommand.TIMEZONE,
                        zone));
    }

    private static Request plain(String subcommand) {
        return new Request(admin(), subcommand, Map.of());
    }

    private Reply ask(Request request) {
        return answer(request.asker(), request.subcommand(), request.options());
    }

    private Reply answer(Asker asker, String subcommand, Map<String, String> options) {
        return registry.answer(asker, DailyTipsCommand.NAME, subcommand, options);
    }

    private static Asker admin() {
        return Asker.inServer(2, "admin", SERVER, CHANNEL, true);
    }

    private static Asker member() {
        return Asker.inServer(3, "member", SERVER, CHANNEL, false);
    }

    /** One use of {@code /tips}: who, which subcommand, which options. */
    private record Request(Asker asker, String subcommand, Map<String, String> options) {}

    private SentMessage send(long channelId, TipPost post, String nonce) throws TipSendException {
        if (nextFailure != null) {
            TipSendException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        postedTo.add(channelId);
        return new SentMessage(777);
    }

    private static Map<String, String> fields(Reply reply) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (ReplyField field : reply.fields()) {
            byName.put(field.name(), DiscordText.markdown(field.value()));
        }
        return byName;
    }
}
