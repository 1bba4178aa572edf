package studybot.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.TestBooks;

class SectionCompletionsTest {

    private static final SectionLookup SEED = Books.lookup(TestBooks.seed());

    @Test
    void aChapterPrefixListsItsSectionsInOrder() {
        assertThat(values("20.")).containsExactly("20.1", "20.2", "20.3", "20.4", "20.5", "20.6", "20.7");
        assertThat(values("§ 20,")).containsExactly("20.1", "20.2", "20.3", "20.4", "20.5", "20.6", "20.7");
    }

    @Test
    void anExactNumberComesFirstThenLongerNumbers() {
        SectionLookup withTens = Books.lookup(Books.generated(62, 12));

        assertThat(values(withTens, "62.1")).containsExactly("62.1", "62.10", "62.11", "62.12");
        assertThat(values("62.1")).startsWith("62.1");
        assertThat(values("２０．４")).startsWith("20.4");
        assertThat(values("20.04")).startsWith("20.4");
        assertThat(values("20.4 Replication")).startsWith("20.4");
    }

    @Test
    void aDigitMatchesNumbersBeforeTitles() {
        assertThat(values("2"))
                .startsWith("20.1", "20.2", "20.3", "20.4", "20.5", "20.6", "20.7")
                .contains("62.1")
                .hasSize(8);
    }

    @Test
    void titleWordPrefixesMatchAnyCase() {
        assertThat(values("repl")).containsExactly("20.4");
        assertThat(values("mongo")).containsExactly("62.3", "62.4");
        assertThat(values("Redis")).containsExactly("20.2", "20.3", "20.5", "20.7", "62.5", "62.6", "62.7");
        assertThat(values("read rep")).containsExactly("20.4");
    }

    @Test
    void wordPrefixesRankAboveSubstrings() {
        SectionLookup small = Books.lookup(Books.of("1.1 PyMongo Basics", "1.2 Mongo Shell"));

        assertThat(values(small, "mongo")).containsExactly("1.2", "1.1");
    }

    @Test
    void emptyInputGivesTheFirstSections() {
        assertThat(values("")).hasSize(15).startsWith("20.1", "20.2");
        assertThat(values((String) null)).hasSize(15);
        assertThat(values(Books.lookup(Books.generated(3, 60)), " "))
                .hasSize(25)
                .startsWith("3.1", "3.2")
                .endsWith("3.25");
    }

    @Test
    void neverMoreThanTwentyFive() {
        SectionLookup sixty = Books.lookup(Books.generated(7, 60));

        assertThat(values(sixty, "7.")).hasSize(25).startsWith("7.1", "7.2").endsWith("7.25");
        assertThat(values(sixty, "7.1")).hasSize(11).startsWith("7.1", "7.10", "7.11");
        assertThat(values(sixty, "topic")).hasSize(25);
    }

    @Test
    void namesAreHeadingsCappedAtAWordForDiscord() {
        String longTitle = "A Very Long Title About Everything ".repeat(5).strip();
        SectionLookup small =
                Books.lookup(Books.of(List.of(Books.section(new SectionNumber(1, 1), longTitle, List.of("Body.")))));

        Completion completion = small.complete("1.1").get(0);

        assertThat(completion.value()).isEqualTo("1.1");
        assertThat(completion.name())
                .hasSizeLessThanOrEqualTo(100)
                .startsWith("1.1 A Very Long Title")
                .endsWith("…");
        assertThat(completion.name().substring(0, completion.name().length() - 1))
                .isEqualTo(("1.1 " + longTitle).substring(0, completion.name().length() - 1));
        assertThat(longTitle)
                .contains(completion.name().substring(4, completion.name().length() - 1) + " ");
        assertThat(SEED.complete("20.4").get(0))
                .isEqualTo(new Completion("20.4", "20.4 Replication Groups: Primary Node and Read Replicas"));
    }

    @Test
    void everyNameInTheSeedFits() {
        assertThat(SEED.complete(""))
                .allSatisfy(completion -> assertThat(completion.name()).hasSizeLessThanOrEqualTo(100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kubernetes", "@every", "😀", "**", "99999999999.", "20.9"})
    void nothingToOfferIsAnEmptyList(String prefix) {
        assertThat(SEED.complete(prefix)).isEmpty();
    }

    @Test
    void hugeInputIsCheap() {
        assertThat(SEED.complete("9".repeat(1_000_000))).isEmpty();
    }

    @Test
    void aTitleWordInAnyChapterIsFound() {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            sections.add(Books.section(new SectionNumber(1, i), "Filler " + i, List.of("x")));
        }
        sections.add(Books.section(new SectionNumber(2, 1), "Zebra Crossing", List.of("x")));

        assertThat(values(Books.lookup(Books.of(sections)), "zeb")).containsExactly("2.1");
    }

    private static List<String> values(String prefix) {
        return values(SEED, prefix);
    }

    private static List<String> values(SectionLookup lookup, String prefix) {
        return lookup.complete(prefix).stream().map(Completion::value).toList();
    }
}
