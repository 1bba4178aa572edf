package studybot.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyFacts;
import studybot.library.Library;
import studybot.quiz.QuizDeck;

/**
 * Key facts and quiz questions for a whole book, as built at start and on every reload (target: ≤ 2 s for 10,000
 * sections). {@code factsAndQuestions} is the whole job; {@code facts} the extraction alone. {@code 10k-varied} is the
 * corpus that counts ({@link VariedCorpus}: sections that differ as a real book's do); {@code 10k} recombines the
 * seed's ~100 sentences, so every sentence repeats hundreds of times and most facts and questions collapse into
 * duplicates.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class KeyFactsBench {

    @Param({"10k-varied", "10k"})
    public String corpus;

    private Library library;
    private KeyFacts extracted;

    @Setup(Level.Trial)
    public void load() {
        library = Corpora.named(corpus);
        extracted = new KeyFactExtractor().extract(library);
    }

    @Benchmark
    public QuizDeck factsAndQuestions() {
        return QuizDeck.build(library, new KeyFactExtractor().extract(library));
    }

    @Benchmark
    public KeyFacts facts() {
        return new KeyFactExtractor().extract(library);
    }

    @Benchmark
    public QuizDeck questions() {
        return QuizDeck.build(library, extracted);
    }
}
