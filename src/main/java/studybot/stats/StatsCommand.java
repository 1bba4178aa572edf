package studybot.stats;

import java.util.List;
import studybot.book.Book;
import studybot.command.BookCommand;
import studybot.command.CommandInput;
import studybot.command.CommandSpec;
import studybot.reply.Reply;

/** {@code /stats}: how this studybot is doing, for server managers and whoever runs it. Takes no options. */
public final class StatsCommand implements BookCommand {

    private final StatsCollector collector;
    private final StatsReport report;

    public StatsCommand(StatsCollector collector, StatsReport report) {
        this.collector = collector;
        this.report = report;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("stats", "How studybot is doing: uptime, the book, reloads, cache, commands and tips",
                List.of(), CommandSpec.Access.SERVER_MANAGERS);
    }

    @Override
    public Reply answer(Book book, CommandInput input) {
        return report.render(collector.snapshot(book));
    }
}
