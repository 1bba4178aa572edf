package studybot.tip;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.store.Migrations;
import studybot.store.Sql;
import studybot.store.Store;
import studybot.store.StoreException;

/**
 * The rotation kept in the store (schema {@code db/tip_rotation/<dialect>/}), so a restart does not start a fresh
 * round, and several processes over one PostgreSQL share each channel's round. Choosing a tip and marking it shown is
 * one transaction; when another process marked the same tip first, the mark finds it taken and the choice is made
 * again, so two {@code /tip}s at once in one channel show different tips.
 *
 * <p>The store being busy or unwritable never fails {@code /tip}: the tip is then drawn at random (a repeat is
 * possible), logged at DEBUG only, since {@code StoreHealth} already reports store problems. Thread-safe.
 */
public final class SqlTipRotationStore implements ChannelTipRotation {

    /** The rotation table: {@code db/tip_rotation/sqlite/} and {@code db/tip_rotation/postgresql/}. */
    public static final Migrations MIGRATIONS = new Migrations("tip_rotation", "db/tip_rotation");

    private static final Logger LOG = LoggerFactory.getLogger(SqlTipRotationStore.class);
    /** Choices made again when other processes keep taking the chosen tip first; then it is shown anyway. */
    private static final int ATTEMPTS = 16;

    private final Store store;
    private final RandomGenerator random;
    private final RandomTips fallback;

    /** @param store opened with {@link #MIGRATIONS} */
    public SqlTipRotationStore(Store store, RandomGenerator random) {
        this.store = store;
        this.random = random;
        this.fallback = new RandomTips(random);
    }

    @Override
    public Optional<Tip> next(long channelId, TipDeck deck) {
        if (deck.size() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(store.inTransaction(connection -> chooseAndMark(Sql.on(connection), channelId, deck)));
        } catch (StoreException e) {
            LOG.debug(
                    "/tip in channel {} drew a tip at random, the store could not be used: {}",
                    channelId,
                    e.toString());
            return fallback.next(channelId, deck);
        }
    }

    @Override
    public boolean usesStore() {
        return true;
    }

    /** Random tips, drawn with the same generator. */
    @Override
    public ChannelTipRotation withoutStore() {
        return fallback;
    }

    private Tip chooseAndMark(Sql sql, long channelId, TipDeck deck) throws SQLException {
        Tip chosen = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Round round = read(sql, channelId, deck);
            chosen = round.candidates.get(nextInt(round.candidates.size()));
            if (mark(sql, channelId, chosen, round.number, round.lastSeq + 1)) {
                return chosen;
            }
        }
        LOG.debug(
                "/tip in channel {}: every choice was taken by another process first; showing {} again",
                channelId,
                chosen.id());
        return chosen;
    }

    /** Where the channel's round stands: the tips still to come (or the next round's), and that round's number. */
    private static Round read(Sql sql, long channelId, TipDeck deck) throws SQLException {
        Map<String, Shown> shown = new HashMap<>();
        sql.query("SELECT tip_id, round_number, seq FROM channel_tip_rotation WHERE channel_id = ?", channelId)
                .list(row -> Map.entry(row.getString(1), new Shown(row.getLong(2), row.getLong(3))))
                .forEach(entry -> shown.put(entry.getKey(), entry.getValue()));
        long lastSeq = shown.values().stream().mapToLong(Shown::seq).max().orElse(0);
        return Round.of(deck, shown, lastSeq);
    }

    /**
     * Marks {@code tip} shown in round {@code number}; false when it already was (another process took it first). On
     * PostgreSQL a concurrent mark of the same tip is waited for, then seen.
     */
    private static boolean mark(Sql sql, long channelId, Tip tip, long number, long seq) throws SQLException {
        String upsert = "INSERT INTO channel_tip_rotation (channel_id, tip_id, round_number, seq) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (channel_id, tip_id) DO UPDATE SET round_number = excluded.round_number,"
                + " seq = excluded.seq WHERE channel_tip_rotation.round_number < excluded.round_number";
        return sql.update(upsert, channelId, tip.id(), number, seq) > 0;
    }

    private int nextInt(int bound) {
        synchronized (random) {
            return random.nextInt(bound);
        }
    }

    /**
     * The choice for the next tip in a channel. The current round is the newest any tip of the deck was shown in; tips
     * never shown, or last shown in an older round, are still to come. When none is, a new round opens, without the tip
     * that closed the last one (unless it is the only tip).
     */
    record Round(List<Tip> candidates, long number, long lastSeq) {

        /** @param shown per tip id shown in the channel, when it was last shown; {@code lastSeq} the newest show */
        static Round of(TipDeck deck, Map<String, Shown> shown, long lastSeq) {
            long current = deck.tips().stream()
                    .map(tip -> shown.get(tip.id()))
                    .filter(seen -> seen != null)
                    .mapToLong(Shown::round)
                    .max()
                    .orElse(1);
            List<Tip> toCome = deck.tips().stream()
                    .filter(tip ->
                            !shown.containsKey(tip.id()) || shown.get(tip.id()).round() < current)
                    .toList();
            if (!toCome.isEmpty()) {
                return new Round(toCome, current, lastSeq);
            }
            List<Tip> fresh = deck.tips().stream()
                    .filter(tip -> shown.get(tip.id()).seq() != lastSeq)
                    .toList();
            return new Round(fresh.isEmpty() ? deck.tips() : fresh, current + 1, lastSeq);
        }
    }

    /** When a tip was last shown in a channel: in which round, and as which show (seq counts them up). */
    record Shown(long round, long seq) {}
}
