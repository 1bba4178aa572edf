package studybot.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.discord.DiscordText;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.reply.Text;

class SectionPagerTest {

    @Test
    void aShortTextIsOnePage() {
        SectionPager pager = new SectionPager();

        assertThat(pager.pageSize()).isEqualTo(SectionPager.DEFAULT_PAGE_SIZE);
        assertThat(pages(pager, "Short.")).containsExactly("Short.");
        assertThat(pages(pager, "")).containsExactly("");
        assertThat(pages(pager, "x".repeat(3000))).hasSize(1);
    }

    @Test
    void aLongSectionSplitsBetweenParagraphsAndLosesNothing() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            paragraphs.add("Paragraph " + i + ". "
                    + "Some words about caching and replication. "
                            .repeat(i % 7 + 1)
                            .strip());
        }
        Section section = Books.section(new SectionNumber(1, 1), "Long", paragraphs);
        String body = section.body();
        SectionPager pager = new SectionPager(1000);

        List<String> pages = pages(pager, body);

        assertThat(body.length()).isGreaterThan(5000);
        assertThat(pages)
                .hasSizeGreaterThan(5)
                .allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(1000));
        assertThat(String.join("\n\n", pages)).isEqualTo(body);
        assertThat(pages)
                .allSatisfy(page -> assertThat(page).startsWith("Paragraph ").endsWith("."));
    }

    @Test
    void anOverlongParagraphSplitsBetweenSentences() {
        String paragraph =
                "This sentence is about thirty-nine chars. ".repeat(10).strip();

        List<String> pages = pages(new SectionPager(100), paragraph);

        assertThat(String.join(" ", pages)).isEqualTo(paragraph);
        assertThat(pages)
                .allSatisfy(page -> assertThat(page)
                        .hasSizeLessThanOrEqualTo(100)
                        .startsWith("This")
                        .endsWith("chars."));
    }

    @Test
    void anOverlongSentenceSplitsBetweenWords() {
        String sentence = "word ".repeat(100).strip();

        List<String> pages = pages(new SectionPager(42), sentence);

        assertThat(String.join(" ", pages)).isEqualTo(sentence);
        assertThat(pages)
                .allSatisfy(page -> assertThat(page)
                        .hasSizeLessThanOrEqualTo(42)
                        .startsWith("word")
                        .doesNotContain("wor ")
                        .doesNotEndWith("wor"));
    }

    @Test
    void anOverlongWordIsCutWithoutSplittingAnEmojiOrAnEscape() {
        String word = "😀".repeat(30);
        String escaped = "\\*".repeat(30);

        List<String> emojiPages = pages(new SectionPager(17), word);
        List<String> escapedPages = pages(new SectionPager(17), escaped);

        assertThat(String.join("", emojiPages)).isEqualTo(word);
        assertThat(emojiPages)
                .allSatisfy(
                        page -> assertThat(page).hasSizeLessThanOrEqualTo(17).matches("(😀)+"));
        assertThat(String.join("", escapedPages)).isEqualTo(escaped);
        assertThat(escapedPages)
                .allSatisfy(
                        page -> assertThat(page).hasSizeLessThanOrEqualTo(17).matches("(\\\\\\*)+"));
    }

    @Test
    void boldHeadingsAndEscapesNeverPushARenderedPagePastThePageSize() {
        Text.Builder text = Text.builder();
        for (int i = 1; i <= 60; i++) {
            text.plain("Some *starred* words_with_underscores and a > quote. ".repeat(i % 5 + 1))
                    .plain("\n\n")
                    .strong("Heading " + i + ": `ticks` and *stars*")
                    .plain("\n");
        }
        SectionPager pager = new SectionPager(300);

        List<Text> pages = pager.pages(text.build());

        assertThat(pages)
                .hasSizeGreaterThan(10)
                .allSatisfy(page -> assertThat(DiscordText.markdown(page)).hasSizeLessThanOrEqualTo(300));
        assertThat(pages.stream().flatMap(page -> page.spans().stream()))
                .filteredOn(span -> span instanceof Text.Strong)
                .hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void aBoldRunCutByAPageBreakIsBoldOnBothPages() {
        Text text = Text.builder().strong("bold ".repeat(10).strip()).build();

        List<Text> pages = new SectionPager(20).pages(text);

        assertThat(pages)
                .hasSizeGreaterThan(1)
                .allSatisfy(page -> assertThat(page.spans()).singleElement().isInstanceOf(Text.Strong.class));
        assertThat(pages.stream().map(Text::plainText).toList())
                .allSatisfy(page -> assertThat(page).matches("bold( bold)*"));
    }

    @Test
    void onlyPlainAndBoldTextIsPaged() {
        Text withCode = Text.builder().plain("Type ").code("/section 20.4").build();

        assertThatThrownBy(() -> new SectionPager().pages(withCode)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageSizeTooSmallToBeUsefulIsRefused() {
        assertThatThrownBy(() -> new SectionPager(3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> pages(SectionPager pager, String text) {
        return pager.pages(Text.plain(text)).stream().map(Text::plainText).toList();
    }
}
