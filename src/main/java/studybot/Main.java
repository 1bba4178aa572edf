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
import studybot.config.ConfigException;
import studybot.config.ConfigLoader;
import studybot.config.StudybotConfig;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.RejectedTokenException;
import studybot.library.LibraryException;
import studybot.store.StoreException;

/**
 * Starts studybot: on Discord when {@code DISCORD_TOKEN} is set, otherwise (or with {@code console}) as an offline
 * console. Every startup problem is one readable line on stderr and a non-zero exit, never a stack trace: 1 for
 * the token or the environment, 2 for the config, the seeds or the store.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.getenv(), out, err, Clock.systemUTC()));
    }

    /** @param clock the time daily tips are scheduled by */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        Optional<LaunchOptions> parsed = LaunchOptions.parse(args);
        if (parsed.isEmpty()) {
            err.println(LaunchOptions.USAGE);
            return 2;
        }
        LaunchOptions options = parsed.get();
        boolean offline = options.console() || env.getOrDefault("DISCORD_TOKEN", "").isBlank();
        try {
            StudybotConfig config = new ConfigLoader().load(options.configFile(), env);
            useLogConfigBeside(options.configFile(), config);
            if (offline) {
                return new ConsoleMode(config, clock, out, err, env)
                        .run(System.in, options.console(), System.console() != null);
            }
            DiscordEndpoints endpoints;
            try {
                endpoints = DiscordEndpoints.fromEnvironment(env);
            } catch (IllegalArgumentException e) {
                err.println("studybot: " + e.getMessage());
                return 1;
            }
            return new DiscordMode(config, endpoints, clock, err, env).run();
        } catch (ConfigException | LibraryException | StoreException e) {
            err.println("studybot: " + e.getMessage());
            return 2;
        } catch (RejectedTokenException e) {
            err.println("studybot: " + e.getMessage());
            return 1;
        }
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
