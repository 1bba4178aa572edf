package studybot.stats;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import studybot.i18n.Wording;
import studybot.library.BookLanguage;
import studybot.library.LoadSummary;
import studybot.quiz.review.ReportTotals;
import studybot.reload.ReloadStatus;

/**
 * Everything {@code /stats} shows, read at one moment. The book figures come from the edition the request took, so they
 * agree with each other even while a reload swaps editions.
 *
 * @param takenAt when the figures were read; "ago" in the report is relative to this
 * @param startedAt when studybot started
 * @param uptime from {@code startedAt} to {@code takenAt}
 * @param servers Discord servers the bot is in
 * @param shardsConnected Discord shards connected now
 * @param shardsTotal Discord shards in all; zero when not on Discord
 * @param shardRange the shards this process runs, when only some
 * @param fleet all of the bot's processes together, where the store can tell
 * @param bookTitle the title of the book the edition is of, which the reloads are of too; empty when no book serves it
 *     now
 * @param sections sections in the edition being served
 * @param chapters chapters in that edition
 * @param bookLoadedAt when that edition was read from the seeds
 * @param bookSummary what that edition was made from: format, sections per level, content, what was skipped
 * @param keyFacts key facts in that edition
 * @param quizQuestions quiz questions made from them
 * @param reload that book's live reload so far, including the last refused edit
 * @param bookLanguage the language that edition is written in; a book not in English says what it goes without instead
 *     of how search answers
 * @param search how search answers: BM25 alone or with search by meaning (building, ready, unavailable), to be worded
 *     for the reader
 * @param cacheEntries entries in that edition's lookup cache
 * @param cache that edition's lookup cache hits and misses (the cache starts empty with each edition)
 * @param commands per command, most handled first
 * @param tipsPostedToday daily tips posted today; empty when the store cannot be read
 * @param pausedServers servers with daily tips paused; empty when the store cannot be read
 * @param quizReports members' reports of bad quiz questions, across servers; empty when the store cannot be read
 * @param storeProblem why the store cannot be written, when it cannot
 */
public record BotStats(
        Instant takenAt,
        Instant startedAt,
        Duration uptime,
        int servers,
        int shardsConnected,
        int shardsTotal,
        Optional<ShardShare> shardRange,
        Optional<FleetFigures> fleet,
        String bookTitle,
        int sections,
        int chapters,
        Instant bookLoadedAt,
        LoadSummary bookSummary,
        int keyFacts,
        int quizQuestions,
        ReloadStatus reload,
        BookLanguage bookLanguage,
        Wording search,
        long cacheEntries,
        CacheStats cache,
        List<CommandFigures> commands,
        OptionalInt tipsPostedToday,
        OptionalInt pausedServers,
        Optional<ReportTotals> quizReports,
        Optional<String> storeProblem) {

    public BotStats {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(bookTitle, "bookTitle");
        Objects.requireNonNull(bookLoadedAt, "bookLoadedAt");
        Objects.requireNonNull(bookSummary, "bookSummary");
        Objects.requireNonNull(storeProblem, "storeProblem");
        Objects.requireNonNull(reload, "reload");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(shardRange, "shardRange");
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(quizReports, "quizReports");
        commands = List.copyOf(commands);
    }

    /** Commands handled since startup, all together. */
    public long commandsHandled() {
        return commands.stream().mapToLong(CommandFigures::count).sum();
    }
}
