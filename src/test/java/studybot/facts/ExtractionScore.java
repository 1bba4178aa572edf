package studybot.facts;

import java.util.List;

/**
 * How the extracted facts of a labelled book compare with its labels. A fact teaches when its first sentence is
 * labelled "teaches" and any sentence joined to it "teaches" or "leans" (joining is what leaning sentences are for); it
 * is chatter when any of its sentences is labelled chatter or heading.
 */
record ExtractionScore(int facts, int teaching, int chatter, int teachingSentences, int teachingSentencesCovered) {

    static ExtractionScore of(LabelledBook book, KeyFacts extracted) {
        int teaching = 0;
        int chatter = 0;
        int covered = 0;
        for (KeyFact fact : extracted.all()) {
            List<LabelledBook.Kind> kinds = fact.sources().stream()
                    .map(source -> book.kindOf(fact.section().toString(), source))
                    .toList();
            if (kinds.contains(LabelledBook.Kind.CHATTER) || kinds.contains(LabelledBook.Kind.HEADING)) {
                chatter++;
            } else if (kinds.get(0) == LabelledBook.Kind.TEACHES) {
                teaching++;
            }
            covered += (int) kinds.stream()
                    .filter(kind -> kind == LabelledBook.Kind.TEACHES)
                    .count();
        }
        int teachingSentences = (int) book.labels().stream()
                .filter(label -> label.kind() == LabelledBook.Kind.TEACHES)
                .count();
        return new ExtractionScore(extracted.size(), teaching, chatter, teachingSentences, covered);
    }

    double precision() {
        return facts == 0 ? 0 : (double) teaching / facts;
    }

    double recall() {
        return teachingSentences == 0 ? 0 : (double) teachingSentencesCovered / teachingSentences;
    }

    @Override
    public String toString() {
        return String.format(
                "%d facts, %d teach (precision %.0f%%), %d chatter; %d of %d teaching sentences used"
                        + " (recall %.0f%%)",
                facts,
                teaching,
                100 * precision(),
                chatter,
                teachingSentencesCovered,
                teachingSentences,
                100 * recall());
    }
}
