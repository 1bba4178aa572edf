package studybot.tip;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * {@code /tip}'s walk through the deck in each channel (or DM): a tip is not shown again in a channel until every tip
 * of the deck has been shown there. Within a round the order is random. Tips are matched by id, so a reload that keeps
 * a tip's text keeps its place; tips that left the deck are forgotten, new ones join the current round.
 *
 * <p>Kept in memory: after a restart each channel starts a fresh round (a repeat right after a restart is possible,
 * never within one run). The daily post has its own persisted per-server rotation. Thread-safe.
 */
public final class ChannelTipRotation {

    private final RandomGenerator random;
    private final Map<Long, Round> rounds = new ConcurrentHashMap<>();

    public ChannelTipRotation(RandomGenerator random) {
        this.random = random;
    }

    /** The next tip for this channel, recorded as shown there; empty for an empty deck. */
    public Optional<Tip> next(long channelId, TipDeck deck) {
        if (deck.size() == 0) {
            return Optional.empty();
        }
        Round round = rounds.computeIfAbsent(channelId, id -> new Round());
        synchronized (round) {
            List<Tip> unseen = deck.tips().stream().filter(tip -> !round.shown.contains(tip.id())).toList();
            if (unseen.isEmpty()) {
                round.shown.clear();
                unseen = deck.tips().stream().filter(tip -> !tip.id().equals(round.last)).toList();
                if (unseen.isEmpty()) {
                    unseen = deck.tips();
                }
            }
            Tip tip = unseen.get(nextInt(unseen.size()));
            round.shown.add(tip.id());
            round.last = tip.id();
            return Optional.of(tip);
        }
    }

    private int nextInt(int bound) {
        synchronized (random) {
            return random.nextInt(bound);
        }
    }

    private static final class Round {
        private final Set<String> shown = new HashSet<>();
        private String last;
    }
}
