package studybot.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.Book;
import studybot.library.Library;
import studybot.quiz.review.ReportTotals;

/** Gathers the figures for {@code /stats} from the parts that keep them, at one moment. */
public final class StatsCollector {

    private static final Logger LOG = LoggerFactory.getLogger(StatsCollector.class);

    private final Clock clock;
    private final Instant startedAt;
    private final ConnectionInfo connection;
    private final Function<Book, BookOnShelf> shelved;
    private final CommandMetrics commands;
    private final TipCounts tips;
    private final Supplier<ReportTotals> quizReports;

    /**
     * @param startedAt when studybot started, for the uptime
     * @param shelved the book of the shelf an edition belongs to, with that book's own reload and search figures
     * @param quizReports members' reports of bad quiz questions, across servers, read from the store
     */
    public StatsCollector(
            Clock clock,
            Instant startedAt,
            ConnectionInfo connection,
            Function<Book, BookOnShelf> shelved,
            CommandMetrics commands,
            TipCounts tips,
            Supplier<ReportTotals> quizReports) {
        this.clock = clock;
        this.startedAt = startedAt;
        this.connection = connection;
        this.shelved = shelved;
        this.commands = commands;
        this.tips = tips;
        this.quizReports = quizReports;
    }

    /**
     * The figures now, with the book figures from {@code book}, the edition the asking request took. The figures read
     * from the store are left out when it cannot be read: {@code /stats} is how an admin learns what is wrong with the
     * store, so it must answer while the store is down.
     */
    public BotStats snapshot(Book book) {
        Instant now = clock.instant();
        Library library = book.library();
        BookOnShelf onShelf = shelved.apply(book);
        Optional<String> unreadable = Optional.empty();
        Optional<FleetFigures> fleet = Optional.empty();
        OptionalInt tipsPostedToday = OptionalInt.empty();
        OptionalInt pausedServers = OptionalInt.empty();
        Optional<ReportTotals> reports = Optional.empty();
        try {
            fleet = connection.fleet();
            tipsPostedToday = OptionalInt.of(tips.tipsPostedToday());
            pausedServers = OptionalInt.of(tips.pausedServers());
            reports = Optional.of(quizReports.get());
        } catch (RuntimeException e) {
            // the store's own health line says what is wrong and since when; this is only what /stats saw
            LOG.debug("/stats could not read the store: {}", e.toString());
            unreadable = Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        Optional<String> storeProblem = tips.storeProblem();
        return new BotStats(
                now,
                startedAt,
                Duration.between(startedAt, now),
                connection.servers(),
                connection.shardsConnected(),
                connection.shardsTotal(),
                connection.shardRange(),
                fleet,
                onShelf.title(),
                library.size(),
                library.chapters().size(),
                library.loadedAt(),
                library.summary(),
                book.facts().all().size(),
                book.quiz().size(),
                onShelf.reload(),
                library.language(),
                onShelf.search(),
                book.cache().size(),
                book.cache().stats(),
                commands.figures(),
                tipsPostedToday,
                pausedServers,
                reports,
                storeProblem.isPresent() ? storeProblem : unreadable);
    }
}
