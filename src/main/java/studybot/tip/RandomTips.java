package studybot.tip;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Each tip drawn at random, nothing remembered (a repeat is possible): what {@code /tip} answers with when the store
 * that keeps its rotation cannot take the work, so a busy or unwritable store never fails {@code /tip}. Thread-safe.
 */
public final class RandomTips implements ChannelTipRotation {

    private final RandomGenerator random;

    public RandomTips(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public Optional<Tip> next(long channelId, TipDeck deck) {
        synchronized (random) {
            return deck.random(random);
        }
    }
}
