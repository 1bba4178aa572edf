package studybot;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import studybot.DataFolder.DataFolderException;
import studybot.config.ConfigException;
import studybot.config.ConfigLoader;
import studybot.config.StudybotConfig;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.JdaHttpClient;
import studybot.discord.connect.RejectedTokenException;
import studybot.library.LibraryException;
import studybot.store.StoreException;

/**
 * Starts studybot: on Discord when {@code DISCORD_TOKEN} is set, otherwise (or with {@code console}) as an offline
 * console; or copies the SQLite store into PostgreSQL ({@code migrate-store --to URL}); or prints every server's
 * reports of bad quiz questions, tab-separated ({@code quiz-reports}); or checks a book before it is served
 * ({@code check-book PATH}, exit 0 when usable, 2 when not). Every startup problem is one readable line on stderr and a
 * non-zero exit, never a stack trace: 1 for the token or the environment, 2 for the config, the data folder, the seeds
 * or the store.
 */
public final class Main {

    /** The longest startup error printed whole. */
    static final int MAX_ERROR_CHARS = 1_000;

    private Main() {}

    /**
     * Exits through {@code System.exit} with the status {@link #run} returns, so every shutdown hook runs. SIGTERM and
     * Ctrl-C do not end the JVM directly: they ask the running mode to stop ({@link StopSignals}).
     */
    public static void main(String[] args) {
        // Charts are drawn in memory; a server has no display, and AWT must not look for one.
        System.setProperty("java.awt.headless", "true");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        StopRequest stop = new StopRequest();
        if (!StopSignals.install(stop)) {
            err.println(
                    "studybot: this JVM does not let studybot handle SIGTERM; stopping will not drain interactions");
        }
        System.exit(run(args, System.getenv(), out, err, Clock.systemUTC(), stop));
    }

    /** Runs the mode asked for, on the system clock, until it ends or {@code stop} is asked for. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, StopRequest stop) {
        return run(args, env, out, err, Clock.systemUTC(), stop);
    }

    /**
     * Runs the mode asked for until it ends or {@code stop} is asked for; returns the exit status.
     *
     * @param clock the time daily tips are scheduled by
     */
    static int run(
            String[] args, Map<String, String> env, PrintStream out, PrintStream err, Clock clock, StopRequest stop) {
        StartupSteps steps = StartupSteps.begin();
        if (LaunchOptions.asksForHelp(args)) {
            out.println(LaunchOptions.USAGE);
            return 0;
        }
        Optional<LaunchOptions> parsed = LaunchOptions.parse(args);
        if (parsed.isEmpty()) {
            err.println(LaunchOptions.USAGE);
            return 2;
        }
        LaunchOptions options = parsed.get();
        if (options.checkBook().isPresent()) {
            return Studybot.bookCheck(clock).run(options.checkBook().get(), out, err);
        }
        boolean offline =
                options.console() || env.getOrDefault("DISCORD_TOKEN", "").isBlank();
        JdaHttpClient http =
                offline || options.quizReports() || options.migrateTo().isPresent()
                        ? JdaHttpClient.builtAtLogin()
                        : JdaHttpClient.buildBeside();
        try {
            StudybotConfig config = new ConfigLoader().load(options.configFile(), env);
            steps.done("config");
            DataFolder.prepare(config.dataFolder(), !config.store().postgresql());
            useLogConfigBeside(options.configFile(), config);
            if (options.quizReports()) {
                return new QuizReportsMode(config, env, out).run();
            }
            if (options.migrateTo().isPresent()) {
                return new MigrateStoreMode(config, env, out, err)
                        .run(options.migrateTo().get());
            }
            if (offline) {
                return new ConsoleMode(config, clock, out, err, env)
                        .run(System.in, options.console(), System.console() != null, stop);
            }
            DiscordEndpoints endpoints;
            try {
                endpoints = DiscordEndpoints.fromEnvironment(env);
            } catch (IllegalArgumentException e) {
                err.println("studybot: " + readable(e.getMessage()));
                return 1;
            }
            LoggerFactory.getILoggerFactory();
            steps.done("data folder and logging");
            return new DiscordMode(config, endpoints, http, clock, err, env, steps).run(stop);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("studybot: interrupted");
            return 1;
        } catch (ConfigException | DataFolderException | LibraryException | StoreException e) {
            err.println("studybot: " + readable(e.getMessage()));
            return 2;
        } catch (RejectedTokenException e) {
            err.println("studybot: " + readable(e.getMessage()));
            return 1;
        }
    }

    /**
     * A startup error as a line a terminal and a journal can show: a value pasted into the config may be megabytes
     * long, and the reason after it is what the operator needs, so a long message keeps its start and its end.
     */
    static String readable(String message) {
        if (message.length() <= MAX_ERROR_CHARS) {
            return message;
        }
        int head = MAX_ERROR_CHARS / 2;
        int tail = message.length() - MAX_ERROR_CHARS / 2;
        if (Character.isHighSurrogate(message.charAt(head - 1))) {
            head--;
        }
        if (Character.isLowSurrogate(message.charAt(tail))) {
            tail++;
        }
        return message.substring(0, head) + " … " + message.substring(tail);
    }

    /**
     * Logging is configured by {@code logback.xml} beside the config file when there is one (the bundled fallback
     * otherwise), with log files under the data folder. Must run before the first logger is created.
     */
    private static void useLogConfigBeside(Path configFile, StudybotConfig config) {
        Path logConfig = configFile.resolveSibling("logback.xml");
        if (System.getProperty("logback.configurationFile") == null && Files.isRegularFile(logConfig)) {
            System.setProperty("logback.configurationFile", logConfig.toString());
        }
        if (System.getProperty("STUDYBOT_DATA") == null) {
            System.setProperty("STUDYBOT_DATA", config.dataFolder().toString());
        }
    }
}
