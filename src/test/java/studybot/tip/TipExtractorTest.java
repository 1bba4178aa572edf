package studybot.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.LibraryLoader;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SeedParser;
import studybot.library.SourceLine;

class TipExtractorTest {

    private static Library book;
    private static TipDeck deck;

    @BeforeAll
    static void loadTheSeed() throws Exception {
        book = new LibraryLoader(new SeedParser(), Clock.systemUTC()).load(Path.of("seeds"));
        deck = new TipExtractor().extract(book);
    }

    @Test
    void everySectionContributes() {
        assertThat(deck.tips()).extracting(Tip::source).containsAll(
                book.sections().stream().map(Section::number).toList());
    }

    @Test
    void tipsAreShortWholeSentencesFromTheirOwnSection() {
        assertThat(deck.tips()).allSatisfy(tip -> {
            assertThat(tip.text()).hasSizeBetween(40, TipExtractor.MAX_LENGTH).doesNotContain("?").endsWith(".");
            assertThat(Character.isUpperCase(tip.text().charAt(0))).isTrue();
            String body = book.find(tip.source()).orElseThrow().body().replace('\n', ' ');
            assertThat(body).contains(tip.text());
        });
    }

    @Test
    void tipsAvoidSmallTalkWhenTheSectionHasBetter() {
        assertThat(deck.tips()).extracting(Tip::text)
                .noneMatch(text -> text.startsWith("Right,") || text.startsWith("Alright,"))
                .contains("A cache is a high-speed data storage layer that lets you serve copies of frequently"
                        + " accessed data, lightning fast.");
    }

    @Test
    void idsAreUniqueAndStableAcrossExtractions() {
        List<String> ids = deck.tips().stream().map(Tip::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(new TipExtractor().extract(book).tips()).extracting(Tip::id).isEqualTo(ids);
    }

    @Test
    void aSectionWithoutSentencesStillGivesATip() {
        String longWords = "word ".repeat(100).strip();
        Library odd = new Library(List.of(new Section(new SectionNumber(1, 1), "Odd", List.of(longWords),
                new SourceLine(Path.of("odd.txt"), 1))), Instant.EPOCH);

        Tip tip = new TipExtractor().extract(odd).tips().get(0);

        assertThat(tip.text()).hasSizeLessThanOrEqualTo(TipExtractor.MAX_LENGTH).endsWith("…");
    }

    @Test
    void randomDrawIsFromTheDeck() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50; i++) {
            assertThat(deck.random(random)).get().isIn(deck.tips());
        }
        assertThat(new TipDeck(List.of()).random(random)).isEmpty();
    }
}
