package studybot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import studybot.testing.TestConfig;

/**
 * studybot's {@link Main} as a process of its own on the test classpath, with the shipped logging, as an operator
 * starts it: for what only a real start shows (exit statuses, signals, the order of a start's steps).
 */
final class MainProcess {

    private MainProcess() {}

    /** Starts studybot with {@code config} and {@code environment}; everything it prints goes to {@code output}. */
    static Process start(Map<String, String> environment, Path config, Path output) throws IOException {
        TestConfig.withShippedLogging(config.getParent());
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "studybot.Main",
                        "--config",
                        config.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }
}
