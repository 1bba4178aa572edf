package studybot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studybot.book.CurrentBook;
import studybot.command.Asker;
import studybot.config.StudybotConfig;
import studybot.console.Console;
import studybot.console.ConsoleRenderer;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.DailyTips;
import studybot.library.LibraryException;
import studybot.reload.SeedsWatcher;
import studybot.stats.ConnectionInfo;
import studybot.stats.TipCounts;
import studybot.store.Store;
import studybot.store.Stores;

/**
 * studybot without Discord: answers commands typed (or piped) into the terminal until end of input. It opens the
 * same daily-tip store the bot uses, so {@code /tips} can show what is set up, but posts nothing.
 */
final class ConsoleMode {

    private final StudybotConfig config;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    ConsoleMode(StudybotConfig config, Clock clock, PrintStream out, PrintStream err, Map<String, String> env) {
        this.config = config;
        this.env = env;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /**
     * @param asked whether the console was asked for ({@code console}) rather than fallen back to for lack of a
     *              token; only the fallback explains how to connect
     * @return the exit status
     * @throws LibraryException when the seeds are bad
     * @throws studybot.store.StoreException when the daily-tip store can't be used
     */
    int run(InputStream in, boolean asked, boolean interactive) throws LibraryException {
        CurrentBook book = new CurrentBook();
        try (Store store = Stores.open(config.store(), config.dataFolder(), env, StoreSchemas.ALL, clock)) {
            DailyTips dailyTips = DailyTips.over(store, book, DailyTips.offlineChannel(), DailyTips.offlineAccess(),
                    DailyTips.Posting.everything(Duration.ofSeconds(config.dailyTips().sendTimeoutSeconds())), clock);
            DailyTipService tips = dailyTips.service();
            Studybot studybot = Studybot.create(config, clock, book, ConnectionInfo.offline(),
                    TipCounts.of(tips::tipsPostedToday, tips::pausedServers, tips::storeProblem),
                    List.of(dailyTips.feature()));
            studybot.loadBook();
            Optional<SeedsWatcher> watcher = studybot.watchSeeds();
            try {
                return answer(studybot, in, asked, interactive);
            } finally {
                watcher.ifPresent(SeedsWatcher::close);
            }
        }
    }

    private int answer(Studybot studybot, InputStream in, boolean asked, boolean interactive) {
        if (!asked) {
            err.println("studybot is offline: DISCORD_TOKEN is not set, so it answers here instead of on Discord.");
            err.println("To connect to Discord, set DISCORD_TOKEN to your bot's token (see README.md) and start it again.");
        }
        err.println("Type /help for the commands, /quit or end of input to leave. "
                + studybot.book().get().library().size() + " sections loaded.");
        Console console = new Console(studybot.registry(), new ConsoleRenderer(), studybot.interactions(),
                Asker.console(System.getProperty("user.name", "you")));
        try {
            console.run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out, interactive);
            return 0;
        } catch (IOException e) {
            err.println("studybot: cannot read input: " + e.getMessage());
            return 1;
        }
    }
}
