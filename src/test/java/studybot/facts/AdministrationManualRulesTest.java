package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.SeedParser;

/**
 * The rules of the ninth round (issue 18 §3), fitted on an administration manual (commands, files, procedures, tips),
 * each on short made-up sentences about an imaginary "tally" tool: abbreviations and a capitalised "US" are no author
 * speaking, a quotation cut in two or an item closed only by its quote is a fragment, an "it" after two adverbs still
 * stands for the clause after it, an object pronoun in an opening clause leans, and a lead-in that mentions a command
 * before its closing "as:" still introduces a list; "the equivalent" after an opening phrase leans; praise that only
 * names what the subject is ("…is a very smart tool."), that several ways exist, rankings of worth ("more important
 * than"), prophecy ("some day") and talk about the document ("reminded here") are chatter; an instruction that says
 * what it is for ("Use tally(1) to count…") teaches.
 */
class AdministrationManualRulesTest {

    private final SentenceJudge judge = new SentenceJudge();

    @Test
    void abbreviationsAndTheCountryAreNotTheAuthorSpeaking() {
        assertThat(judge.judge("The tally daemon keeps its counters in memory, i.e., it never writes them to disk."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The tally keyboard layout follows the physical \"US\" keyboard of the shop counter."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The tally daemon lets us count the visitors of the shop counter."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("def us_tally(year): counts the tally visitors of a whole year at the shop."))
                .isEqualTo(Verdict.CHATTER);
    }

    @Test
    void anItemClosedOnlyByItsQuoteOrTheSecondHalfOfAQuotationIsAFragment() {
        assertThat(judge.judge("Raise the tally version, e.g. one ending with \"+local1\" in \"tally/changes\""))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Counter\" → click \"Add\" in \"Tally Counters\" and click \"Save\" to keep it."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The tally daemon reads its settings from \"/etc/tally.conf\"."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The tally daemon writes a line that reads \"Counter reset.\""))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Within single quotes a tally label does not need to escape \" at all."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void anItBeforeTwoAdverbsStillStandsForTheClauseAfterIt() {
        assertThat(judge.judge("It is generally not safe to reset tally counters while the daemon runs."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("It is generally kept in memory until the tally daemon stops."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
    }

    @Test
    void anObjectPronounInAnOpeningClauseLeans() {
        assertThat(judge.judge("If you do not like it, you can reset the tally counters from the menu."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("When you start them, tally counters begin at zero for every window."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("If the tally daemon stops before you save it, the counters are lost."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("If you find it hard to read, tally prints the counters as a table."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void aLeadInThatMentionsACommandBeforeItsColonStillIntroducesAList() {
        assertThat(judge.introducesList(
                        "Some programs expect the tally command to count visitors since the shop worked as:"))
                .isTrue();
        assertThat(judge.introducesList("You can list the tally counters with this command in a shell:"))
                .isFalse();
        assertThat(judge.introducesList("For example, two tally counters never share a window, either:"))
                .isFalse();

        KeyFacts facts = new KeyFactExtractor().extract(library("""
                1.1 Counting visitors

                Some programs expect the tally command to count the visitors of the shop as:

                A visitor is counted as a tally mark.

                The tally mark is handed to the tally command for the shop.
                """));

        assertThat(facts.all()).isEmpty();
    }

    @Test
    void praiseThatOnlyNamesWhatTheSubjectIsIsChatter() {
        assertThat(judge.judge("The tally viewer is a very smart tool.")).isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Tally marks were an influential invention of shop keepers."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Counting by windows is a great tally feature, and very addictive."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The tally viewer is a handy tool for counting the words of a document."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Tally windows are a powerful way to split counters by the hour of the day."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void anEquivalentAfterAnOpeningPhraseLeans() {
        assertThat(judge.judge("Under the new tally daemon, the equivalent is enabled by adding a window file."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Under the new tally daemon, the equivalent to a window is a counter file."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void thatSeveralWaysExistRankingsOfWorthAndTalkAboutTheDocumentAreChatter() {
        assertThat(judge.judge("There are many ways to restrict access to the tally counters of a shop."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("There are several ways to reset a tally counter, such as tally reset or a restart."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("There are several ways to store tally counters; the daemon keeps them in memory."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Having tally counters is more important than how precise the tally windows are."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Counting and resetting are the essential part of successful tally keeping."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("A tally log is a key part of any counting shop."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Every tally counter of the shop overflows some day without a reset."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("A tally counter that has not counted for one day is reset by the daemon."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Tally windows count from zero, which needs to be reminded here."))
                .isEqualTo(Verdict.CHATTER);
    }

    @Test
    void anInstructionThatSaysWhatItIsForTeaches() {
        assertThat(judge.judge("Use tally(1) to count the visitors of a shop window every hour."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("For shops that close at night, install the tally-night package to keep counting."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Install the tally package with its recommended packages such as tally-doc."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Use the tally window line to the counter file of the shop."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Run the tally program a few times to see the different counts it prints."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Use tally(1) to list the counters of a window by the followings."))
                .isEqualTo(Verdict.CHATTER);
    }

    @Test
    void aHyphenatedNameIsNotTheProgramNounItStartsWith() {
        assertThat(judge.judge("The code-window directive counts the visitors of one window of the shop."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The code counts the visitors of one window of the shop every hour."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The second-to-last line shows the visitors of one window of the shop."))
                .isNotEqualTo(Verdict.STANDS_ALONE);
    }

    private static Library library(String text) {
        return new Library(new SeedParser().parse(Path.of("book.txt"), text), Instant.EPOCH);
    }
}
