package studybot.bench;

import studybot.library.Library;
import studybot.library.TestBooks;

/** The two books the benchmarks search: the 15-section seed, and the 10,000-section corpus made from it. */
final class Corpora {

    private Corpora() {
    }

    /** @param name {@code seed} or {@code 10k} */
    static Library named(String name) {
        return switch (name) {
            case "seed" -> TestBooks.seed();
            case "10k" -> SyntheticCorpus.tenThousand(TestBooks.seed());
            default -> throw new IllegalArgumentException("no corpus named " + name);
        };
    }
}
