package studybot.store;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One feature's schema history: versioned SQL scripts {@code V1__what.sql, V2__...} under
 * {@code classpath:<location>/sqlite} and {@code classpath:<location>/postgresql}, applied by Flyway and recorded in
 * the feature's own history table {@code flyway_history_<name>}. Each feature numbering its own versions keeps features
 * that are built side by side from fighting over version numbers. Published scripts are never edited; a change to the
 * schema is a new script, in both dialects.
 *
 * @param name a lower-case identifier, e.g. {@code daily_tips}
 * @param location the classpath folder holding the dialect folders, e.g. {@code db/daily_tips}
 * @param personalColumns the columns of these tables that hold a member's user id (see {@link PersonalColumn})
 */
public record Migrations(String name, String location, List<PersonalColumn> personalColumns) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    public Migrations {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("migrations name must be lower-case letters, digits and _: " + name);
        }
        personalColumns = List.copyOf(personalColumns);
    }

    /** A schema history whose tables hold nothing about a member. */
    public Migrations(String name, String location) {
        this(name, location, List.of());
    }

    /** The same history, declaring the columns that name a member. */
    public Migrations withPersonalColumns(PersonalColumn... columns) {
        return new Migrations(name, location, List.of(columns));
    }

    /** The table Flyway records this feature's applied versions in. */
    public String historyTable() {
        return "flyway_history_" + name;
    }

    /** Flyway's location for {@code dialect}'s scripts. */
    public String locationFor(Dialect dialect) {
        return "classpath:" + location + "/" + dialect.folder();
    }
}
