package studybot.stats.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.command.Asker;
import studybot.command.CommandCall;
import studybot.command.OptionValues;
import studybot.command.Place;
import studybot.command.Scope;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.discord.DiscordLimits;
import studybot.discord.DiscordText;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Wording;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LoadSummary;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;
import studybot.library.TestBooks;
import studybot.quiz.review.ReportTotals;
import studybot.reload.ReloadError;
import studybot.reload.ReloadStatus;
import studybot.reply.Reply;
import studybot.reply.ReplyField;
import studybot.search.semantic.SemanticStatus;
import studybot.stats.BookOnShelf;
import studybot.stats.BotStats;
import studybot.stats.CommandMetrics;
import studybot.stats.ConnectionInfo;
import studybot.stats.FleetFigures;
import studybot.stats.Outcome;
import studybot.stats.ShardShare;
import studybot.stats.StatsCollector;
import studybot.stats.TipCounts;

class StatsReportTest {

    private static final Instant STARTED = Instant.parse("2026-11-23T06:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-26T10:30:00Z");
    private static final Instant LOADED = Instant.parse("2026-11-26T10:00:00Z");
    private static final ReportTotals NO_REPORTS = new ReportTotals(0, 0, 0);
    private static final Wording SEARCH =
            new SemanticStatus(SemanticStatus.State.READY, "all-MiniLM-L6-v2", 120, 120, 0, "").wording();

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CommandMetrics metrics = new CommandMetrics(new SimpleMeterRegistry());
    private final BookBinder binder =
            new BookBinder(new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor());

    @Test
    void everyGroupAddsUp() {
        Book book = binder.bind(library());
        for (int i = 0; i < 4; i++) {
            book.search("pooling");
        }
        metrics.record("section", Outcome.OK, millis(1));
        metrics.record("section", Outcome.OK, millis(2));
        metrics.record("section", Outcome.OK, millis(3));
        metrics.record("search", Outcome.PROBLEM, millis(8));
        metrics.record("tip", Outcome.OK, micros(300));
        metrics.record("tip", Outcome.OK, micros(300));
        ReloadStatus reload = new ReloadStatus(
                2,
                1,
                Optional.of(LOADED),
                Optional.of(new ReloadError(
                        "seeds/my_book.txt:3: section 20.4 is already defined", Instant.parse("2026-11-26T09:00:00Z"))),
                false,
                0,
                Optional.empty());

        BotStats stats = collector(reload).snapshot(book);
        Reply reply = new StatsReport().render(stats);

        assertThat(stats.uptime()).hasDays(3).hasHours(76);
        assertThat(stats.commandsHandled()).isEqualTo(6);
        assertThat(stats.cache().hitCount()).isEqualTo(3);
        assertThat(stats.cache().missCount()).isEqualTo(1);
        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(reply.title()).isEqualTo("studybot stats");
        assertThat(reply.footer()).isEqualTo("As of Nov 26, 2026 10:30\u202fAM UTC");
        assertThat(reply.fields())
                .extracting(ReplyField::name)
                .containsExactly(
                        "Uptime",
                        "Discord",
                        "Book",
                        "Reloads",
                        "Search",
                        "Lookup cache",
                        "Commands",
                        "Daily tips",
                        "Quiz reports");
        assertThat(field(reply, "Search")).isEqualTo("BM25 + meaning (all-MiniLM-L6-v2, 120 passages)");
        assertThat(field(reply, "Uptime")).isEqualTo("3 d 4 h (since Nov 23, 2026 6:00\u202fAM UTC)");
        assertThat(field(reply, "Discord")).isEqualTo("12 servers · 2 of 2 shards connected");
        assertThat(field(reply, "Book")).isEqualTo("""
                2 sections in 1 chapter · loaded Nov 26, 2026 10:00\u202fAM UTC (30 min ago)
                seed text: 1 chapter, 2 sections
                10 words · 0 code blocks · 0 tables · 0 images
                0 key facts · 0 quiz questions · nothing skipped""");
        assertThat(field(reply, "Reloads")).isEqualTo("""
                2 reloads since startup, the last Nov 26, 2026 10:00\u202fAM UTC (30 min ago)
                Last refused edit 1 h 30 min ago, fixed since:
                seeds/my\\_book.txt:3: section 20.4 is already defined""");
        assertThat(field(reply, "Lookup cache")).isEqualTo("1 entry · 75.0% hits (3 of 4 lookups)");
        // Times are read back to two significant digits (within 1%): 3 ms as 3.0 ms, 300 µs as 299 µs.
        assertThat(field(reply, "Commands")).isEqualTo("""
                6 answered since startup
                **section** 3 · p50 2.0 ms · p99 3.0 ms
                **tip** 2 · p50 299 µs · p99 299 µs
                **search** 1 (1 problem) · p50 8.0 ms · p99 8.0 ms""");
        assertThat(field(reply, "Daily tips")).isEqualTo("5 tips posted today · 1 server with tips paused");
        assertThat(field(reply, "Quiz reports"))
                .isEqualTo("4 reports on 3 questions · 1 dropped in their servers (/quiz reports lists a server's)");
    }

    @Test
    void theCacheHitRateIsWrittenAsFrenchWritesPercentages() {
        Book book = binder.bind(library());
        for (int i = 0; i < 4; i++) {
            book.search("pooling");
        }

        Reply reply = new StatsReport().render(collector(ReloadStatus.initial()).snapshot(book), Locale.FRENCH);

        assertThat(field(reply, "Cache de recherche"))
                .isEqualTo("1 entrée · 75,0\u00a0% de réussite (3 sur 4 recherches)");
    }

    @Test
    void aFailingReloadSaysTheOldEditionIsStillServed() {
        ReloadStatus reload = new ReloadStatus(
                0,
                1,
                Optional.empty(),
                Optional.of(new ReloadError("seeds/b.txt:1: no sections in this file", NOW.minusSeconds(300))),
                true,
                0,
                Optional.empty());

        Reply reply = new StatsReport().render(collector(reload).snapshot(binder.bind(library())));

        assertThat(field(reply, "Reloads")).isEqualTo("""
                None since startup
                **Last edit refused 5 min ago; still serving the previous edition:**
                seeds/b.txt:1: no sections in this file""");
    }

    @Test
    void aWatcherThatFailedAndRestartedIsShown() {
        ReloadStatus reload = new ReloadStatus(
                0,
                0,
                Optional.empty(),
                Optional.empty(),
                false,
                2,
                Optional.of(new ReloadError("java.lang.OutOfMemoryError: Java heap space", NOW.minusSeconds(60))));

        Reply reply = new StatsReport().render(collector(reload).snapshot(binder.bind(library())));

        assertThat(field(reply, "Reloads")).isEqualTo("""
                None since startup
                **Seeds watcher failed 2 times, the last 1 min ago (restarted):** \
                java.lang.OutOfMemoryError: Java heap space""");
    }

    @Test
    void theStoreProblemIsBoldAndItsWordsAreEscaped() {
        StatsCollector collector = new StatsCollector(
                clock,
                STARTED,
                ConnectionInfo.offline(),
                edition -> new BookOnShelf("", ReloadStatus.initial(), SEARCH),
                metrics,
                TipCounts.of(() -> 0, () -> 0, () -> Optional.of("data/studybot.db is read-only (chmod *_*)")),
                () -> NO_REPORTS);

        Reply reply = new StatsReport().render(collector.snapshot(binder.bind(library())));

        assertThat(field(reply, "Daily tips")).isEqualTo("""
                0 tips posted today · 0 servers with tips paused
                **Store problem:** data/studybot.db is read-only (chmod \\*\\_\\*)""");
    }

    @Test
    void aWatcherFailureIsTheErrorsOwnWordsEscaped() {
        ReloadStatus reload = new ReloadStatus(
                0,
                0,
                Optional.empty(),
                Optional.empty(),
                false,
                1,
                Optional.of(new ReloadError("cannot watch seeds/*_draft > `tmp`", NOW.minusSeconds(60))));

        Reply reply = new StatsReport().render(collector(reload).snapshot(binder.bind(library())));

        assertThat(field(reply, "Reloads")).isEqualTo("""
                None since startup
                **Seeds watcher failed 1 time, the last 1 min ago (restarted):** \
                cannot watch seeds/\\*\\_draft \\> \\`tmp\\`""");
    }

    @Test
    void quietStartIsSaidPlainly() {
        StatsCollector collector = new StatsCollector(
                clock,
                NOW,
                ConnectionInfo.offline(),
                edition -> new BookOnShelf("", ReloadStatus.initial(), SEARCH),
                metrics,
                TipCounts.none(),
                () -> NO_REPORTS);

        Reply reply = new StatsReport().render(collector.snapshot(binder.bind(library())));

        assertThat(field(reply, "Uptime")).isEqualTo("0 s (since Nov 26, 2026 10:30\u202fAM UTC)");
        assertThat(field(reply, "Discord")).isEqualTo("Not connected");
        assertThat(field(reply, "Reloads")).isEqualTo("None since startup");
        assertThat(field(reply, "Lookup cache")).isEqualTo("0 entries · no lookups yet");
        assertThat(field(reply, "Commands")).isEqualTo("None answered yet");
        assertThat(field(reply, "Daily tips")).isEqualTo("0 tips posted today · 0 servers with tips paused");
        assertThat(field(reply, "Quiz reports")).isEqualTo("No question reported yet");
    }

    @Test
    void longListsAndErrorsStayWithinDiscordFieldLimits() {
        for (int i = 0; i < 20; i++) {
            metrics.record("command" + i, Outcome.OK, micros(100));
        }
        ReloadStatus reload = new ReloadStatus(
                0, 1, Optional.empty(), Optional.of(new ReloadError("x".repeat(5000), NOW)), true, 0, Optional.empty());

        Reply reply = new StatsReport().render(collector(reload).snapshot(binder.bind(library())));

        assertThat(reply.fields())
                .allSatisfy(field ->
                        assertThat(DiscordText.markdown(field.value()).length()).isLessThanOrEqualTo(1024));
        assertThat(field(reply, "Commands")).endsWith("…and 8 more commands").contains("20 answered since startup");
    }

    @Test
    void theSeedBookShowsItsFiguresAndThatNothingWasSkipped() {
        Book book = binder.bind(TestBooks.seed());

        String field =
                field(new StatsReport().render(collector(ReloadStatus.initial()).snapshot(book)), "Book");

        assertThat(field.lines()).hasSize(4);
        assertThat(field.lines().toList().get(1))
                .startsWith("seed text: " + book.library().chapters().size() + " chapters, ");
        assertThat(field.lines().toList().get(3))
                .isEqualTo(book.facts().all().size() + " key facts · "
                        + book.quiz().size() + " quiz questions · nothing skipped");
    }

    @Test
    void anImportedBookShowsItsFormatLevelsAndSkippedPartsCountedByKind() {
        SortedMap<String, Integer> skipped = new TreeMap<>(Map.of("front-matter", 3, "script", 1));
        Library imported = library()
                .withSummary(
                        new LoadSummary("EPUB", new TreeMap<>(Map.of(1, 1, 2, 2, 3, 4)), 12_345, 7, 2, 1, skipped));

        BotStats stats = collector(ReloadStatus.initial()).snapshot(binder.bind(imported));

        String field = field(new StatsReport().render(stats), "Book");

        assertThat(stats.bookSummary().format()).isEqualTo("EPUB");
        assertThat(stats.bookSummary().skipped()).isEqualTo(4);
        assertThat(field).isEqualTo("""
                2 sections in 1 chapter · loaded Nov 26, 2026 10:00\u202fAM UTC (30 min ago)
                EPUB: 1 chapter, 2 sections, 4 at level 3
                12,345 words · 7 code blocks · 2 tables · 1 image
                0 key facts · 0 quiz questions · skipped 3 front-matter, 1 script (check-book lists them)""");
    }

    @Test
    void manyKindsOfSkippedPartsStayWithinTheFieldLimit() {
        SortedMap<String, Integer> skipped = new TreeMap<>();
        for (int i = 0; i < 500; i++) {
            skipped.put("kind-" + "x".repeat(40) + i, i + 1);
        }
        Library imported =
                library().withSummary(new LoadSummary("PDF", new TreeMap<>(Map.of(1, 1, 2, 2)), 10, 0, 0, 0, skipped));

        Reply reply = new StatsReport().render(collector(ReloadStatus.initial()).snapshot(binder.bind(imported)));

        assertThat(reply.fields())
                .allSatisfy(
                        field -> assertThat(DiscordText.markdown(field.value()).length())
                                .isLessThanOrEqualTo(DiscordLimits.FIELD_VALUE));
        assertThat(reply.fields().stream()
                        .mapToInt(field -> field.name().length()
                                + DiscordText.markdown(field.value()).length())
                        .sum())
                .isLessThan(DiscordLimits.EMBEDS_TOTAL / 2);
        assertThat(field(reply, "Book")).contains("skipped 1 kind-").endsWith("… (check-book lists them)");
    }

    @Test
    void aGermanReaderReadsRefusedReloadsAndTheirAgeInGerman() {
        LibraryException duplicate = new LibraryException(
                "seedDuplicate", Map.of("origin", "seeds/b.txt:9", "number", "20.4", "earlier", "seeds/a.txt:3"));
        ReloadStatus reload = new ReloadStatus(
                1,
                2,
                Optional.of(LOADED),
                Optional.of(new ReloadError(duplicate.wording(), NOW.minusSeconds(2 * 86_400 + 5 * 3_600))),
                true,
                0,
                Optional.empty());
        StatsReport report = new StatsReport();
        BotStats stats = collector(reload).snapshot(binder.bind(library()));

        assertThat(field(report.render(stats, Locale.GERMAN), "Neuladen")).endsWith("""
                        **Letzte Änderung vor 2 Tg. 5 Std. abgelehnt; die vorige Ausgabe wird weiter verwendet:**
                        seeds/b.txt:9: Abschnitt 20.4 ist schon bei seeds/a.txt:3 definiert""");
        assertThat(field(report.render(stats), "Reloads")).endsWith("""
                        **Last edit refused 2 d 5 h ago; still serving the previous edition:**
                        seeds/b.txt:9: section 20.4 is already defined at seeds/a.txt:3""");
    }

    @Test
    void statsCommandAnswersWithTheReport() {
        StatsCommand command = new StatsCommand(collector(ReloadStatus.initial()), new StatsReport());
        Book book = binder.bind(library());

        Reply reply = command.answer(new CommandCall(
                Asker.console("me"), "", OptionValues.none(), new Scope(Place.console(), () -> book), List::of));

        assertThat(command.spec().name()).isEqualTo("stats");
        assertThat(command.spec().options()).isEmpty();
        assertThat(reply)
                .isEqualTo(new StatsReport()
                        .render(collector(ReloadStatus.initial()).snapshot(book)));
    }

    @Test
    void aGermanServerReadsTheReportInGerman() {
        StatsCommand command = new StatsCommand(collector(ReloadStatus.initial()), new StatsReport());
        Book book = binder.bind(library());
        metrics.record("search", Outcome.PROBLEM, millis(8));
        Asker german = Asker.console("me").speaking(Locale.GERMAN, Locale.GERMAN);

        Reply reply = command.answer(
                new CommandCall(german, "", OptionValues.none(), new Scope(Place.console(), () -> book), List::of));

        assertThat(reply.title()).isEqualTo("studybot-Statistik");
        assertThat(reply.footer()).isEqualTo("Stand 26.11.2026 10:30 UTC");
        assertThat(field(reply, "Laufzeit")).isEqualTo("3 Tg. 4 Std. (seit 23.11.2026 06:00 UTC)");
        assertThat(field(reply, "Discord")).isEqualTo("12 Server · 2 von 2 Shards verbunden");
        assertThat(field(reply, "Buch"))
                .startsWith("2 Abschnitte in 1 Kapitel · geladen ")
                .contains(
                        "\nSeed-Text: 1 Kapitel, 2 Abschnitte\n10 Wörter · 0 Codeblöcke · 0 Tabellen · 0 Bilder\n",
                        "0 Schlüsselfakten · 0 Quizfragen · nichts übersprungen");
        assertThat(field(reply, "Neuladen")).isEqualTo("Keins seit dem Start");
        assertThat(field(reply, "Befehle"))
                .isEqualTo("1 seit dem Start beantwortet\n**search** 1 (1 Problem) · p50 8,0 ms · p99 8,0 ms");
        assertThat(field(reply, "Suche")).isEqualTo("BM25 + Bedeutung (all-MiniLM-L6-v2, 120 Passagen)");
        assertThat(field(reply, "Tägliche Tipps")).isEqualTo("5 Tipps heute gepostet · 1 Server mit pausierten Tipps");
    }

    @Test
    void aProcessRunningSomeShardsSaysWhichAndWhatAllProcessesRunTogether() {
        ConnectionInfo oneOfTwo = new ConnectionInfo() {
            @Override
            public int servers() {
                return 6;
            }

            @Override
            public int shardsConnected() {
                return 1;
            }

            @Override
            public int shardsTotal() {
                return 1;
            }

            @Override
            public Optional<ShardShare> shardRange() {
                return Optional.of(new ShardShare(1, 1, 4));
            }

            @Override
            public Optional<FleetFigures> fleet() {
                return Optional.of(new FleetFigures(3, 4, 3, true, 20));
            }
        };
        BotStats stats = new StatsCollector(
                        clock,
                        STARTED,
                        oneOfTwo,
                        edition -> new BookOnShelf("", ReloadStatus.initial(), SEARCH),
                        metrics,
                        TipCounts.of(() -> 5, () -> 1),
                        () -> NO_REPORTS)
                .snapshot(binder.bind(library()));

        assertThat(field(new StatsReport().render(stats), "Discord")).isEqualTo("""
                6 servers · 1 of 1 shard connected (this process: shard 1 of 4)
                All processes: 3 processes · 20 servers · 3 of 4 shards running · **1 shard run by no process** \
                · some shards run twice (a restart under way?)""");
        assertThat(field(new StatsReport().render(stats, Locale.GERMAN), "Discord"))
                .startsWith("6 Server · 1 von 1 Shard verbunden (dieser Prozess: Shard 1 von 4)\n");
    }

    private StatsCollector collector(ReloadStatus reload) {
        return new StatsCollector(
                clock,
                STARTED,
                ConnectionInfo.of(() -> 12, () -> 2, () -> 2),
                edition -> new BookOnShelf("", reload, SEARCH),
                metrics,
                TipCounts.of(() -> 5, () -> 1),
                () -> new ReportTotals(4, 3, 1));
    }

    private static String field(Reply reply, String name) {
        return DiscordText.markdown(reply.fields().stream()
                .filter(field -> field.name().equals(name))
                .findFirst()
                .orElseThrow()
                .value());
    }

    private static Library library() {
        return new Library(
                List.of(
                        new Section(
                                new SectionNumber(1, 1),
                                "Pools",
                                List.of("Connection pooling keeps connections open."),
                                new SourceLine(Path.of("a.txt"), 1)),
                        new Section(
                                new SectionNumber(1, 2),
                                "Timeouts",
                                List.of("Every call needs a timeout."),
                                new SourceLine(Path.of("a.txt"), 5))),
                LOADED);
    }

    private static long millis(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    private static long micros(long micros) {
        return TimeUnit.MICROSECONDS.toNanos(micros);
    }
}
