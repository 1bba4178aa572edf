package studybot.tip;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * The rotation of a studybot without a store (tests and benchmarks, {@code studybot.StoreFreeStudybot}): kept in
 * memory, so each run starts a fresh round. The bot and the console keep theirs in the store instead
 * ({@link SqlTipRotationStore}). Thread-safe.
 */
public final class MemoryTipRotation implements ChannelTipRotation {

    private final RandomGenerator random;
    private final Map<Long, Round> rounds = new ConcurrentHashMap<>();

    public MemoryTipRotation(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public Optional<Tip> next(long channelId, TipDeck deck) {
        if (deck.size() == 0) {
            return Optional.empty();
        }
        Round round = rounds.computeIfAbsent(channelId, id -> new Round());
        synchronized (round) {
            List<Tip> unseen = deck.tips().stream()
                    .filter(tip -> !round.shown.contains(tip.id()))
                    .toList();
            if (unseen.isEmpty()) {
                round.shown.clear();
                unseen = deck.tips().stream()
                        .filter(tip -> !tip.id().equals(round.last))
                        .toList();
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
