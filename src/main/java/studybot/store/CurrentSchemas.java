package studybot.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether every feature's schema already stands at its newest script, told cheaply: the scripts' names listed from the
 * class path, and one query per history table. A restart of an up-to-date store then skips Flyway, whose configuring,
 * scanning and validating of every feature's history took about a second of CPU beside the login. Anything else (a
 * history table missing, a failed migration recorded, a version this studybot has no script for, scripts it cannot
 * list) goes through Flyway as before, which migrates, baselines or refuses. Applied scripts' checksums are compared
 * only on a start that goes through Flyway: published scripts are never edited ({@link Migrations}).
 */
final class CurrentSchemas {

    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__[^/]*\\.sql");

    private final DataSource dataSource;
    private final Dialect dialect;
    private final ClassLoader scripts;
    /** Each jar's entry names, read once per check however many features it holds scripts for. */
    private final Map<String, List<String>> jarEntries = new HashMap<>();

    /** @param scripts the class loader Flyway finds the scripts with */
    CurrentSchemas(DataSource dataSource, Dialect dialect, ClassLoader scripts) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.scripts = scripts;
    }

    /** Whether each history records its newest script as applied, and nothing failed or newer. */
    boolean allCurrent(List<Migrations> all) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (Migrations migrations : all) {
                OptionalInt newest = newestScript(migrations);
                if (newest.isEmpty() || !appliedUpTo(statement, migrations, newest.getAsInt())) {
                    return false;
                }
            }
            return true;
        } catch (SQLException | IOException | URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    private static boolean appliedUpTo(Statement statement, Migrations migrations, int newest) throws SQLException {
        int highest = -1;
        try (ResultSet rows = statement.executeQuery("SELECT version, success FROM " + migrations.historyTable())) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    return false;
                }
                if (version != null) {
                    if (!version.chars().allMatch(Character::isDigit) || version.isEmpty()) {
                        return false;
                    }
                    highest = Math.max(highest, Integer.parseInt(version));
                }
            }
        }
        return highest == newest;
    }

    /** The highest version among the feature's scripts for this dialect, wherever the class path holds them. */
    private OptionalInt newestScript(Migrations migrations) throws IOException, URISyntaxException {
        String folder = migrations.location() + "/" + dialect.folder();
        Enumeration<URL> roots = scripts.getResources(folder);
        List<String> names = new ArrayList<>();
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if (root.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                    files.map(file -> file.getFileName().toString()).forEach(names::add);
                }
            } else if (root.getProtocol().equals("jar")) {
                String prefix = folder + "/";
                for (String entry : entries((JarURLConnection) root.openConnection())) {
                    if (entry.startsWith(prefix)) {
                        names.add(entry.substring(prefix.length()));
                    }
                }
            } else {
                return OptionalInt.empty();
            }
        }
        return names.stream()
                .map(SCRIPT::matcher)
                .filter(Matcher::matches)
                .mapToInt(script -> Integer.parseInt(script.group(1)))
                .max();
    }

    private List<String> entries(JarURLConnection connection) throws IOException {
        String jar = connection.getJarFileURL().toString();
        List<String> known = jarEntries.get(jar);
        if (known != null) {
            return known;
        }
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile file = connection.getJarFile()) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                names.add(entries.nextElement().getName());
            }
        }
        jarEntries.put(jar, names);
        return names;
    }
}
