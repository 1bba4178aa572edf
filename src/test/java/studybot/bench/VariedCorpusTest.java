package studybot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.TestBooks;

class VariedCorpusTest {

    private static Library corpus;

    @BeforeAll
    static void generate() {
        corpus = VariedCorpus.tenThousand(TestBooks.seed());
    }

    @Test
    void hasTenThousandSectionsAndIsTheSameEveryTime() {
        assertThat(corpus.size()).isEqualTo(10_000);
        assertThat(VariedCorpus.tenThousand(TestBooks.seed()).sections().subList(0, 50))
                .isEqualTo(corpus.sections().subList(0, 50));
    }

    @Test
    void hardlyAnyParagraphRepeatsAndTheVocabularyIsLarge() {
        Set<String> paragraphs = new HashSet<>();
        Set<String> words = new HashSet<>();
        int total = 0;
        for (Section section : corpus.sections()) {
            for (String paragraph : section.paragraphs()) {
                paragraphs.add(paragraph);
                words.addAll(List.of(paragraph.toLowerCase().split("[^\\p{L}]+")));
                total++;
            }
        }
        assertThat(paragraphs.size()).isGreaterThan(total * 99 / 100);
        assertThat(words.size()).isGreaterThan(50_000);
    }

    @Test
    void aVariantKeepsTheWordsLengthAndLastThreeLetters() {
        String variant = VariedCorpus.variant("replication", 7);
        assertThat(variant).hasSize("replication".length()).endsWith("ion").isNotEqualTo("replication");
        assertThat(VariedCorpus.variant("replication", 7)).isEqualTo(variant);
    }
}
