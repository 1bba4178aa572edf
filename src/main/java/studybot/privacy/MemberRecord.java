package studybot.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything studybot keeps about one member, as stored: each table's rows that name them, column by column. Exported
 * as it is, so the member sees exactly what is kept, not a summary of it.
 *
 * @param memberId the member's user id
 * @param exportedAt when the rows were read
 * @param tables each table's rows (column name to value), in the order the schemas declare them; tables without a row
 *     for the member are left out
 */
public record MemberRecord(long memberId, Instant exportedAt, Map<String, List<Map<String, Object>>> tables) {

    public MemberRecord {
        Objects.requireNonNull(exportedAt, "exportedAt");
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /** Rows in every table together. */
    public int rowCount() {
        return tables.values().stream().mapToInt(List::size).sum();
    }
}
