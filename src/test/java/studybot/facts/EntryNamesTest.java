package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.SeedParser;

/**
 * The twelfth round's rule, on made-up sentences about an imaginary "tally" shell: a later sentence of a reference
 * entry carries the entry's name ("tally: The shell does not fork…") unless it names the entry itself; the name is the
 * headword without its synopsis or a signature's arguments, and a headword of several words names nothing.
 */
class EntryNamesTest {

    @Test
    void theNameIsTheHeadwordWithoutItsSynopsisOrArguments() {
        assertThat(EntryNames.of("tally [ -cl ] [ -a name ]: The next counter is run in place of the current one."))
                .contains("tally");
        assertThat(EntryNames.of("reckon [ state ... ] ¶: Print the counters of the current ledger."))
                .contains("reckon");
        assertThat(EntryNames.of("classmethod ledger.open(path, mode='r'): Open a ledger file for reading."))
                .contains("ledger.open()");
        assertThat(EntryNames.of("-t, --total: Print the grand total of the ledger."))
                .contains("-t, --total");
        assertThat(EntryNames.of("%T: The tally of the day in 24-hour format.")).contains("%T");
    }

    @Test
    void aHeadwordOfSeveralWordsOrNoHeadwordGivesNoName() {
        assertThat(EntryNames.of("Ledger implementation detail: The counters are kept in a hash table."))
                .isEmpty();
        assertThat(EntryNames.of("For byte ledgers: Only ASCII digits are counted."))
                .isEmpty();
        assertThat(EntryNames.of("The tally builtin counts the entries of a ledger."))
                .isEmpty();
    }

    @Test
    void aSentenceCarriesTheNameUnlessItNamesTheEntryOrIsAnEntry() {
        assertThat(EntryNames.carried("tally", "The shell does not fork and is replaced."))
                .isEqualTo("tally: The shell does not fork and is replaced.");
        assertThat(EntryNames.carried("tally", "With the -v flag, tally is similar to reckon."))
                .isEqualTo("With the -v flag, tally is similar to reckon.");
        assertThat(EntryNames.carried("ledger.open()", "If the path is missing, open() raises LedgerError."))
                .isEqualTo("If the path is missing, open() raises LedgerError.");
        assertThat(EntryNames.carried("tally", "tallyset: Marks counters as shared between scripts."))
                .isEqualTo("tallyset: Marks counters as shared between scripts.");
        assertThat(EntryNames.carried("tally", "The tallyset builtin marks counters as shared."))
                .isEqualTo("tally: The tallyset builtin marks counters as shared.");
    }

    @Test
    void anEntrysLaterSentenceBecomesAFactCarryingTheEntrysName() {
        KeyFacts facts = new KeyFactExtractor().extract(library("""
                1.1 Tally builtins

                tally [ -cl ]: The next counter command is run in place of the current tally process. The \
                shell does not fork its counter process and is replaced by the counter command.

                reckon: Every counter of the ledger is printed with its running total.

                1.2 Ledgers

                A ledger keeps its counters in a journal file that the shell reads at startup.
                """));

        assertThat(facts.all())
                .extracting(KeyFact::text)
                .contains("tally: The shell does not fork its counter process and is replaced by the counter"
                        + " command.")
                .noneMatch(text -> text.startsWith("The shell does not fork"));
    }

    private static Library library(String text) {
        return new Library(new SeedParser().parse(Path.of("book.txt"), text), Instant.EPOCH);
    }
}
