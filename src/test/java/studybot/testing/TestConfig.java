package studybot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import studybot.store.TestPostgres;

/**
 * The shipped {@code config/studybot.json} copied into a test's temp folder, with the data folder moved there too and
 * the seeds folder made absolute, so a test (or a studybot process it starts) never writes into the repository's own
 * {@code data/}.
 */
public final class TestConfig {

    private TestConfig() {}

    /** Writes {@code folder/studybot.json}, whose data folder is {@code folder/data}, and returns its path. */
    public static Path in(Path folder) {
        return in(folder, folder.resolve("data"), Path.of("seeds").toAbsolutePath());
    }

    /** As {@link #in(Path)}, with the config's JSON text then edited by {@code edit}. */
    public static Path in(Path folder, UnaryOperator<String> edit) {
        return write(
                folder,
                edit.apply(inFolders(folder.resolve("data"), Path.of("seeds").toAbsolutePath())));
    }

    /**
     * An edit of the config's JSON text that puts the store on the run's PostgreSQL, in the test database at
     * {@code url} (a {@link TestPostgres.TestDatabase#url()}), as its owner; the password goes in the environment.
     */
    public static UnaryOperator<String> postgresAt(String url) {
        return json -> json.replace("\"url\": \"\"", "\"url\": \"" + url + "\"")
                .replace("\"user\": \"\"", "\"user\": \"" + TestPostgres.USER + "\"");
    }

    /** Writes {@code folder/studybot.json} with these data and seeds folders and returns its path. */
    public static Path in(Path folder, Path dataFolder, Path seedsFolder) {
        return write(folder, inFolders(dataFolder, seedsFolder));
    }

    private static String inFolders(Path dataFolder, Path seedsFolder) {
        return shipped()
                .replace("\"dataFolder\": \"../data\"", "\"dataFolder\": \"" + dataFolder + "\"")
                .replace("\"seedsFolder\": \"../seeds\"", "\"seedsFolder\": \"" + seedsFolder + "\"");
    }

    /**
     * Copies the shipped {@code config/logback.xml} into {@code folder}, beside a config written there, so a studybot
     * process started on that config logs as in production: INFO to stderr and to its data folder's rolling log.
     */
    public static void withShippedLogging(Path folder) {
        try {
            Files.copy(Path.of("config", "logback.xml"), folder.resolve("logback.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped config's text, for a test that edits it further. */
    public static String shipped() {
        try {
            return Files.readString(Path.of("config", "studybot.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code json} as {@code folder/studybot.json} and returns its path. */
    public static Path write(Path folder, String json) {
        try {
            return Files.writeString(folder.resolve("studybot.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
