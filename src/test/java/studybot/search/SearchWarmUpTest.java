package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.TestBooks;

/** The warm-up asks about the book's own sections, in every form a search takes, and changes no answer. */
class SearchWarmUpTest {

    private static final Library BOOK = TestBooks.seed();

    @Test
    void asksAboutSectionsSpreadOverTheBookAsTypedAsAQuestionAndWithATypo() {
        List<Section> sections = BOOK.sections();
        List<String> questions = SearchWarmUp.questions(sections);

        String first = sections.get(0).title().strip();
        int asked = Math.min(SearchWarmUp.SECTIONS, sections.size());
        String last =
                sections.get((asked - 1) * sections.size() / asked).title().strip();
        assertThat(questions)
                .contains(first, "how does " + first + " work?", first.substring(0, first.length() - 1))
                .contains(last)
                .hasSizeLessThanOrEqualTo(3 * SearchWarmUp.SECTIONS)
                .doesNotHaveDuplicates();
    }

    @Test
    void warmingUpLeavesEveryAnswerAsItWas() {
        SectionSearch search = Searches.over(BOOK);
        List<String> asked = List.of("connection pooling", "how do I keep my redis data safe", "replicaton");
        List<List<String>> before =
                asked.stream().map(query -> sections(search, query)).toList();

        int warmedWith = new SearchWarmUp(search).run();

        assertThat(warmedWith).isEqualTo(SearchWarmUp.questions(BOOK.sections()).size());
        assertThat(asked.stream().map(query -> sections(search, query)).toList())
                .isEqualTo(before);
    }

    private static List<String> sections(SectionSearch search, String query) {
        return search.search(query, Searches.DEFAULT_LIMIT).hits().stream()
                .map(hit -> hit.number().toString())
                .toList();
    }
}
