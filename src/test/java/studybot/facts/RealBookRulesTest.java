package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.SeedParser;

/**
 * The key-fact rules that real manuals called for (issue 18): trivial sentences, instructions, pointers at examples and
 * chapters, fragments and sentences that lean on the one before are not facts; what a sentence teaches survives a
 * closing colon or an aside that points elsewhere; sections about the book give none.
 */
class RealBookRulesTest {

    private final SentenceJudge judge = new SentenceJudge();

    @Test
    void trivialSentencesInstructionsAndPointersAreChatter() {
        assertThat(judge.judge("Before you can use PostgreSQL you need to install it, of course."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Install the latest stable version of Rust using rustup."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("For more information about creating triggers, see CREATE TRIGGER."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Table B-2 shows symbols that appear on their own in a variety of locations."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("We’ll cover the most common smart pointers in the standard library."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The syntax of the declaration is as follows:")).isEqualTo(Verdict.CHATTER);
    }

    @Test
    void aSentenceClosingWithAColonIsJudgedOnWhatItSays() {
        assertThat(judge.judge("The dict() constructor builds dictionaries directly from sequences of pairs:"))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void fragmentsAreChatter() {
        assertThat(judge.judge("Advanced functions and closures: function pointers and returning closures"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("and here is one returning a composite type of the function."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Modules guide for complete documentation for pip.)"))
                .isEqualTo(Verdict.CHATTER);
    }

    @Test
    void sentencesThatLeanOnTheOneBeforeAreNotFactsOnTheirOwn() {
        assertThat(judge.judge("Such writes fail when the primary is down for a minute."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The replica then does the same job for every read it serves."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("For example, the winreg module is only provided on Windows systems."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("String, for example, stores its capacity as metadata and always holds valid UTF-8."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The same is true of every replica in the group."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Empty tuples have the same length as each other in every case."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void aClosingColonAndAPointingAsideDoNotHideWhatASentenceTeaches() {
        Library library = library("""
                1.1 Dictionaries

                The dict() constructor builds dictionaries directly from sequences of key-value pairs:

                A dictionary maps unique keys to values (see Mapping Types for the details), and keys are immutable.

                2.1 Tuples

                A tuple is an immutable sequence of values separated by commas, usually of different types.
                """);

        assertThat(new KeyFactExtractor().extract(library).all())
                .extracting(KeyFact::text)
                .contains(
                        "The dict() constructor builds dictionaries directly from sequences of key-value pairs.",
                        "A dictionary maps unique keys to values, and keys are immutable.");
    }

    @Test
    void sectionsAboutTheBookGiveNoFacts() {
        Library library = library("""
                1.1 Tuples

                A tuple is an immutable sequence of values separated by commas, usually of different types.

                2.1 Summary

                A tuple is an immutable sequence, and tuples of tuples nest any number of values deep.
                """);

        assertThat(new KeyFactExtractor().extract(library).all())
                .extracting(fact -> fact.section().toString())
                .containsOnly("1.1");
    }

    /**
     * A manual page's AUTHOR section gave the tip "pam_permit was written by Andrew G. Morgan, <morgan@kernel.org>."
     */
    @Test
    void authorSectionsGiveNoFacts() {
        Library library = library("""
                1.1 pam_permit

                The pam_permit module always permits access to a service, so a stack that holds it never refuses.

                1.2 AUTHOR

                The pam_permit module was written by Andrew G. Morgan, who maintained the Linux-PAM library for years.

                1.3 Authors

                The pam_permit module documentation was revised by Thorsten Kukuk, who maintains the Linux-PAM modules.
                """);

        assertThat(new KeyFactExtractor().extract(library).all())
                .extracting(fact -> fact.section().toString())
                .containsOnly("1.1");
    }

    @Test
    void aSentenceIsNotBrokenAfterAnInitialOrWhereNoSpaceFollowsTheStop() {
        SentenceSplitter splitter = new SentenceSplitter(new FlattenedHeadings(BookWords.of(library("""
                1.1 Testing

                Edsger W. Dijkstra wrote about testing. Method objects have m.__self__ as an attribute.
                """))));

        assertThat(splitter.units(
                        "Edsger W. Dijkstra wrote about testing. Method objects have m.__self__ as an" + " attribute."))
                .extracting(TextUnit::text)
                .containsExactly(
                        "Edsger W. Dijkstra wrote about testing.", "Method objects have m.__self__ as an attribute.");
    }

    @Test
    void theSeedTeachesFromMostOfItsSectionsThoughItIsChatty() {
        KeyFacts facts = new KeyFactExtractor().extract(LabelledBook.seed().library());

        assertThat(facts.all().stream().map(KeyFact::text).distinct().count()).isGreaterThanOrEqualTo(12);
        assertThat(facts.sections()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(facts.all())
                .extracting(KeyFact::text)
                .contains("You have one Primary Node that handles all write"
                        + " operations, and you can attach up to five Read Replicas to it.");
    }

    @Test
    void adviceToTheReaderPointersAtListsAndOtherLanguagesAreChatter() {
        assertThat(judge.judge("When you’re ready to release your code, it’s best to spend more time compiling."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("If the logic is too verbose for a match, remember that if let is in your toolbox."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("As programs grow, organizing your code will become increasingly important."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("If an operator is overloadable, the trait to use to overload that operator is listed."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Chapter 4 introduced references, the most common kind of pointer in Rust."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Many programming languages have much in common at their core."))
                .isEqualTo(Verdict.CHATTER);
    }

    @Test
    void sectionsSayingWhomTheBookIsForGiveNoFacts() {
        assertThat(new KeyFactExtractor().extract(library("""
                                1.1 Who Rust Is For

                                The Rust compiler checks ensure stability through feature additions and refactoring.
                                """)).all()).isEmpty();
    }

    @Test
    void anIntensifierIsDroppedAndTheClaimUnderItKept() {
        assertThat(judge.judge("You see, opening a new database connection is a shockingly expensive operation."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(new KeyFactExtractor().extract(library("""
                                1.1 Pooled connections

                                You see, opening a new pooled connection is a shockingly expensive connection step.
                                """)).all())
                .extracting(KeyFact::text)
                .containsExactly("Opening a new pooled connection is an expensive connection step.");
    }

    @Test
    void aSentencePointingBackFromInsideReachesOverChatterToItsAntecedent() {
        KeyFacts facts = new KeyFactExtractor().extract(library("""
                1.1 Connection pooling

                Opening a database connection is an expensive operation. It's like building a car for every errand.                 Connection pooling solves this by keeping a pool of reusable connections.

                Redis is a server of data structures. Honestly, wow. It maps data structures to pooling types.
                """));

        assertThat(facts.all())
                .extracting(KeyFact::text)
                .contains("Opening a database connection is an expensive operation. Connection pooling solves this by"
                        + " keeping a pool of reusable connections.")
                .noneMatch(text -> text.contains("It maps"));
    }

    private static Library library(String text) {
        return new Library(new SeedParser().parse(Path.of("book.txt"), text), Instant.EPOCH);
    }
}
