package studybot.bench;

import studybot.library.Library;
import studybot.library.TestBooks;

/**
 * The books the benchmarks use: the 15-section seed, the 10,000-section corpus recombined from it (search), and a
 * 10,000-section corpus whose sections differ as a real book's do (key facts; see {@link VariedCorpus}).
 */
final class Corpora {

    private Corpora() {}

    /** @param name {@code seed}, {@code 10k} or {@code 10k-varied} */
    static Library named(String name) {
        return switch (name) {
            case "seed" -> TestBooks.seed();
            case "10k" -> SyntheticCorpus.tenThousand(TestBooks.seed());
            case "10k-varied" -> VariedCorpus.tenThousand(TestBooks.seed());
            default -> throw new IllegalArgumentException("no corpus named " + name);
        };
    }
}
