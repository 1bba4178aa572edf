package studybot.stats.command;

import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.Reach;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.stats.StatsCollector;

/** {@code /stats}: how this studybot is doing, for server managers and whoever runs it. Takes no options. */
public final class StatsCommand implements BotCommand {

    private final StatsCollector collector;
    private final StatsReport report;
    private final Texts texts = Texts.load("stats");

    public StatsCommand(StatsCollector collector, StatsReport report) {
        this.collector = collector;
        this.report = report;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("stats", texts.english("describe.stats"), Access.SERVER_MANAGERS, Reach.SERVERS)
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        return report.render(collector.snapshot(call.scope().book().get()), call.publicLocale());
    }
}
