package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.SeedParser;

/**
 * The rules of the fourth round (issue 18 §3), each on short made-up sentences: a sentence leans only when what it
 * points at lies outside it; conclusions, relational nouns without their complement and pronoun subjects after an
 * opening phrase lean; speculation, narration of the running example and instructions are chatter; clauses and marks
 * that point elsewhere are dropped and the claim around them kept.
 */
class AntecedentAndNarrationRulesTest {

    private final SentenceJudge judge = new SentenceJudge();

    @Test
    void theSameAfterADistributiveOrBeforeThatComparesWithinTheSentence() {
        assertThat(judge.judge("Each row of a page must have the same width in bytes."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Two keys of different tables may have the same name without a clash."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("A view is read-only for the same reasons that a join is read-only."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The replica then does the same job for every read it serves."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
    }

    @Test
    void aDemonstrativeNamingSomethingInTheSameSentenceDoesNotLean() {
        assertThat(judge.judge("A header may open the file; this header names the encoding of the file."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Some codecs are built into the reader; these decode text without a lookup."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Several definitions of a tree exist, and by some of these definitions a list is one."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The compiler shoulders a huge part of this burden at compile time."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
    }

    @Test
    void thatAfterAPrepositionPointsBackUnlessItsNounCameBefore() {
        assertThat(judge.judge("The loader recognises the object bound to that name as a plugin."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("A message goes to a channel, and every reader subscribed to that channel gets it."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void anExpletiveItAndADeterminerOneOrAnotherStandAlone() {
        assertThat(judge.judge("It is not possible to assign to the items of a frozen set."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("It’s good practice to close a cursor before its connection."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("It is initialised to a default path taken from the environment."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Another useful container type in the library is the deque."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("One exception to the naming rule is a module named after its package."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("One example is the sum method, which consumes the iterator it is called on."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("One example of a trait with an associated type is the Iterator trait."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Another is the deque, which appends at both of its ends."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
    }

    @Test
    void relationalNounsWithoutTheirComplementLean() {
        assertThat(judge.judge("The difference becomes visible when the totals are rounded to a cent."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The reason for the limit is the fixed size of an index page."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The only difference between the two is how quotes are escaped inside them."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
    }

    @Test
    void aPronounSubjectAfterAnOpeningPhraseLeansButNotAfterAClause() {
        assertThat(judge.judge("As marker traits, they have no methods to implement at all."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("When generators finish their loop, they raise StopIteration automatically."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("However, you lose the exhaustive checking of every variant."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
    }

    @Test
    void conclusionsAdditionsAndOtherOpenersLean() {
        assertThat(judge.judge("The default level for debug builds is therefore zero."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Exponents bind tighter than signs, and thus the result is negative."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Bound methods have attributes, too: the instance and the function."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Other names can point to the same function object as well."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
    }

    @Test
    void aPronounSubjectAfterAnOpeningConjunctionAnObjectPronounOrDoSoLean() {
        assertThat(judge.judge("If it doesn't match, the code associated with the pattern won't run."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("When this flag is set, the server writes every change to the log."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The browser sends it back with every request to the same server."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Programmers who need low-level control can do so with Rust and no extra risk."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("When generators terminate, they raise StopIteration automatically."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Cargo makes it easy to add dependencies to a Rust project."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void anOrdinalWithItsOfAndAProgramNounWrittenAsANameSayWhatTheyReferTo() {
        assertThat(judge.judge("The first statement of a module may be a string literal that documents it."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The first line contains a multiple assignment of both variables."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The Result enum signals that an operation can fail and be recovered from."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The result is printed on a line of its own by the interpreter."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge(
                        "If both the try and the finally clauses return, the value returned is the one from the finally"
                                + " clause."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void theGenericYouOfARelativeClauseIsNoAsideButAWishIs() {
        assertThat(judge.judge("Adding a section for any profile you want to customise overrides its defaults."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Sorting the keys is easy if you want them in alphabetical order."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(Asides.drop(
                        "Listing a dictionary returns its keys (if you want them sorted, use sorted(d)" + " instead)."))
                .isEqualTo("Listing a dictionary returns its keys.");
    }

    @Test
    void speculationNarrationAndInstructionsAreChatter() {
        assertThat(judge.judge("Since the language evolves, other container types may be added."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The completion engine might use the interpreter’s symbol table."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("A check for matching brackets would also be useful in the editor."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("A Result value indicates that an operation might fail at run time."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("At the moment, the main function parses arguments and reads the file."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("At that point, the workers had all exited their loops and stopped."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Programmers and compilers need to know which item a name refers to."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("With the text in place, edit the main file and add code to read it."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("To check whether a key is in the dictionary, use the in keyword."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The first line of the source file should be:")).isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Before publishing a crate, search for the name you want to use."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The reference is out of scope when the inner block ends on line 7."))
                .isEqualTo(Verdict.CHATTER);
    }

    @Test
    void aListItemClosedOnlyByABracketIsAFragment() {
        assertThat(judge.judge("Writing unit tests for the parser (see the testing guide)"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("(Yes, this loop really is the correct code for the search.)"))
                .isEqualTo(Verdict.CHATTER);
    }

    @Test
    void clausesAndMarksThatPointElsewhereAreDroppedAndTheClaimKept() {
        assertThat(Asides.drop("Almost all primitive types are Send, aside from raw pointers, which we’ll discuss in"
                        + " Chapter 19."))
                .isEqualTo("Almost all primitive types are Send, aside from raw pointers.");
        assertThat(Asides.drop("Anything a generator does can also be done with an iterator class as described in"
                        + " the previous section."))
                .isEqualTo("Anything a generator does can also be done with an iterator class.");
        assertThat(Asides.drop("The run command helps when you iterate on a project, as we’ll do in this game,"
                        + " testing each change."))
                .isEqualTo("The run command helps when you iterate on a project, testing each change.");
        assertThat(Asides.drop("The loop runs as long as the condition (here: a < 10) remains true."))
                .isEqualTo("The loop runs as long as the condition remains true.");
        assertThat(Asides.drop("Arguments are passed by object reference. [1]"))
                .isEqualTo("Arguments are passed by object reference.");
        assertThat(Asides.drop("Both quotes give the same result [2].")).isEqualTo("Both quotes give the same result.");
        assertThat(Asides.drop("The script name is in sys.argv[0] and the first argument in sys.argv[1]."))
                .isEqualTo("The script name is in sys.argv[0] and the first argument in sys.argv[1].");
        assertThat(Asides.drop("A tuple consists of a number of values separated by commas, for instance:"))
                .isEqualTo("A tuple consists of a number of values separated by commas:");
        assertThat(Asides.drop("The simplest form of a class definition looks like this:"))
                .isEqualTo("The simplest form of a class definition looks like this:");
        assertThat(Asides.drop("Smart pointers, on the other hand, own the data they point to."))
                .isEqualTo("Smart pointers own the data they point to.");
        assertThat(Asides.drop("The loop runs as long as the condition holds."))
                .isEqualTo("The loop runs as long as the condition holds.");
        assertThat(Asides.drop("Nil is not the same as the null value of Chapter 6, which is an absent value."))
                .isEqualTo("Nil is not the same as the null value of Chapter 6, which is an absent value.");
        assertThat(Asides.drop("The definition of the Iterator trait is as shown in Listing 19-12."))
                .isEqualTo("The definition of the Iterator trait is as shown in Listing 19-12.");
        assertThat(Asides.drop("The lines method splits text at newlines and works as follows:"))
                .isEqualTo("The lines method splits text at newlines and works as follows:");
    }

    @Test
    void openersThatAreConnectivesOnlyBeforeACommaAreDropped() {
        assertThat(Connectives.drop("As you can see, the finally clause runs in any event."))
                .isEqualTo("The finally clause runs in any event.");
        assertThat(Connectives.drop("In addition, comprehensions can build dictionaries."))
                .isEqualTo("Comprehensions can build dictionaries.");
        assertThat(Connectives.drop("In addition to saving state, generators raise StopIteration."))
                .isEqualTo("In addition to saving state, generators raise StopIteration.");
    }

    @Test
    void aLiteralComparisonOfBehaviourIsNoSimile() {
        assertThat(judge.judge("Smart pointers are data structures that act like a pointer with extra metadata."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("A cache is like a sticky note on the fridge of your database."))
                .isEqualTo(Verdict.CHATTER);
    }

    @Test
    void theRestOfAParagraphThatAnnouncesAnExampleDescribesTheExample() {
        KeyFacts facts = new KeyFactExtractor().extract(library("""
                1.1 Decoders

                A decoder turns encoded decoder frames back into samples of the decoder output.

                As another example, the following code is taken from a decoder. The decoder algorithm predicts the\
                 decoder samples from a linear decoder function.
                """));

        assertThat(facts.all())
                .extracting(KeyFact::text)
                .containsExactly("A decoder turns encoded decoder frames back into samples of the decoder output.");
    }

    @Test
    void theLowerCaseTailOfABrokenListIsNoFact() {
        KeyFacts facts = new KeyFactExtractor().extract(library("""
                1.1 Decimal arithmetic

                The decimal module offers a Decimal type for decimal arithmetic in exact decimal digits.

                The decimal class is especially helpful for

                decimal applications where the user expects decimal results to match decimal sums by hand.
                """));

        assertThat(facts.all())
                .extracting(KeyFact::text)
                .containsExactly("The decimal module offers a Decimal type for decimal arithmetic in exact decimal"
                        + " digits.");
    }

    private static Library library(String text) {
        return new Library(new SeedParser().parse(Path.of("book.txt"), text), Instant.EPOCH);
    }
}
