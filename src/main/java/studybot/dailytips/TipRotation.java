package studybot.dailytips;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studybot.store.Sql;
import studybot.tip.Tip;

/**
 * Each server's walk through the tip deck: every tip once, in an order of the server's own, before any repeats.
 *
 * <p>The order within a cycle sorts tips by a hash of (server, cycle, tip id) rather than shuffling a list, so a tip's
 * place does not depend on which other tips exist: when a reload adds or removes tips the rest keep their order, new
 * tips join the current cycle at their hashed place, removed ones are simply never reached, and the set of tips already
 * shown this cycle (persisted) keeps them from repeating. A new cycle never opens with the tip that closed the last
 * one.
 */
final class TipRotation {

    /** The tip this server should see next, without recording that it has; empty when the deck is empty. */
    Optional<Tip> peek(Sql sql, long serverId, List<Tip> deck) throws SQLException {
        Map<String, Tip> tips = byId(deck);
        if (tips.isEmpty()) {
            return Optional.empty();
        }
        Place place = load(sql, serverId);
        List<Tip> unseen = tips.values().stream()
                .filter(tip -> !place.shown().contains(tip.id()))
                .toList();
        if (!unseen.isEmpty()) {
            return Optional.of(inOrder(unseen, serverId, place.cycle()).get(0));
        }
        List<Tip> nextCycle = inOrder(tips.values().stream().toList(), serverId, place.cycle() + 1);
        boolean wouldRepeatLast = nextCycle.size() > 1 && nextCycle.get(0).id().equals(place.lastTipId());
        return Optional.of(nextCycle.get(wouldRepeatLast ? 1 : 0));
    }

    /** Records that the server has seen {@code tip}, opening a new cycle first if the whole deck had been seen. */
    void markShown(Sql sql, long serverId, Tip tip, List<Tip> deck) throws SQLException {
        Place place = load(sql, serverId);
        long cycle = place.cycle();
        if (place.shown().containsAll(byId(deck).keySet())) {
            cycle++;
            sql.update("DELETE FROM daily_tip_rotation_shown WHERE server_id = ?", serverId);
        }
        sql.update(
                "INSERT INTO daily_tip_rotation_shown (server_id, tip_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                serverId,
                tip.id());
        String state = """
                INSERT INTO daily_tip_rotation (server_id, cycle, last_tip_id) VALUES (?, ?, ?)
                ON CONFLICT (server_id) DO UPDATE SET cycle = excluded.cycle, last_tip_id = excluded.last_tip_id""";
        sql.update(state, serverId, cycle, tip.id());
    }

    /** Forgets a server's place, for when studybot leaves it. */
    void forget(Sql sql, long serverId) throws SQLException {
        for (String table : List.of("daily_tip_rotation_shown", "daily_tip_rotation")) {
            sql.update("DELETE FROM " + table + " WHERE server_id = ?", serverId);
        }
    }

    private record Place(long cycle, String lastTipId, Set<String> shown) {}

    private static Place load(Sql sql, long serverId) throws SQLException {
        Place place = sql.query("SELECT cycle, last_tip_id FROM daily_tip_rotation WHERE server_id = ?", serverId)
                .optional(row -> new Place(row.getLong(1), row.getString(2), Set.of()))
                .orElse(new Place(0, null, Set.of()));
        List<String> shown = sql.query("SELECT tip_id FROM daily_tip_rotation_shown WHERE server_id = ?", serverId)
                .list(row -> row.getString(1));
        return new Place(place.cycle(), place.lastTipId(), new HashSet<>(shown));
    }

    private static Map<String, Tip> byId(List<Tip> deck) {
        Map<String, Tip> tips = new LinkedHashMap<>();
        deck.forEach(tip -> tips.putIfAbsent(tip.id(), tip));
        return tips;
    }

    private static List<Tip> inOrder(List<Tip> tips, long serverId, long cycle) {
        return tips.stream()
                .sorted(Comparator.comparingLong((Tip tip) -> orderKey(serverId, cycle, tip.id()))
                        .thenComparing(Tip::id))
                .toList();
    }

    private static long orderKey(long serverId, long cycle, String tipId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((serverId + ":" + cycle + ":" + tipId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
