package studybot.tip;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The tips of one library, in book order. Immutable; a reload builds a new deck with the new library. */
public record TipDeck(List<Tip> tips) {

    public TipDeck {
        tips = List.copyOf(tips);
    }

    /** One tip chosen uniformly, or empty for an empty deck. */
    public Optional<Tip> random(RandomGenerator random) {
        return tips.isEmpty() ? Optional.empty() : Optional.of(tips.get(random.nextInt(tips.size())));
    }

    public int size() {
        return tips.size();
    }
}
