package studybot;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line asked for: {@code [console] [--config PATH]}, {@code migrate-store --to URL [--config PATH]},
 * {@code quiz-reports [--config PATH]} or {@code check-book PATH}. Without {@code console} the bot connects to Discord
 * when a token is set and falls back to the console when not.
 *
 * @param migrateTo the PostgreSQL URL {@code migrate-store} copies the SQLite store into, when that was asked for
 * @param checkBook the book {@code check-book} checks, when that was asked for (it needs no config)
 * @param quizReports whether {@code quiz-reports} was asked for: print every server's reports of bad quiz questions
 */
record LaunchOptions(
        boolean console, Path configFile, Optional<String> migrateTo, Optional<Path> checkBook, boolean quizReports) {

    static final String USAGE = "usage: java -jar studybot.jar [console] [--config PATH]\n"
            + "       java -jar studybot.jar migrate-store --to jdbc:postgresql://HOST:PORT/DATABASE [--config PATH]\n"
            + "       java -jar studybot.jar quiz-reports [--config PATH]\n"
            + "       java -jar studybot.jar check-book PATH";
    private static final Path DEFAULT_CONFIG = Path.of("config", "studybot.json");

    /** Whether the arguments ask only for the usage: {@code --help}, {@code -h} or {@code help}. */
    static boolean asksForHelp(String[] args) {
        return args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"));
    }

    /** The options, or empty with nothing else done when the arguments make no sense (the caller prints usage). */
    static Optional<LaunchOptions> parse(String[] args) {
        if (args.length > 0 && args[0].equals("check-book")) {
            return args.length == 2
                    ? Optional.of(new LaunchOptions(
                            false, DEFAULT_CONFIG, Optional.empty(), Optional.of(Path.of(args[1])), false))
                    : Optional.empty();
        }
        boolean console = false;
        boolean migrate = false;
        boolean quizReports = false;
        Optional<String> target = Optional.empty();
        Path config = DEFAULT_CONFIG;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("console")) {
                console = true;
            } else if (args[i].equals("migrate-store")) {
                migrate = true;
            } else if (args[i].equals("quiz-reports")) {
                quizReports = true;
            } else if (args[i].equals("--to") && i + 1 < args.length) {
                target = Optional.of(args[++i]);
            } else if (args[i].equals("--config") && i + 1 < args.length) {
                config = Path.of(args[++i]);
            } else {
                return Optional.empty();
            }
        }
        if (migrate != target.isPresent() || (migrate && console) || (quizReports && (console || migrate))) {
            return Optional.empty();
        }
        return Optional.of(new LaunchOptions(console, config, target, Optional.empty(), quizReports));
    }
}
