package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.SeedParser;

/**
 * Facts from reference text (issue 18 §3, seventh round), on made-up entries of a made-up "tally" module: a sentence
 * after an entry's signature that speaks of the entry without naming it (a condition without a subject, "the given
 * key", a parameter used as a name) leans, and completes the entry or is dropped; a list's lead-in and the items that
 * lean on it, and a "See also" box's pointers, are no facts.
 */
class ReferenceEntriesTest {

    private final SentenceJudge judge = new SentenceJudge();

    @Test
    void aConditionWithoutASubjectOrTheEntrysGivenThingsLean() {
        assertThat(judge.judge("When True, the separator character is doubled in the output."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("If omitted or None, the current system time is used as the seed."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The factory provides a default value for the given key and stores it."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("On Windows, the drive is not reset when the argument is a rooted path."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The output is still available as an attribute of the raised exception."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
    }

    @Test
    void theSameWordsStandWhenTheSentenceNamesWhatTheyReferTo() {
        assertThat(judge.judge("When a tally store is full, the oldest tally counter is dropped."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The argument list of a call is evaluated from left to right."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The instance object is passed to a method as its first argument."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge(
                        "default_factory: This attribute is used by the missing-key hook; it is initialized from the"
                                + " first argument to the constructor."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void aSignatureGivesItsParametersAndASentenceNamingOneLeans() {
        Set<String> parameters =
                ReferenceEntries.parameters("tally.seed(a=None, version=2, *, self_check=False): Start a tally.");
        Predicate<String> namesParameter = ReferenceEntries.namesParameter(parameters);

        assertThat(parameters).containsExactly("a", "version", "self_check");
        assertThat(ReferenceEntries.parameters("class tally.Store(counters=None, /[, ...]): A store of counters."))
                .containsExactly("counters");
        assertThat(ReferenceEntries.parameters("Dialect.delimiter: A one-character string used to separate fields."))
                .isEmpty();
        assertThat(namesParameter.test("If a is omitted or None, the system time is used."))
                .isTrue();
        assertThat(namesParameter.test("With version 1, the tally uses a narrower range."))
                .isTrue();
        assertThat(namesParameter.test("The self_check argument makes every tally slower."))
                .isTrue();
        assertThat(namesParameter.test("A tally is a count of items seen so far."))
                .isFalse();
    }

    @Test
    void aSimilarThingWithoutWhatItIsSimilarToLeansAndABrokenTailIsAFragment() {
        assertThat(judge.judge("To merge tally stores, use a similar approach applying rotate() to the tally list."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("A tally list is similar to a tally store, but it keeps its counters in order."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("All three kinds of tally stores work in a similar fashion on every platform."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("except when the format includes sub-second tally components of the store."))
                .isEqualTo(Verdict.CHATTER);
    }

    @Test
    void aFootnoteMarkerBeforeAClosingBracketGoesWithItsSpace() {
        assertThat(Asides.drop("TSON is a tally format (although not a strict subset of TallyScript [1] )."))
                .isEqualTo("TSON is a tally format (although not a strict subset of TallyScript).");
        assertThat(Asides.drop("The tally is read from argv[1] (the first argument)."))
                .isEqualTo("The tally is read from argv[1] (the first argument).");
    }

    @Test
    void captionsAndLeadInsThatEndInAPrepositionAreChatter() {
        assertThat(judge.judge("Using the tally tool from the shell to validate and pretty-print:"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Some tally store implementations may set limits on:"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.introducesList("The tally store behaves like a dictionary, except that:"))
                .isTrue();
        assertThat(judge.introducesList("A tally store supports the following operations:"))
                .isTrue();
        assertThat(judge.introducesList("Tally counters can be added with the plus operator:"))
                .isFalse();
    }

    @Test
    void aSentenceNamingAnEntrysParameterCompletesTheEntryOrIsDropped() {
        KeyFacts facts = new KeyFactExtractor().extract(library("""
                1.1 Counting tallies

                tally.count(items, start=0): Return the number of tally items counted in the tally.

                If start is negative, the tally count raises a TallyError for the tally items.

                tally.Dialect.separator: A one-character tally string used to separate tally items.

                It defaults to a comma between tally items.
                """));

        assertThat(facts.all())
                .extracting(KeyFact::text)
                .containsExactly(
                        "tally.count(items, start=0): Return the number of tally items counted in the tally. If start is"
                                + " negative, the tally count raises a TallyError for the tally items.",
                        "tally.Dialect.separator: A one-character tally string used to separate tally items. It"
                                + " defaults to a comma between tally items.");
    }

    @Test
    void seeAlsoPointersAndItemsLeaningOnTheirLeadInAreNoFacts() {
        KeyFacts facts = new KeyFactExtractor().extract(library("""
                1.1 Tally stores

                A tally store keeps tally counters in memory for the tally module.

                See also

                Module ledger: Persistent tally counters kept in ledger files of tally stores.

                Module abacus: Tally counters of a tally store kept as beads of an abacus.

                A tally store counts each tally item once per call of a tally store method.

                The tally store behaves like a dictionary of tally counters, except that:

                Each tally counter is created on first use with a tally count of zero.

                tally.Store.merge() adds the tally counters of another tally store.

                The tally module offers different tally store operations:

                tally.count() counts the tally items of a tally store

                Tally counters of a tally store can be added with the plus operator:

                >>> store["a"] + store["b"] == tally.total(store, ["a", "b"])
                """));

        assertThat(facts.all())
                .extracting(KeyFact::text)
                .containsExactly(
                        "A tally store keeps tally counters in memory for the tally module.",
                        "A tally store counts each tally item once per call of a tally store method.",
                        "tally.Store.merge() adds the tally counters of another tally store.",
                        "Tally counters of a tally store can be added with the plus operator.");
    }

    @Test
    void aLeaningSentenceNeverReachesBackOverTheNextEntry() {
        KeyFacts facts = new KeyFactExtractor().extract(library("""
                1.1 Tally lists

                tally.clear(): Remove every tally item from the tally list.

                tally.index(x[, start]): Return zero-based place in the tally list of the first tally item equal to x.\
                 Raises a TallyError if there is no such tally item.
                """));

        assertThat(facts.all())
                .extracting(KeyFact::text)
                .noneMatch(text -> text.startsWith("tally.clear()") && text.contains("Raises"));
    }

    @Test
    void aLeadInToCodeOrAFactualLeadInIsNoListOfLeaningItems() {
        KeyFacts facts = new KeyFactExtractor().extract(library("""
                1.1 Tally output

                A tally report prints every tally counter of the tally store. The following example:

                Tally reports list tally counters in the order of the tally store.

                At any time, there are 3 or 4 tally stores whose tally counters are directly readable:

                the tally store of the current tally

                Some tally stores offer different tally counter operations:

                tally.count() counts the tally items of a tally store
                """));

        assertThat(facts.all())
                .extracting(KeyFact::text)
                .contains(
                        "Tally reports list tally counters in the order of the tally store.",
                        "At any time, there are 3 or 4 tally stores whose tally counters are directly readable.")
                .noneMatch(text -> text.startsWith("Some tally stores"));
    }

    private static Library library(String text) {
        return new Library(new SeedParser().parse(Path.of("book.txt"), text), Instant.EPOCH);
    }
}
