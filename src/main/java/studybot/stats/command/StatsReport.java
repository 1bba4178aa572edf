package studybot.stats.command;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    public static final String TITLE = "studybot stats";
    static final int MAX_COMMAND_LINES = 12;
    static final int MAX_ERROR_LENGTH = 500;
    /** Skipped parts are counted by kind, never listed, and the count line is cut here all the same. */
    static final int MAX_SKIPPED_LENGTH = 300;
    /** The watcher's failure shares the reloads field with the refused edit, so it gets less room. */
    static final int MAX_WATCHER_FAILURE_LENGTH = 200;

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public Reply render(BotStats stats) {
        List<ReplyField> fields = List.of(
                new ReplyField(
                        "Uptime",
                        HumanDuration.coarse(stats.uptime()) + " (since " + UTC.format(stats.startedAt()) + ")"),
                new ReplyField("Discord", discord(stats)),
                new ReplyField("Book", book(stats)),
                new ReplyField("Reloads", reloads(stats.reload(), stats.takenAt())),
                new ReplyField("Search", stats.search()),
                new ReplyField("Lookup cache", cache(stats.cacheEntries(), stats.cache())),
                new ReplyField("Commands", commands(stats)),
                new ReplyField("Daily tips", dailyTips(stats)),
                new ReplyField("Quiz reports", quizReports(stats)));
        return Reply.content(TITLE, "").withFields(fields).withFooter("As of " + UTC.format(stats.takenAt()));
    }

    private static Text book(BotStats stats) {
        LoadSummary summary = stats.bookSummary();
        return Text.lines(List.of(
                Text.plain(count(stats.sections(), "section") + " in " + count(stats.chapters(), "chapter")
                        + " · loaded " + when(stats.bookLoadedAt(), stats.takenAt())),
                Text.plain(summary.format() + ": " + summary.sectionsLine()),
                Text.plain(summary.contentLine()),
                Text.plain(count(stats.keyFacts(), "key fact") + " · " + count(stats.quizQuestions(), "quiz question")
                        + " · " + cut(summary.skippedLine(), MAX_SKIPPED_LENGTH)
                        + (summary.skipped() > 0 ? " (check-book lists them)" : ""))));
    }

    private static Text discord(BotStats stats) {
        if (stats.shardsTotal() == 0) {
            return Text.plain("Not connected");
        }
        Text here = Text.plain(count(stats.servers(), "server") + " · " + stats.shardsConnected() + " of "
                + count(stats.shardsTotal(), "shard") + " connected"
                + stats.shardRange()
                        .map(range -> " (this process: " + range + ")")
                        .orElse(""));
        return stats.fleet()
                .map(fleet -> here.append(Text.plain("\n")).append(fleet(fleet)))
                .orElse(here);
    }

    private static Text fleet(FleetFigures fleet) {
        Text.Builder text = Text.builder()
                .plain("All processes: " + count(fleet.processes(), "process", "processes")
                        + " · " + count(fleet.servers(), "server") + " · " + fleet.shardsRun() + " of "
                        + count(fleet.shardsTotal(), "shard") + " running");
        if (fleet.shardsRun() < fleet.shardsTotal()) {
            text.plain(" · ").strong(count(fleet.shardsTotal() - fleet.shardsRun(), "shard") + " run by no process");
        }
        return text.plain(fleet.overlapping() ? " · some shards run twice (a restart under way?)" : "")
                .build();
    }

    private static Text reloads(ReloadStatus reload, Instant now) {
        Text.Builder text = Text.builder()
                .plain(
                        reload.reloads() == 0
                                ? "None since startup"
                                : count(reload.reloads(), "reload") + " since startup, the last "
                                        + when(reload.lastReloadAt().orElseThrow(), now));
        if (reload.lastWatcherFailure().isPresent()) {
            ReloadError failure = reload.lastWatcherFailure().get();
            text.plain("\n")
                    .strong("Seeds watcher failed " + count(reload.watcherRestarts(), "time") + ", the last "
                            + ago(failure.at(), now) + " (restarted):")
                    .plain(" " + cut(failure.message(), MAX_WATCHER_FAILURE_LENGTH));
        }
        if (reload.lastError().isPresent()) {
            ReloadError error = reload.lastError().get();
            text.plain("\n");
            if (reload.failing()) {
                text.strong("Last edit refused " + ago(error.at(), now) + "; still serving the previous edition:");
            } else {
                text.plain("Last refused edit " + ago(error.at(), now) + ", fixed since:");
            }
            text.plain("\n" + cut(error.message()));
        }
        return text.build();
    }

    private static Text dailyTips(BotStats stats) {
        Text.Builder text = Text.builder();
        if (stats.tipsPostedToday().isPresent() && stats.pausedServers().isPresent()) {
            text.plain(count(stats.tipsPostedToday().getAsInt(), "tip") + " posted today · "
                    + count(stats.pausedServers().getAsInt(), "server") + " with tips paused");
        } else {
            text.plain("Not known while the store cannot be read");
        }
        stats.storeProblem()
                .ifPresent(problem -> text.plain("\n").strong("Store problem:").plain(" " + problem));
        return text.build();
    }

    private static String quizReports(BotStats stats) {
        return stats.quizReports()
                .map(reports -> reports.reports() == 0
                        ? "No question reported yet"
                        : count(reports.reports(), "report") + " on " + count(reports.questions(), "question")
                                + " · " + reports.dropped() + " dropped in their servers (/quiz reports lists a"
                                + " server's)")
                .orElse("Not known while the store cannot be read");
    }

    private static String cache(long entries, CacheStats stats) {
        String text = count(entries, "entry", "entries");
        if (stats.requestCount() == 0) {
            return text + " · no lookups yet";
        }
        return text + " · " + String.format(Locale.ROOT, "%.1f%%", stats.hitRate() * 100) + " hits (" + stats.hitCount()
                + " of " + count(stats.requestCount(), "lookup") + ")";
    }

    private static Text commands(BotStats stats) {
        List<CommandFigures> all = stats.commands();
        if (all.isEmpty()) {
            return Text.plain("None answered yet");
        }
        List<Text> lines = new ArrayList<>();
        lines.add(Text.plain(stats.commandsHandled() + " answered since startup"));
        all.stream().limit(MAX_COMMAND_LINES).forEach(figures -> lines.add(commandLine(figures)));
        if (all.size() > MAX_COMMAND_LINES) {
            lines.add(Text.plain("…and " + count(all.size() - MAX_COMMAND_LINES, "more command")));
        }
        return Text.lines(lines);
    }

    private static Text commandLine(CommandFigures figures) {
        List<String> notOk = new ArrayList<>();
        if (figures.countOf(Outcome.PROBLEM) > 0) {
            notOk.add(count(figures.countOf(Outcome.PROBLEM), "problem"));
        }
        if (figures.countOf(Outcome.ERROR) > 0) {
            notOk.add(count(figures.countOf(Outcome.ERROR), "error"));
        }
        if (figures.countOf(Outcome.REFUSED) > 0) {
            notOk.add(figures.countOf(Outcome.REFUSED) + " turned away");
        }
        return Text.builder()
                .strong(figures.command())
                .plain(" " + figures.count()
                        + (notOk.isEmpty() ? "" : " (" + String.join(", ", notOk) + ")")
                        + " · p50 " + HumanDuration.fine(figures.p50()) + " · p99 " + HumanDuration.fine(figures.p99()))
                .build();
    }

    private static String when(Instant at, Instant now) {
        return UTC.format(at) + " (" + ago(at, now) + ")";
    }

    private static String ago(Instant at, Instant now) {
        return HumanDuration.coarse(Duration.between(at, now)) + " ago";
    }

    private static String cut(String text) {
        return cut(text, MAX_ERROR_LENGTH);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    private static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
