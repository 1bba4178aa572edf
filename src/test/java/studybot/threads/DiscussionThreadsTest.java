package studybot.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.command.Asker;
import studybot.command.CommandCall;
import studybot.command.OptionValues;
import studybot.command.Scope;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.config.ThreadsConfig;
import studybot.dailytips.Digest;
import studybot.dailytips.DigestSection;
import studybot.dailytips.MutableClock;
import studybot.dailytips.TransientSendFailure;
import studybot.facts.KeyFactExtractor;
import studybot.facts.LabelledBook;
import studybot.i18n.PreferredLocales;
import studybot.i18n.PublicLocales;
import studybot.i18n.ServerLanguages;
import studybot.i18n.Texts;
import studybot.library.SectionNumber;
import studybot.reply.Reply;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;
import studybot.testing.LogCapture;
import studybot.threads.command.DiscussCommand;

/** {@code /discuss} and the digest's thread over a real store, on SQLite and PostgreSQL, with threads in memory. */
@ParameterizedClass
@EnumSource(Dialect.class)
class DiscussionThreadsTest {

    private static final long SERVER = 200;
    private static final long CHANNEL = 300;
    private static final long MEMBER = 500;
    private static final ThreadsConfig CONFIG = new ThreadsConfig(1440, 2);
    private static final Texts TEXTS = Texts.load("threads");
    private static final PublicLocales ENGLISH_SERVERS =
            new PublicLocales(ServerLanguages.none(), PreferredLocales.none());

    private static Book seed;

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private final FakeThreadPort port = new FakeThreadPort();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private Store store;
    private SqlDiscussionThreadStore threads;
    private DiscussionThreads discussion;
    private LogCapture log;

    @BeforeAll
    static void bindSeed() {
        seed = new BookBinder(new CacheConfig(1000, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(LabelledBook.seed().library());
    }

    @BeforeEach
    void open() {
        log = LogCapture.of(Level.INFO, DiscussionThreads.class.getName(), DigestThreadOpener.class.getName());
        store = TestStores.of(dialect, temp).open(List.of(DiscussionThreadStore.MIGRATIONS));
        threads = new SqlDiscussionThreadStore(store);
        discussion = new DiscussionThreads(port, threads, server -> seed, CONFIG, clock, TEXTS);
    }

    @AfterEach
    void close() {
        store.close();
        log.close();
    }

    @Test
    void aSectionGetsOneThreadWhichLaterAsksLinkToAndReopen() {
        Reply opened = discuss(false, "20.4");
        Reply again = discuss(false, " 20.4 ");
        long thread = threads.thread(SERVER, SectionNumber.parse("20.4").orElseThrow())
                .orElseThrow()
                .threadId();
        port.archived.add(thread);
        Reply reopened = discuss(true, "20.4");

        assertThat(opened.text().plainText()).startsWith("Opened #" + thread).contains("20.4 Replication Groups");
        assertThat(again.text().plainText()).contains("is discussed in #" + thread);
        assertThat(reopened.text().plainText()).contains("is discussed in #" + thread);
        assertThat(port.archived).isEmpty();
        assertThat(port.opened).singleElement().satisfies(start -> {
            assertThat(start.name()).startsWith("Discuss 20.4: Replication Groups");
            assertThat(start.autoArchive()).isEqualTo(Duration.ofHours(24));
        });
    }

    @Test
    void aDeletedThreadIsOpenedAnew() {
        discuss(false, "20.4");
        long first = threads.thread(SERVER, SectionNumber.parse("20.4").orElseThrow())
                .orElseThrow()
                .threadId();
        port.deleted.add(first);

        Reply recreated = discuss(false, "20.4");

        assertThat(recreated.text().plainText()).startsWith("Opened #");
        assertThat(threads.thread(SERVER, SectionNumber.parse("20.4").orElseThrow())
                        .orElseThrow()
                        .threadId())
                .isNotEqualTo(first);
        assertThat(log.messages(Level.INFO)).anyMatch(line -> line.contains("is gone"));
    }

    @Test
    void onlyManagersOpenThreadsOnceRestrictedButEveryoneFollowsLinks() {
        discuss(false, "20.4");
        Reply notAllowed = discussion.setOpeners(SERVER, false, true, Locale.ENGLISH);
        Reply restricted = discussion.setOpeners(SERVER, true, true, Locale.ENGLISH);

        assertThat(notAllowed.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(restricted.isForAskerOnly()).isTrue();
        assertThat(discuss(false, "20.5").text().plainText()).contains("only members with Manage Server");
        assertThat(discuss(false, "20.4").text().plainText()).contains("is discussed in");
        assertThat(discuss(true, "20.5").text().plainText()).startsWith("Opened");
    }

    @Test
    void aServerOpensAtMostItsDailyNumberOfThreads() {
        discuss(false, "20.4");
        discuss(false, "20.5");

        Reply third = discuss(false, "20.6");
        clock.advance(Duration.ofHours(25));
        Reply nextDay = discuss(false, "20.6");

        assertThat(third.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(third.text().plainText()).contains("opened 2 discussion threads in the last 24 hours");
        assertThat(nextDay.text().plainText()).startsWith("Opened");
    }

    @Test
    void badSectionsMissingPermissionsAndFailuresAreClearAndStoreNothing() {
        port.missing = Optional.of(ThreadProblem.lacking(CHANNEL, List.of(ThreadPermission.CREATE_PUBLIC_THREADS)));
        Reply missing = discuss(false, "20.4");
        port.missing = Optional.empty();
        port.nextFailure = discordAnswered503();
        Reply failed = discuss(false, "20.4");

        assertThat(discuss(false, "99.9").text().plainText()).contains("The book has no section \"99.9\"");
        assertThat(discuss(false, "../../etc").text().plainText()).contains("The book has no section");
        assertThat(discuss(false, "x".repeat(10_000)).kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(missing.text().plainText())
                .contains("studybot needs Create Public Threads in #" + CHANNEL + ". Grant it to studybot's role");
        assertThat(failed.text().plainText())
                .isEqualTo("Could not open the thread: Discord answered: 503: Service Unavailable. Try again in a"
                        + " moment.");
        assertThat(threads.thread(SERVER, SectionNumber.parse("20.4").orElseThrow()))
                .isEmpty();
        assertThat(port.opened).isEmpty();
    }

    @Test
    void inADirectMessageThereIsNoChannelToOpenAThreadIn() {
        Asker inDm = Asker.personal(MEMBER, "member", 5);

        Reply reply = new DiscussCommand(discussion, TEXTS)
                .answer(new CommandCall(
                        inDm, "", OptionValues.of("section", "20.4"), new Scope(inDm.place(), () -> seed), List::of));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText()).contains("not in direct messages");
        assertThat(port.opened).isEmpty();
    }

    @Test
    void theConsolePreviewsWhatWouldBeOpened() {
        Reply preview = discussion.preview("20.4", Locale.ENGLISH);

        assertThat(preview.text().plainText())
                .startsWith("On Discord this opens the thread Discuss 20.4")
                .contains("Discuss: ")
                .contains(" Why? What breaks without it?");
        assertThat(port.opened).isEmpty();
    }

    @Test
    void theDigestsThreadIsOpenedOnceAndRecordedForItsSections() throws Exception {
        DigestThreadOpener opener = new DigestThreadOpener(
                port, threads, server -> seed, Duration.ofHours(1), clock, TEXTS, ENGLISH_SERVERS);
        Digest digest = digest("20.4", "20.5");

        OptionalLong first = opener.open(SERVER, CHANNEL, 777, digest);
        OptionalLong resent = opener.open(SERVER, CHANNEL, 777, digest);

        assertThat(first).hasValue(777);
        assertThat(resent).as("Discord's one thread per message").hasValue(777);
        assertThat(port.opened)
                .singleElement()
                .satisfies(start -> assertThat(start.name()).startsWith("Discuss 20.4–20.5: "));
        assertThat(threads.thread(SERVER, SectionNumber.parse("20.5").orElseThrow()))
                .hasValueSatisfying(thread -> assertThat(thread.threadId()).isEqualTo(777));
        assertThat(threads.openedOnDemandSince(SERVER, Instant.EPOCH))
                .as("digests' threads are not counted")
                .isZero();
        assertThat(discuss(false, "20.5").text().plainText()).contains("is discussed in #777");
    }

    @Test
    void aDigestWithoutPermissionGoesAloneAndATransientFailureRetriesThePost() {
        DigestThreadOpener opener = new DigestThreadOpener(
                port, threads, server -> seed, Duration.ofHours(1), clock, TEXTS, ENGLISH_SERVERS);
        port.missing = Optional.of(ThreadProblem.lacking(CHANNEL, List.of(ThreadPermission.CREATE_PUBLIC_THREADS)));
        assertThat(catching(() -> opener.open(SERVER, CHANNEL, 1, digest("20.4"))))
                .isEmpty();

        port.missing = Optional.empty();
        port.nextFailure = new ThreadFailure(
                ThreadFailure.Kind.NOT_ALLOWED,
                ThreadProblem.of(ThreadProblem.Cause.NO_CHANNEL, CHANNEL),
                "a channel without threads");
        assertThat(catching(() -> opener.open(SERVER, CHANNEL, 2, digest("20.4"))))
                .isEmpty();

        port.nextFailure = discordAnswered503();
        assertThatThrownBy(() -> opener.open(SERVER, CHANNEL, 3, digest("20.4")))
                .isInstanceOf(TransientSendFailure.class)
                .hasMessageContaining("503");
        assertThat(port.opened).isEmpty();
    }

    @Test
    void aGermanServersThreadsAreInGermanAndAGermanMemberIsRefusedInGerman() throws Exception {
        Reply opened = discussion.discuss(SERVER, CHANNEL, MEMBER, false, "20.4", Locale.GERMAN, Locale.GERMAN);
        long thread = threads.thread(SERVER, SectionNumber.parse("20.4").orElseThrow())
                .orElseThrow()
                .threadId();
        assertThat(opened.title()).isEqualTo("Diskussion");
        assertThat(opened.text().plainText())
                .isEqualTo("#" + thread + " ist geöffnet, um 20.4 Replication Groups: Primary Node and Read Replicas zu"
                        + " diskutieren.");
        assertThat(port.opened.get(0).name()).startsWith("Diskussion 20.4: Replication Groups");
        discuss(false, "20.5");
        assertThat(discussion
                        .discuss(SERVER, CHANNEL, MEMBER, false, "20.6", Locale.GERMAN, Locale.ENGLISH)
                        .text()
                        .plainText())
                .isEqualTo("Dieser Server hat in den letzten 24 Stunden 2 Diskussionsthreads geöffnet, mehr geht"
                        + " nicht. /discuss verlinkt weiter auf offene Threads; versuch einen neuen später.");

        DigestThreadOpener opener = new DigestThreadOpener(
                port,
                threads,
                server -> seed,
                Duration.ofHours(1),
                clock,
                TEXTS,
                new PublicLocales(server -> Optional.of(Locale.GERMAN), PreferredLocales.none()));
        opener.open(SERVER, CHANNEL, 888, digest("20.6", "20.7"));
        assertThat(port.opened.get(port.opened.size() - 1).name()).startsWith("Diskussion 20.6–20.7: ");
        assertThat(new DiscussCommand(discussion, TEXTS).spec().translations().descriptionsOf("discuss.managers_only"))
                .containsEntry(
                        Locale.GERMAN, "Nur Mitglieder mit „Server verwalten“ dürfen neue Threads öffnen (Admins)");
    }

    @Test
    void aGermanMemberReadsWhyNoThreadCanBeOpenedInGerman() {
        port.missing = Optional.of(ThreadProblem.lacking(
                CHANNEL, List.of(ThreadPermission.CREATE_PUBLIC_THREADS, ThreadPermission.SEND_MESSAGES_IN_THREADS)));
        Reply missing = discussion.discuss(SERVER, CHANNEL, MEMBER, false, "20.4", Locale.GERMAN, Locale.ENGLISH);
        port.missing = Optional.empty();
        port.nextFailure = discordAnswered503();
        Reply failed = discussion.discuss(SERVER, CHANNEL, MEMBER, false, "20.4", Locale.GERMAN, Locale.ENGLISH);
        port.nextFailure = new ThreadFailure(
                ThreadFailure.Kind.NOT_ALLOWED,
                ThreadProblem.lacking(CHANNEL, List.of(ThreadPermission.SEND_MESSAGES)),
                "studybot lacks Send Messages there");
        Reply refused = discussion.discuss(SERVER, CHANNEL, MEMBER, false, "20.4", Locale.GERMAN, Locale.ENGLISH);

        assertThat(missing.text().plainText())
                .isEqualTo("Um zu jedem Digest (und mit /discuss) einen Diskussionsthread zu öffnen, braucht studybot"
                        + " „Öffentliche Threads erstellen“ und „Nachrichten in Threads senden“ in #" + CHANNEL
                        + ". Gib diese Berechtigungen dort der Rolle von studybot; bis dahin wird der Digest ohne"
                        + " Thread gepostet.");
        assertThat(failed.text().plainText())
                .isEqualTo("Der Thread ließ sich nicht öffnen: Discord antwortete: 503: Service Unavailable. Versuch"
                        + " es gleich noch einmal.");
        assertThat(refused.text().plainText())
                .isEqualTo("Der Thread ließ sich nicht öffnen: studybot braucht dort „Nachrichten senden“.");
        assertThat(port.opened).isEmpty();
    }

    /** What the Discord adapter makes of a 503: Discord's own words, which stay as Discord wrote them. */
    private static ThreadFailure discordAnswered503() {
        return new ThreadFailure(
                ThreadFailure.Kind.TRANSIENT,
                ThreadProblem.told(ThreadProblem.Cause.DISCORD_ERROR, "503: Service Unavailable"),
                "Discord answered: 503: Service Unavailable");
    }

    private Reply discuss(boolean manager, String section) {
        return discussion.discuss(SERVER, CHANNEL, MEMBER, manager, section, Locale.ENGLISH, Locale.ENGLISH);
    }

    private static Digest digest(String... sections) {
        List<DigestSection> reading = Arrays.stream(sections)
                .map(number -> SectionNumber.parse(number).orElseThrow())
                .map(number -> new DigestSection(
                        number, seed.library().find(number).orElseThrow().title(), 3))
                .toList();
        return new Digest(reading, 6, OptionalLong.empty(), 10, OptionalLong.empty(), List.of(), 0);
    }

    private interface Opening {
        OptionalLong open() throws TransientSendFailure;
    }

    private static OptionalLong catching(Opening opening) {
        try {
            return opening.open();
        } catch (TransientSendFailure e) {
            throw new AssertionError("not transient: " + e.getMessage(), e);
        }
    }
}
