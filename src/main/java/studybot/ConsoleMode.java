package studybot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import studybot.console.Console;
import studybot.console.ConsoleRenderer;

/**
 * studybot without Discord: answers commands typed (or piped) into the terminal until end of input, {@code /quit},
 * SIGTERM or Ctrl-C, all of which end it with status 0. Input is read on a thread of its own, since a blocked read of
 * the terminal cannot be interrupted; the main thread waits for whichever ending comes first.
 */
final class ConsoleMode {

    private final Studybot studybot;
    private final PrintStream out;
    private final PrintStream err;

    ConsoleMode(Studybot studybot, PrintStream out, PrintStream err) {
        this.studybot = studybot;
        this.out = out;
        this.err = err;
    }

    /**
     * @param asked whether the console was asked for ({@code console}) rather than fallen back to for lack of a
     *              token; only the fallback explains how to connect
     * @param stop  asked for by a signal, or by this console at the end of input
     * @return the exit status
     */
    int run(InputStream in, boolean asked, boolean interactive, StopRequest stop) throws InterruptedException {
        if (!asked) {
            err.println("studybot is offline: DISCORD_TOKEN is not set, so it answers here instead of on Discord.");
            err.println("To connect to Discord, set DISCORD_TOKEN to your bot's token (see README.md) and start it again.");
        }
        err.println("Type /help for the commands, /quit or end of input to leave. "
                + studybot.book().get().library().size() + " sections loaded.");
        Console console = new Console(studybot.book(), studybot.commands(), studybot.sectionCommand(),
                new ConsoleRenderer());
        Thread reader = new Thread(() -> {
            try {
                console.run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out, interactive);
                stop.request(0);
            } catch (IOException e) {
                err.println("studybot: cannot read input: " + e.getMessage());
                stop.request(1);
            }
        }, "studybot-console");
        reader.setDaemon(true);
        reader.start();
        return stop.await();
    }
}
