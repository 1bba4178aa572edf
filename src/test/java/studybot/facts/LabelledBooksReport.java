package studybot.facts;

import java.util.List;

/**
 * Prints how the key facts of the three books labelled in the repository compare with their labels (the figures the
 * extractor's tests hold to), and how many distinct tips the seed gives. A command, not a test:
 * {@code scripts/real-books/run-java.sh studybot.facts.LabelledBooksReport}.
 */
public final class LabelledBooksReport {

    private LabelledBooksReport() {}

    public static void main(String[] args) {
        KeyFactExtractor extractor = new KeyFactExtractor();
        for (LabelledBook book :
                List.of(LabelledBook.seed(), LabelledBook.operatingSystems(), LabelledBook.networking())) {
            KeyFacts facts = extractor.extract(book.library());
            System.out.printf(
                    "%s: %s; %d sections with a fact%n",
                    book.library().sections().get(0).title(),
                    ExtractionScore.of(book, facts),
                    facts.sections().size());
            if (args.length > 0) {
                facts.all().forEach(fact -> System.out.printf("  %s %s%n", fact.section(), fact.text()));
            }
            if (args.length > 1) {
                SentenceJudge judge = new SentenceJudge();
                book.labels()
                        .forEach(label -> System.out.printf(
                                "    %s %s %s | %s%n",
                                label.section(), label.kind(), judge.judge(label.text()), label.text()));
            }
        }
    }
}
