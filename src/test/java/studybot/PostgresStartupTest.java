package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.discord.fake.FakeDiscord;
import studybot.store.TestPostgres;
import studybot.testing.LogCapture;

/** Issue 11 §1: a PostgreSQL store that can't be used stops startup with one line and exit 2, as SQLite's does. */
class PostgresStartupTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anUnreachableServerIsOneLineAndExitTwo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        int status = run("jdbc:postgresql://127.0.0.1:" + closedPort + "/studybot", TestPostgres.PASSWORD);

        assertThat(status).isEqualTo(2);
        assertThat(studybotLines())
                .singleElement()
                .asString()
                .contains("PostgreSQL 127.0.0.1:" + closedPort + "/studybot")
                .contains("unreachable");
    }

    @Test
    void aWrongPasswordIsOneLineAndNeverShown() throws Exception {
        String wrong = "not-the-password-31337";
        String url = TestPostgres.shared().newDatabase().url();

        int status;
        try (LogCapture logs = LogCapture.of(Level.DEBUG, "com.zaxxer.hikari", "org.postgresql", "studybot")) {
            status = run(url, wrong);
            assertThat(logs.events())
                    .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(wrong));
        }

        assertThat(status).isEqualTo(2);
        assertThat(studybotLines())
                .singleElement()
                .asString()
                .contains("as user '" + TestPostgres.USER + "'")
                .contains("password authentication failed");
        assertThat(err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8))
                .doesNotContain(wrong);
    }

    @Test
    void anUnsetPasswordNamesTheVariable() throws Exception {
        int status = run(TestPostgres.shared().newDatabase().url(), null);

        assertThat(status).isEqualTo(2);
        assertThat(studybotLines())
                .singleElement()
                .asString()
                .contains("as user '" + TestPostgres.USER + "'")
                .contains("STUDYBOT_DB_PASSWORD is not set");
    }

    /** @param password null to leave STUDYBOT_DB_PASSWORD unset */
    private int run(String url, String password) throws IOException {
        JsonMapper mapper = new JsonMapper();
        ObjectNode config =
                (ObjectNode) mapper.readTree(Path.of("config/studybot.json").toFile());
        config.put("dataFolder", temp.resolve("data").toString());
        config.put("seedsFolder", Path.of("seeds").toAbsolutePath().toString());
        ObjectNode store = (ObjectNode) config.path("store");
        store.put("url", url);
        store.put("user", TestPostgres.USER);
        Path file = temp.resolve("studybot.json");
        Files.writeString(file, mapper.writeValueAsString(config));
        try (FakeDiscord discord = FakeDiscord.start()) {
            Map<String, String> env = new HashMap<>(discord.environment());
            if (password != null) {
                env.put("STUDYBOT_DB_PASSWORD", password);
            }
            return Main.run(new String[] {"--config", file.toString()}, env, print(out), print(err), new StopRequest());
        }
    }

    private List<String> studybotLines() {
        return err.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith("studybot: "))
                .toList();
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
