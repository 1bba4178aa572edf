package studybot.stats.command;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studybot.book.BookLanguageNote;
import studybot.i18n.Languages;
import studybot.i18n.Moments;
import studybot.i18n.Texts;
import studybot.library.LoadSummary;
import studybot.reload.ReloadError;
import studybot.reload.ReloadStatus;
import studybot.reply.Reply;
import studybot.reply.ReplyField;
import studybot.reply.Text;
import studybot.stats.BotStats;
import studybot.stats.CommandFigures;
import studybot.stats.FleetFigures;
import studybot.stats.HumanDuration;
import studybot.stats.Outcome;

/**
 * Writes {@link BotStats} as a {@link Reply} for any transport: one field per group (uptime, Discord, book, reloads,
 * lookup cache, commands, daily tips, quiz reports), durations as people read them, times in UTC. Every field stays
 * within Discord's 1024 characters: the command list shows the busiest {@value #MAX_COMMAND_LINES}, a reload error is
 * cut to {@value #MAX_ERROR_LENGTH} characters, and the book's skipped parts are counted by kind, not listed, in at
 * most {@value #MAX_SKIPPED_LENGTH}.
 */
public final class StatsReport {

    static final int MAX_COMMAND_LINES = 12;
    static final int MAX_ERROR_LENGTH = 500;
    /** Skipped parts are counted by kind, never listed, and the count line is cut here all the same. */
    static final int MAX_SKIPPED_LENGTH = 300;
    /** The watcher's failure shares the reloads field with the refused edit, so it gets less room. */
    static final int MAX_WATCHER_FAILURE_LENGTH = 200;

    private final Texts texts = Texts.load("stats");

    /** The report in English, as the log and the operator read it. */
    public Reply render(BotStats stats) {
        return render(stats, Languages.ENGLISH);
    }

    /** The report in {@code reader}'s language. */
    public Reply render(BotStats stats, Locale reader) {
        List<ReplyField> fields = List.of(
                new ReplyField(
                        texts.text(reader, "field.uptime"),
                        texts.format(
                                reader,
                                "uptime",
                                Map.of(
                                        "uptime",
                                        HumanDuration.coarse(stats.uptime(), reader),
                                        "time",
                                        Moments.utc(stats.startedAt(), reader)))),
                new ReplyField(texts.text(reader, "field.discord"), discord(stats, reader)),
                new ReplyField(texts.text(reader, "field.book"), book(stats, reader)),
                new ReplyField(
                        texts.text(reader, "field.reloads"),
                        reloads(stats.bookTitle(), stats.reload(), stats.takenAt(), reader)),
                new ReplyField(
                        texts.text(reader, "field.search"),
                        BookLanguageNote.of(stats.bookLanguage(), reader)
                                .orElseGet(() -> stats.search().in(reader))),
                new ReplyField(texts.text(reader, "field.cache"), cache(stats.cacheEntries(), stats.cache(), reader)),
                new ReplyField(texts.text(reader, "field.commands"), commands(stats, reader)),
                new ReplyField(texts.text(reader, "field.dailyTips"), dailyTips(stats, reader)),
                new ReplyField(texts.text(reader, "field.quizReports"), quizReports(stats, reader)));
        return Reply.content(texts.text(reader, "title"), "")
                .withFields(fields)
                .withFooter(texts.format(reader, "footer", Map.of("time", Moments.utc(stats.takenAt(), reader))));
    }

    private Text book(BotStats stats, Locale reader) {
        LoadSummary summary = stats.bookSummary();
        List<Text> lines = new ArrayList<>();
        if (!stats.bookTitle().isEmpty()) {
            lines.add(Text.plain(texts.format(reader, "book.title", Map.of("title", stats.bookTitle()))));
        }
        lines.addAll(List.of(
                Text.plain(texts.format(
                        reader,
                        "book.size",
                        Map.of(
                                "sections",
                                count(reader, "section", stats.sections()),
                                "chapters",
                                count(reader, "chapter", stats.chapters()),
                                "when",
                                when(stats.bookLoadedAt(), stats.takenAt(), reader)))),
                Text.plain(summary.formatIn(reader) + ": " + summary.sectionsLine(reader)),
                Text.plain(summary.contentLine(reader)),
                Text.plain(count(reader, "keyFact", stats.keyFacts()) + " · "
                        + count(reader, "quizQuestion", stats.quizQuestions())
                        + " · " + cut(summary.skippedLine(reader), MAX_SKIPPED_LENGTH)
                        + (summary.skipped() > 0 ? texts.text(reader, "book.checkBookLists") : ""))));
        return Text.lines(lines);
    }

    private Text discord(BotStats stats, Locale reader) {
        if (stats.shardsTotal() == 0) {
            return Text.plain(texts.text(reader, "discord.none"));
        }
        Text here = Text.plain(texts.format(
                        reader,
                        "discord.here",
                        Map.of(
                                "servers",
                                count(reader, "server", stats.servers()),
                                "connected",
                                String.valueOf(stats.shardsConnected()),
                                "shards",
                                count(reader, "shard", stats.shardsTotal())))
                + stats.shardRange()
                        .map(range -> texts.format(
                                reader,
                                "discord.range",
                                Map.of(
                                        "one",
                                        String.valueOf(range.from() == range.to()),
                                        "from",
                                        String.valueOf(range.from()),
                                        "to",
                                        String.valueOf(range.to()),
                                        "total",
                                        String.valueOf(range.total()))))
                        .orElse(""));
        return stats.fleet()
                .map(fleet -> here.append(Text.plain("\n")).append(fleet(fleet, reader)))
                .orElse(here);
    }

    private Text fleet(FleetFigures fleet, Locale reader) {
        Text.Builder text = Text.builder()
                .plain(texts.format(
                        reader,
                        "fleet",
                        Map.of(
                                "processes",
                                count(reader, "process", fleet.processes()),
                                "servers",
                                count(reader, "server", fleet.servers()),
                                "run",
                                String.valueOf(fleet.shardsRun()),
                                "shards",
                                count(reader, "shard", fleet.shardsTotal()))));
        if (fleet.shardsRun() < fleet.shardsTotal()) {
            text.plain(" · ")
                    .strong(texts.format(
                            reader,
                            "fleet.unrun",
                            Map.of("shards", count(reader, "shard", fleet.shardsTotal() - fleet.shardsRun()))));
        }
        return text.plain(fleet.overlapping() ? texts.text(reader, "fleet.twice") : "")
                .build();
    }

    /** The reloads of the book titled {@code book} (its own, as the book field's figures are), named by its title. */
    private Text reloads(String book, ReloadStatus reload, Instant now, Locale reader) {
        String of = book.isEmpty() ? "" : "Of";
        Text.Builder text = Text.builder()
                .plain(
                        reload.reloads() == 0
                                ? texts.format(reader, "reloads.none" + of, Map.of("book", book))
                                : texts.format(
                                        reader,
                                        "reloads.some" + of,
                                        Map.of(
                                                "book",
                                                book,
                                                "reloads",
                                                count(reader, "reload", reload.reloads()),
                                                "when",
                                                when(reload.lastReloadAt().orElseThrow(), now, reader))));
        if (reload.lastWatcherFailure().isPresent()) {
            ReloadError failure = reload.lastWatcherFailure().get();
            text.plain("\n")
                    .strong(texts.format(
                            reader,
                            "reloads.watcher",
                            Map.of(
                                    "times",
                                    count(reader, "time", reload.watcherRestarts()),
                                    "ago",
                                    ago(failure.at(), now, reader))))
                    .plain(" " + cut(failure.message(reader), MAX_WATCHER_FAILURE_LENGTH));
        }
        if (reload.lastError().isPresent()) {
            ReloadError error = reload.lastError().get();
            Map<String, String> ago = Map.of("ago", ago(error.at(), now, reader));
            text.plain("\n");
            if (reload.failing()) {
                text.strong(texts.format(reader, "reloads.failing", ago));
            } else {
                text.plain(texts.format(reader, "reloads.fixed", ago));
            }
            text.plain("\n" + cut(error.message(reader)));
        }
        return text.build();
    }

    private Text dailyTips(BotStats stats, Locale reader) {
        Text.Builder text = Text.builder();
        if (stats.tipsPostedToday().isPresent() && stats.pausedServers().isPresent()) {
            text.plain(texts.format(
                    reader,
                    "tips",
                    Map.of(
                            "tips",
                            count(reader, "tip", stats.tipsPostedToday().getAsInt()),
                            "servers",
                            count(reader, "server", stats.pausedServers().getAsInt()))));
        } else {
            text.plain(texts.text(reader, "unknown"));
        }
        stats.storeProblem()
                .ifPresent(problem -> text.plain("\n")
                        .strong(texts.text(reader, "storeProblem"))
                        .plain(" " + problem));
        return text.build();
    }

    private String quizReports(BotStats stats, Locale reader) {
        return stats.quizReports()
                .map(reports -> reports.reports() == 0
                        ? texts.text(reader, "reports.none")
                        : texts.format(
                                reader,
                                "reports.some",
                                Map.of(
                                        "reports",
                                        count(reader, "report", reports.reports()),
                                        "questions",
                                        count(reader, "question", reports.questions()),
                                        "dropped",
                                        String.valueOf(reports.dropped()))))
                .orElse(texts.text(reader, "unknown"));
    }

    private String cache(long entries, CacheStats stats, Locale reader) {
        String counted = count(reader, "entry", entries);
        if (stats.requestCount() == 0) {
            return texts.format(reader, "cache.none", Map.of("entries", counted));
        }
        return texts.format(
                reader,
                "cache.some",
                Map.of(
                        "entries",
                        counted,
                        "rate",
                        stats.hitRate(),
                        "hits",
                        String.valueOf(stats.hitCount()),
                        "lookups",
                        count(reader, "lookup", stats.requestCount())));
    }

    private Text commands(BotStats stats, Locale reader) {
        List<CommandFigures> all = stats.commands();
        if (all.isEmpty()) {
            return Text.plain(texts.text(reader, "commands.none"));
        }
        List<Text> lines = new ArrayList<>();
        lines.add(Text.plain(
                texts.format(reader, "commands.handled", Map.of("count", String.valueOf(stats.commandsHandled())))));
        all.stream().limit(MAX_COMMAND_LINES).forEach(figures -> lines.add(commandLine(figures, reader)));
        if (all.size() > MAX_COMMAND_LINES) {
            lines.add(Text.plain(texts.format(
                    reader,
                    "commands.more",
                    Map.of("more", count(reader, "moreCommand", all.size() - MAX_COMMAND_LINES)))));
        }
        return Text.lines(lines);
    }

    private Text commandLine(CommandFigures figures, Locale reader) {
        List<String> notOk = new ArrayList<>();
        if (figures.countOf(Outcome.PROBLEM) > 0) {
            notOk.add(count(reader, "problem", figures.countOf(Outcome.PROBLEM)));
        }
        if (figures.countOf(Outcome.ERROR) > 0) {
            notOk.add(count(reader, "error", figures.countOf(Outcome.ERROR)));
        }
        if (figures.countOf(Outcome.REFUSED) > 0) {
            notOk.add(texts.format(
                    reader, "commands.turnedAway", Map.of("count", String.valueOf(figures.countOf(Outcome.REFUSED)))));
        }
        if (figures.countOf(Outcome.UNDELIVERED) > 0) {
            notOk.add(texts.format(
                    reader,
                    "commands.undelivered",
                    Map.of("count", String.valueOf(figures.countOf(Outcome.UNDELIVERED)))));
        }
        return Text.builder()
                .strong(figures.command())
                .plain(" " + figures.count()
                        + (notOk.isEmpty() ? "" : " (" + String.join(", ", notOk) + ")")
                        + " · p50 " + HumanDuration.fine(figures.p50(), reader) + " · p99 "
                        + HumanDuration.fine(figures.p99(), reader))
                .build();
    }

    private String when(Instant at, Instant now, Locale reader) {
        return texts.format(reader, "when", Map.of("time", Moments.utc(at, reader), "ago", ago(at, now, reader)));
    }

    private String ago(Instant at, Instant now, Locale reader) {
        return texts.format(reader, "ago", Map.of("duration", HumanDuration.coarse(Duration.between(at, now), reader)));
    }

    private static String cut(String text) {
        return cut(text, MAX_ERROR_LENGTH);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** {@code n} of the thing {@code noun} names ({@code count.<noun>}), its digits not grouped, as today's English. */
    private String count(Locale reader, String noun, long n) {
        return texts.format(reader, "count." + noun, Map.of("n", n, "shown", Long.toString(n)));
    }
}
