package studybot.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column that holds a member's user id, declared beside the schema that creates it ({@link Migrations}), so a
 * member's export and deletion ({@code /privacy}) can never miss a table: a test fails when a table has a member-like
 * column that no schema declares.
 *
 * @param table the table, a plain SQL identifier
 * @param column the column holding the member's user id
 * @param onForget what deleting the member does to their rows there
 */
public record PersonalColumn(String table, String column, Forget onForget) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** What forgetting a member does to a row that names them. */
    public enum Forget {
        /** The row is theirs alone (an answer, a read mark): it is deleted. */
        DELETE_ROWS,
        /** The row is the group's and only names them in passing (who stopped a round): the column is set to NULL. */
        CLEAR,
        /** As {@link #CLEAR}, for a column that can't be NULL: set to 0, an id no Discord user has. */
        SET_TO_NOBODY
    }

    public PersonalColumn {
        Objects.requireNonNull(onForget, "onForget");
        for (String identifier : new String[] {table, column}) {
            if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + identifier);
            }
        }
    }

    /** Rows that are the member's own, deleted when they are forgotten. */
    public static PersonalColumn owned(String table, String column) {
        return new PersonalColumn(table, column, Forget.DELETE_ROWS);
    }
}
