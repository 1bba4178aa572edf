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
