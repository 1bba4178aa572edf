package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;

class PassageSplitterTest {

    private final PassageSplitter splitter = new PassageSplitter();

    @Test
    void shortParagraphsAreMergedIntoOnePassageLedByTheTitle() {
        Section section = section("Vacuuming", "Dead rows pile up.", "Vacuum removes them.", "Run it nightly.");

        List<Passage> passages = splitter.passages(3, section);

        assertThat(passages)
                .extracting(Passage::text)
                .containsExactly(
                        "Vacuuming", "Vacuuming. Dead rows pile up.\n\nVacuum removes them.\n\nRun it nightly.");
        assertThat(passages).extracting(Passage::section).containsOnly(3);
        assertThat(passages.get(1).bodyStart()).isZero();
    }

    @Test
    void paragraphsStartANewPassageOnceTheWordsRunOut() {
        String first = words("alpha", 70);
        String second = words("beta", 70);
        String third = words("gamma", 30);
        Section section = section("Title", first, second, third);

        List<Passage> passages = splitter.passages(0, section);

        assertThat(passages).hasSize(3);
        assertThat(passages.get(1).text()).isEqualTo("Title. " + first);
        assertThat(passages.get(2).text()).isEqualTo("Title. " + second + "\n\n" + third);
        assertThat(section.body().substring(passages.get(2).bodyStart())).startsWith("beta");
    }

    @Test
    void aLongParagraphIsCutAtSentenceEndsAndNoPassageOutgrowsTheLimits() {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            paragraph.append("Sentence number ").append(i).append(" says a few more words here. ");
        }
        Section section = section("Long", paragraph.toString().strip(), "x".repeat(5_000));

        List<Passage> passages = splitter.passages(0, section);

        for (Passage passage : passages.subList(1, passages.size())) {
            String text = passage.text().substring("Long. ".length());
            assertThat(text.split("\\s+").length).isLessThanOrEqualTo(PassageSplitter.WORDS);
            assertThat(text.length()).isLessThanOrEqualTo(PassageSplitter.MAX_CHARACTERS);
            assertThat(section.body().substring(passage.bodyStart())).startsWith(text);
        }
        assertThat(passages.stream().filter(passage -> passage.text().startsWith("Long. Sentence")))
                .allSatisfy(passage -> assertThat(passage.text()).endsWith("here."));
    }

    @Test
    void aSectionWithoutBodyIsItsTitleAlone() {
        assertThat(splitter.passages(0, section("Only a title")))
                .extracting(Passage::text)
                .containsExactly("Only a title");
    }

    private static String words(String word, int count) {
        return (word + " ").repeat(count).strip();
    }

    private static Section section(String title, String... paragraphs) {
        return new Section(new SectionNumber(1, 1), title, List.of(paragraphs), new SourceLine(Path.of("t.txt"), 1));
    }
}
