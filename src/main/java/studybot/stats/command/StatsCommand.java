package studybot.stats.command;

import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.Reach;
import studybot.reply.Reply;
import studybot.stats.StatsCollector;

/** {@code /stats}: how this studybot is doing, for server managers and whoever runs it. Takes no options. */
public final class StatsCommand implements BotCommand {

    private final StatsCollector collector;
    private final StatsReport report;

    public StatsCommand(StatsCollector collector, StatsReport report) {
        this.collector = collector;
        this.report = report;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                "stats",
                "How studybot is doing: uptime, the book, reloads, cache, commands and tips",
                Access.SERVER_MANAGERS,
                Reach.SERVERS);
    }

    @Override
    public Reply answer(CommandCall call) {
        return report.render(collector.snapshot(call.scope().book().get()));
    }
}
