package studybot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.TestBooks;

class SyntheticCorpusTest {

    private static Library seed;
    private static Library corpus;

    @BeforeAll
    static void generate() {
        seed = TestBooks.seed();
        corpus = SyntheticCorpus.tenThousand(seed);
    }

    @Test
    void hasTenThousandSectionsNumberedOneOneToOneHundredOneHundred() {
        assertThat(corpus.size()).isEqualTo(10_000);
        assertThat(corpus.chapters()).hasSize(100).first().isEqualTo(1);
        assertThat(corpus.chapters().last()).isEqualTo(100);
        List<Section> sections = corpus.sections();
        assertThat(sections.get(0).number()).isEqualTo(new SectionNumber(1, 1));
        assertThat(sections.get(sections.size() - 1).number()).isEqualTo(new SectionNumber(100, 100));
        assertThat(corpus.chapter(42)).hasSize(100);
    }

    @Test
    void theSameSeedGivesTheSameBookEveryTime() {
        Library again = SyntheticCorpus.tenThousand(TestBooks.seed());
        assertThat(again.sections()).isEqualTo(corpus.sections());
    }

    @Test
    void anotherRandomSeedGivesAnotherBook() {
        Library other = SyntheticCorpus.generate(
                seed, SyntheticCorpus.CHAPTERS, SyntheticCorpus.SECTIONS_PER_CHAPTER, SyntheticCorpus.RANDOM_SEED + 1);
        assertThat(other.size()).isEqualTo(corpus.size());
        assertThat(other.sections()).isNotEqualTo(corpus.sections());
    }

    @Test
    void everyParagraphIsMadeOfWholeSeedSentencesAndEveryTitleOfSeedTitleWords() {
        List<String> sentences = SyntheticCorpus.sentences(seed);
        Set<String> titleWords = new HashSet<>(SyntheticCorpus.titleWords(seed));
        assertThat(sentences).hasSizeGreaterThan(seed.size());
        for (Section section : corpus.sections().subList(0, 200)) {
            assertThat(section.paragraphs()).hasSizeBetween(1, 3);
            for (String paragraph : section.paragraphs()) {
                String rest = paragraph;
                int used = 0;
                while (!rest.isEmpty()) {
                    String start = rest;
                    String sentence = sentences.stream()
                            .filter(start::startsWith)
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("not a seed sentence at: " + start));
                    rest = rest.substring(sentence.length()).stripLeading();
                    used++;
                }
                assertThat(used).isBetween(2, 6);
            }
            assertThat(section.title().split(" ")).hasSizeBetween(2, 6).allMatch(titleWords::contains);
        }
    }

    @Test
    void aSmallBookIsTheSameAsTheStartOfALargerOne() {
        Library small = SyntheticCorpus.generate(seed, 1, 10, SyntheticCorpus.RANDOM_SEED);
        assertThat(small.sections()).isEqualTo(corpus.sections().subList(0, 10));
    }
}
