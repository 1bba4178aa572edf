package studybot.store;

import java.util.List;
import java.util.Objects;

/**
 * One step of a database's schema history. Steps are applied in version order, each in its own transaction together
 * with the new {@code PRAGMA user_version}, so a database is always at exactly one known version. Published steps
 * are never edited; a change to the schema is a new step.
 */
public record Migration(int version, String description, List<String> statements) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1: " + version);
        }
        Objects.requireNonNull(description, "description");
        statements = List.copyOf(statements);
    }
}
