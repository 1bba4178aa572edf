package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.library.BookIndex;
import studybot.library.BookLanguage;
import studybot.library.TestBooks;

/** Questions without search by meaning: passage BM25 over their topic words. */
class QuestionRankingTest {

    @Test
    void aLongSectionNoLongerWinsAQuestionItOnlyTouchesHereAndThere() {
        List<String> long_ = new ArrayList<>(List.of("Server operation"));
        for (int i = 0; i < 40; i++) {
            long_.add("Paragraph " + i + " on starting and stopping the server, with a word on memory now and then.");
        }
        long_.add("Sorting is mentioned once here, far from the rest.");
        long_.add("Temporary files appear in another paragraph.");
        SectionSearch search = Searches.over(TestBooks.of(List.of(
                long_,
                List.of("Working memory", "Each sort may use this much memory before it spills to temporary files."),
                List.of("Routine care", "Clean up old rows regularly."))));

        SearchResults results = search.search("how much memory can a sort use before spilling to temporary files", 3);

        assertThat(results.hits()).extracting(hit -> hit.number().toString()).startsWith("1.2");
    }

    /**
     * A short question has too few topic words to be asked as a question: searched as keywords, its "what" and "do"
     * outweighed a rare option name in a long section of options (Linux-PAM's guide, "what does nullok do").
     */
    @Test
    void aShortQuestionLooksForItsTopicWordsNotItsQuestionWords() {
        List<String> options = new ArrayList<>(List.of("pam_unix options"));
        for (String option : List.of("debug", "audit", "quiet", "nodelay", "shadow", "md5", "sha256", "sha512")) {
            options.add(option + ": Turns " + option + " handling on for this module when the stack runs it.");
        }
        options.add("nullok: The default action of this module is to not permit the user access to a service if their"
                + " official password is blank. The nullok argument overrides this default.");
        SectionSearch search = Searches.over(TestBooks.of(List.of(
                options,
                List.of("pam_listfile options", "onerr: What to do if something weird happens, like a missing file."),
                List.of(
                        "pam_debug",
                        "This module returns what its module arguments tell it to return, to do tests."))));

        for (String question : List.of("what does nullok do", "what is nullok", "how do I use nullok")) {
            assertThat(search.search(question, 3).hits())
                    .as(question)
                    .extracting(hit -> hit.number().toString())
                    .startsWith("1.1");
        }
    }

    @Test
    void aQueryOfQuestionWordsAloneIsSearchedAsTyped() {
        SectionSearch search = Searches.over(TestBooks.of(List.of(
                List.of("Rules", "A rule names a target and what it is made from."),
                List.of("Running", "Type make to build the first target; use make -n to see what it would do."))));

        assertThat(search.search("make", 3).hits())
                .extracting(hit -> hit.number().toString())
                .containsExactly("1.2");
    }

    @Test
    void identifiersAreFoundWholeAndByTheirWords() {
        SectionSearch search = Searches.over(TestBooks.of(List.of(
                List.of("Memory", "The shared_buffers setting sets how much the server caches."),
                List.of("Checkpoints", "Raise max_wal_size when checkpoints come too often."),
                List.of("Buffers and caches", "Operating systems keep a page cache of their own."))));

        assertThat(search.search("what should I set shared_buffers to on a big machine", 3)
                        .hits())
                .extracting(hit -> hit.number().toString())
                .startsWith("1.1");
        assertThat(search.search("how large can the wal size get between two checkpoints", 3)
                        .hits())
                .extracting(hit -> hit.number().toString())
                .startsWith("1.2");
    }

    @Test
    void theBooksOwnIndexFindsASectionByATermItsProseNeverUses() {
        List<List<String>> sections = List.of(
                List.of("Lock waits", "Sessions that wait on each other in a cycle: the server cancels one of them."),
                List.of("Lock modes", "Sessions can wait between statements for a table lock held in a stronger mode."),
                List.of("Routine care", "Clean up old rows regularly."));
        String question = "what is a deadlock between sessions";

        SectionSearch withoutIndex = Searches.over(TestBooks.of(sections));
        SectionSearch withIndex = Searches.over(TestBooks.of(sections)
                .withIndex(BookIndex.parse(List.of("deadlock between sessions\t1.1", "lock modes table-level\t1.2"))));

        assertThat(withoutIndex.search(question, 3).hits().get(0).number().toString())
                .isEqualTo("1.2");
        assertThat(withIndex.search(question, 3).hits().get(0).number().toString())
                .isEqualTo("1.1");
    }

    @Test
    void questionWordsCarryNoTopic() {
        assertThat(QueryGate.of(BookLanguage.UNKNOWN).topicWords("How much should I set shared_buffers to?"))
                .isEqualTo("set shared_buffers");
        assertThat(QueryGate.of(BookLanguage.UNKNOWN).topicWords("how do I do it"))
                .isEmpty();
    }

    @Test
    void aQuestionAboutSomethingTheBookLacksFindsNothing() {
        SearchResults results =
                Searches.over(TestBooks.seed()).search("how do I bake sourdough with rye flour and a starter", 5);

        assertThat(results.hits()).isEmpty();
        assertThat(results.problem()).contains(SearchProblem.NO_MATCHES);
    }
}
