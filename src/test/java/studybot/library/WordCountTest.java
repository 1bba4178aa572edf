package studybot.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One word-counting rule for spaced and unspaced scripts. */
class WordCountTest {

    @Test
    void spacedWordsAreRunsOfNonBlankCharacters() {
        assertThat(WordCount.of("  Flour and\twater\nmake a dough — quickly.  "))
                .isEqualTo(8);
        assertThat(WordCount.of("")).isZero();
        assertThat(WordCount.of(" \n ")).isZero();
    }

    @Test
    void japaneseAndChineseCountTheirCharactersTwoToAWord() {
        assertThat(WordCount.of("本を借りる")).as("five kana and kanji, no spaces").isEqualTo(2);
        assertThat(WordCount.of("图书馆的使用方法")).isEqualTo(4);
        assertThat(WordCount.of("Wi-Fiで本を借りる"))
                .as("a run mixing Latin letters is a word as well")
                .isEqualTo(4);
    }

    @Test
    void aLongUnspacedTextIsNotOneWord() {
        String paragraph = "図書館では利用者カードを作ると本を二週間借りることができます".repeat(10);

        assertThat(WordCount.of(paragraph)).isGreaterThan(100);
    }
}
