package studybot.section.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.section.Books;

class SectionPagerTest {

    @Test
    void aShortTextIsOnePage() {
        SectionPager pager = new SectionPager();

        assertThat(pager.pageSize()).isEqualTo(SectionPager.DEFAULT_PAGE_SIZE);
        assertThat(pager.pages("Short.")).containsExactly("Short.");
        assertThat(pager.pages("")).containsExactly("");
        assertThat(pager.pages("x".repeat(3000))).hasSize(1);
    }

    @Test
    void aLongSectionSplitsBetweenParagraphsAndLosesNothing() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            paragraphs.add("Paragraph " + i + ". " + "Some words about caching and replication. ".repeat(i % 7 + 1).strip());
        }
        Section section = Books.section(new SectionNumber(1, 1), "Long", paragraphs);
        String body = section.body();
        SectionPager pager = new SectionPager(1000);

        List<String> pages = pager.pages(body);

        assertThat(body.length()).isGreaterThan(5000);
        assertThat(pages).hasSizeGreaterThan(5).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(1000));
        assertThat(String.join("", pages)).isEqualTo(body);
        assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(page -> assertThat(page).endsWith(".\n\n"));
        assertThat(pages).allSatisfy(page -> assertThat(page).startsWith("Paragraph "));
    }

    @Test
    void anOverlongParagraphSplitsBetweenSentences() {
        String paragraph = "This sentence is about thirty-nine chars. ".repeat(10).strip();

        List<String> pages = new SectionPager(100).pages(paragraph);

        assertThat(String.join("", pages)).isEqualTo(paragraph);
        assertThat(pages).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(100).startsWith("This"));
        assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(page -> assertThat(page).endsWith("chars. "));
    }

    @Test
    void anOverlongSentenceSplitsBetweenWords() {
        String sentence = "word ".repeat(100).strip();

        List<String> pages = new SectionPager(42).pages(sentence);

        assertThat(String.join("", pages)).isEqualTo(sentence);
        assertThat(pages).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(42).startsWith("word")
                .doesNotContain("wor ").doesNotEndWith("wor"));
    }

    @Test
    void anOverlongWordIsCutWithoutSplittingAnEmojiOrAnEscape() {
        String word = "😀".repeat(30);
        String escaped = "\\*".repeat(30);

        List<String> emojiPages = new SectionPager(17).pages(word);
        List<String> escapedPages = new SectionPager(17).pages(escaped);

        assertThat(String.join("", emojiPages)).isEqualTo(word);
        assertThat(emojiPages).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(17)
                .matches("(😀)+"));
        assertThat(String.join("", escapedPages)).isEqualTo(escaped);
        assertThat(escapedPages).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(17)
                .matches("(\\\\\\*)+"));
    }

    @Test
    void aPageSizeTooSmallToBeUsefulIsRefused() {
        assertThatThrownBy(() -> new SectionPager(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
