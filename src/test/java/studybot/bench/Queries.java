package studybot.bench;

import java.util.ArrayList;
import java.util.List;

/** What users type into /search, by the path each kind takes through {@code SectionSearch}. */
final class Queries {

    /** Single words the book has as written. */
    static final List<String> PLAIN = List.of(
            "replication",
            "pooling",
            "snapshots",
            "leaderboard",
            "encryption",
            "asynchronous",
            "memcached",
            "aggregation");
    /** Several words, ranked by how many of them a section has. */
    static final List<String> MULTI = List.of(
            "connection pooling",
            "read replicas",
            "sorted sets leaderboard",
            "async postgresql driver",
            "cluster mode enabled",
            "backup and restore redis");
    /** Misspelt words, corrected from the book's vocabulary before searching. */
    static final List<String> TYPO =
            List.of("replicaton", "conection poolng", "snapshts", "leaderbord", "encrpytion", "memcahed");
    /** Beginnings of words, completed to the book's most common word that starts so. */
    static final List<String> PARTIAL = List.of("postgres", "mongo", "replicat", "elasti", "leaderb", "memca");

    private Queries() {}

    /** A named mix: {@code all} interleaves the four kinds so each follows every other. */
    static List<String> mix(String name) {
        return switch (name) {
            case "plain" -> PLAIN;
            case "multi" -> MULTI;
            case "typo" -> TYPO;
            case "partial" -> PARTIAL;
            case "all" -> interleaved(List.of(PLAIN, MULTI, TYPO, PARTIAL));
            default -> throw new IllegalArgumentException("no query mix named " + name);
        };
    }

    private static List<String> interleaved(List<List<String>> kinds) {
        List<String> all = new ArrayList<>();
        int longest = kinds.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<String> kind : kinds) {
                if (i < kind.size()) {
                    all.add(kind.get(i));
                }
            }
        }
        return List.copyOf(all);
    }
}
