package studybot.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.TestBooks;

class SectionLookupTest {

    private static final SectionLookup SEED = Books.lookup(TestBooks.seed());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "20.4|20.4", "§ 20,04|20.4", "２０．４|20.4", "20.4 Replication Groups|20.4", "62.8|62.8",
                "replication|20.4", "REPLICATION|20.4", "replicaton|20.4", "Replciation|20.4", "pooling|62.8",
                "Connection Pooling Strategies|62.8", "psycopg|62.1", "asyncpg|62.2", "motor|62.4", "memcache|20.2",
                "cluster mode|20.3", "sorted sets for leaderboards|20.5", "backup and restore|20.7"
            })
    void findsTheSectionMeant(String input, String expected) {
        assertThat(SEED.lookup(input))
                .isInstanceOfSatisfying(
                        LookupResult.Found.class,
                        found -> assertThat(found.section().number().toString()).isEqualTo(expected));
    }

    @Test
    void aMissingSectionInARealChapterSuggestsItsNearestSections() {
        assertThat(SEED.lookup("20.9")).isInstanceOfSatisfying(LookupResult.NoSuchSection.class, miss -> {
            assertThat(miss.asked()).isEqualTo("20.9");
            assertThat(miss.chapter()).isEqualTo(20);
            assertThat(miss.chapterExists()).isTrue();
            assertThat(numbers(miss.suggestions())).containsExactly("20.7", "20.6", "20.5", "20.4", "20.3");
        });
    }

    @Test
    void aMissingChapterSuggestsTheNearestChapterFromTheEndFacingIt() {
        assertThat(SEED.lookup("21.1")).isInstanceOfSatisfying(LookupResult.NoSuchSection.class, miss -> {
            assertThat(miss.chapterExists()).isFalse();
            assertThat(numbers(miss.suggestions())).startsWith("20.7", "20.6");
        });
        assertThat(SEED.lookup("60.1"))
                .isInstanceOfSatisfying(
                        LookupResult.NoSuchSection.class,
                        miss -> assertThat(numbers(miss.suggestions())).startsWith("62.1", "62.2"));
        assertThat(SEED.lookup("0.0"))
                .isInstanceOfSatisfying(
                        LookupResult.NoSuchSection.class,
                        miss -> assertThat(numbers(miss.suggestions())).startsWith("20.1", "20.2"));
    }

    @Test
    void anAppendixsLetteredNumberOpensNoSectionByTitleWords() {
        SectionLookup book = Books.lookup(Books.of("3.1 Stufe 1: das UEFI", "13.1 Das Debian-Labyrinth"));

        assertThat(book.lookup("A.1")).isEqualTo(new LookupResult.Unreadable(InputProblem.LETTERED_NUMBER));
        assertThat(book.lookup("A.1 Das Debian-Labyrinth"))
                .isInstanceOfSatisfying(
                        LookupResult.Found.class,
                        found -> assertThat(found.section().heading()).isEqualTo("13.1 Das Debian-Labyrinth"));
    }

    @Test
    void aNumberTooBigForAnIntIsAnOrdinaryMiss() {
        assertThat(SEED.lookup("99999999999.1")).isInstanceOfSatisfying(LookupResult.NoSuchSection.class, miss -> {
            assertThat(miss.asked()).isEqualTo("99999999999.1");
            assertThat(miss.chapterExists()).isFalse();
            assertThat(numbers(miss.suggestions())).startsWith("62.8", "62.7");
        });
        assertThat(SEED.lookup("20.99999999999"))
                .isInstanceOfSatisfying(
                        LookupResult.NoSuchSection.class,
                        miss -> assertThat(numbers(miss.suggestions())).startsWith("20.7"));
    }

    @Test
    void aWrongNumberWithAPastedTitleSuggestsTheTitleFirst() {
        assertThat(SEED.lookup("20.9 Replication Groups: Primary Node and Read Replicas"))
                .isInstanceOfSatisfying(
                        LookupResult.NoSuchSection.class,
                        miss -> assertThat(numbers(miss.suggestions()))
                                .startsWith("20.4", "20.7")
                                .hasSize(SectionLookup.MAX_SUGGESTIONS));
    }

    @Test
    void aChapterListsItsSectionsInNumericOrder() {
        SectionLookup small = Books.lookup(Books.of("20.10 Ten", "20.9 Nine", "20.2 Two", "21.1 Other"));

        assertThat(small.lookup("§20")).isInstanceOfSatisfying(LookupResult.ChapterListing.class, listing -> {
            assertThat(listing.chapter()).isEqualTo(20);
            assertThat(numbers(listing.sections())).containsExactly("20.2", "20.9", "20.10");
        });
        assertThat(small.lookup("20.10"))
                .isInstanceOfSatisfying(
                        LookupResult.Found.class,
                        found -> assertThat(found.section().title()).isEqualTo("Ten"));
    }

    @Test
    void aMissingChapterOffersTheNearestChaptersSections() {
        assertThat(SEED.lookup("21")).isInstanceOfSatisfying(LookupResult.NoSuchChapter.class, miss -> {
            assertThat(miss.asked()).isEqualTo("21");
            assertThat(numbers(miss.suggestions())).containsExactly("20.1", "20.2", "20.3", "20.4", "20.5");
        });
        assertThat(SEED.lookup("99999999999"))
                .isInstanceOfSatisfying(
                        LookupResult.NoSuchChapter.class,
                        miss -> assertThat(numbers(miss.suggestions())).startsWith("62.1"));
    }

    @Test
    void severalTitleMatchesAreListedBestFirst() {
        assertThat(SEED.lookup("mongo"))
                .isInstanceOfSatisfying(
                        LookupResult.TitleMatches.class,
                        matches -> assertThat(numbers(matches.sections())).containsExactly("62.3", "62.4"));
        assertThat(SEED.lookup("redis pub sub"))
                .isInstanceOfSatisfying(
                        LookupResult.TitleMatches.class,
                        matches -> assertThat(numbers(matches.sections())).containsExactly("20.5", "62.6"));
        assertThat(SEED.lookup("leaderboard"))
                .isInstanceOfSatisfying(
                        LookupResult.TitleMatches.class,
                        matches -> assertThat(numbers(matches.sections())).containsExactly("20.1", "20.5"));
        assertThat(SEED.lookup("redis"))
                .isInstanceOfSatisfying(
                        LookupResult.TitleMatches.class,
                        matches -> assertThat(numbers(matches.sections()))
                                .containsExactly("20.2", "20.3", "20.5", "20.7", "62.5", "62.6", "62.7"));
    }

    @Test
    void aTitleThatIsExactlyTheWordsComesFirstAndAWordTitlesHaveTakesNoSlips() {
        SectionLookup made = Books.lookup(Books.of(
                "3.0 An Informal Introduction to Python",
                "4.4 break and continue Statements, and else Clauses on Loops",
                "9.0 Classes",
                "9.3 A First Look at Classes",
                "12.1 Introduction"));

        assertThat(made.lookup("introduction"))
                .isInstanceOfSatisfying(
                        LookupResult.TitleMatches.class,
                        matches -> assertThat(numbers(matches.sections())).containsExactly("12.1", "3.0"));
        assertThat(made.lookup("classes"))
                .isInstanceOfSatisfying(
                        LookupResult.TitleMatches.class,
                        matches -> assertThat(numbers(matches.sections())).containsExactly("9.0", "9.3"));
        assertThat(made.lookup("clases"))
                .as("a word no title has still finds titles with a slip")
                .isInstanceOfSatisfying(
                        LookupResult.TitleMatches.class,
                        matches -> assertThat(numbers(matches.sections())).contains("9.0", "9.3"));
    }

    @Test
    void onTheSeedAWordOfATitleFindsOnlyTheTitlesThatHaveIt() {
        assertThat(SEED.lookup("node"))
                .as("Primary Node, not Cluster Mode")
                .isInstanceOfSatisfying(
                        LookupResult.Found.class,
                        found -> assertThat(found.section().number()).hasToString("20.4"));
        assertThat(SEED.lookup("read"))
                .as("Read Replicas, not Real-Time Analytics")
                .isInstanceOfSatisfying(
                        LookupResult.Found.class,
                        found -> assertThat(found.section().number()).hasToString("20.4"));
    }

    @Test
    void exactWordsRankAboveWordStarts() {
        SectionLookup small = Books.lookup(Books.of("1.1 Caches Everywhere", "1.2 The Cache"));

        assertThat(small.lookup("cache"))
                .isInstanceOfSatisfying(
                        LookupResult.TitleMatches.class,
                        matches -> assertThat(numbers(matches.sections())).containsExactly("1.2", "1.1"));
    }

    @Test
    void wordsThatMatchNoTitleAreAFriendlyMiss() {
        assertThat(SEED.lookup("kubernetes")).isEqualTo(new LookupResult.NoTitleMatch("kubernetes"));
    }

    @Test
    void aSubSectionTheBookLacksIsAMissWithTheNearestSections() {
        assertThat(SEED.lookup("20.4.1"))
                .isInstanceOfSatisfying(
                        LookupResult.NoSuchSection.class,
                        missing -> assertThat(missing.suggestions()).isNotEmpty());
    }

    @Test
    void unreadableInputSaysWhy() {
        assertThat(SEED.lookup("@everyone")).isEqualTo(new LookupResult.Unreadable(InputProblem.MENTION));
        assertThat(SEED.lookup((String) null)).isEqualTo(new LookupResult.Unreadable(InputProblem.EMPTY));
    }

    @Test
    void nearestWorksOnAnEmptyBook() {
        SectionLookup empty = Books.lookup(Books.of(List.of()));

        assertThat(empty.nearest(new SectionNumber(1, 1))).isEmpty();
        assertThat(empty.lookup("1.1")).isEqualTo(new LookupResult.NoSuchSection("1.1", 1, false, List.of()));
        assertThat(empty.lookup("1")).isEqualTo(new LookupResult.NoSuchChapter("1", List.of()));
    }

    @Test
    void knowsWhereASectionIsInItsChapter() {
        assertThat(SEED.positionInChapter(new SectionNumber(20, 4))).contains(4);
        assertThat(SEED.positionInChapter(new SectionNumber(20, 9))).isEmpty();
        Library library = Books.of("20.10 Ten", "20.9 Nine");
        assertThat(Books.lookup(library).positionInChapter(new SectionNumber(20, 10)))
                .contains(2);
    }

    @Test
    void kanaVoicingMarksMakeAnotherWordWhileLatinAndGreekAccentsFold() {
        SectionLookup book = Books.lookup(Books.of("4.1 利用者カード", "4.2 ガードレール", "4.3 Café crème", "4.4 Ἀρχή"));

        assertThat(book.lookup("ガード"))
                .isEqualTo(new LookupResult.Found(
                        book.library().find(new SectionNumber(4, 2)).orElseThrow()));
        assertThat(book.lookup("カード"))
                .isEqualTo(new LookupResult.Found(
                        book.library().find(new SectionNumber(4, 1)).orElseThrow()));
        assertThat(book.lookup("cafe creme"))
                .isEqualTo(new LookupResult.Found(
                        book.library().find(new SectionNumber(4, 3)).orElseThrow()));
        assertThat(book.lookup("αρχη"))
                .isEqualTo(new LookupResult.Found(
                        book.library().find(new SectionNumber(4, 4)).orElseThrow()));
    }

    @Test
    void japaneseAndChineseTitleWordsAreFoundInsideTitlesWrittenWithoutSpaces() {
        SectionLookup book = Books.lookup(
                Books.of("2.1 パッケージ依存関係", "2.2 aptitude による依存関係の解決", "2.3 パッケージの完全削除", "3.1 启动过程概述", "3.2 内核消息"));

        assertThat(book.lookup("依存関係"))
                .isInstanceOfSatisfying(
                        LookupResult.TitleMatches.class,
                        matches -> assertThat(numbers(matches.sections())).containsExactly("2.1", "2.2"));
        assertThat(book.lookup("完全削除"))
                .isEqualTo(new LookupResult.Found(
                        book.library().find(new SectionNumber(2, 3)).orElseThrow()));
        assertThat(book.lookup("过程概述"))
                .isEqualTo(new LookupResult.Found(
                        book.library().find(new SectionNumber(3, 1)).orElseThrow()));
        assertThat(book.lookup("消息"))
                .isEqualTo(new LookupResult.Found(
                        book.library().find(new SectionNumber(3, 2)).orElseThrow()));
    }

    private static List<String> numbers(List<Section> sections) {
        return sections.stream().map(section -> section.number().toString()).toList();
    }

    /**
     * A chapter whose page has no text before its first section has no section of its own ("4. Compatibility" over 4.1
     * to 4.3, as in the Korean Debian FAQ): its title words list its sections, and a section's title still comes first.
     */
    @Test
    void aChapterWithoutASectionOfItsOwnIsFoundByItsTitle() {
        Library book = new Library(
                List.of(
                        Books.section("3.0 Ledgers"),
                        Books.section("3.1 Opening a Ledger"),
                        Books.section("4.1 Older Tallies"),
                        Books.section("4.2 Other Formats")),
                Map.of(3, "Ledgers", 4, "Compatibility Issues"),
                TestBooks.LOADED);
        SectionLookup lookup = Books.lookup(book);

        assertThat(lookup.lookup("compatibility"))
                .isEqualTo(new LookupResult.ChapterListing(4, Optional.of("Compatibility Issues"), book.chapter(4)));
        assertThat(lookup.lookup("compatibilty issues"))
                .as("a slip of the keyboard, as in section titles")
                .isInstanceOf(LookupResult.ChapterListing.class);
        assertThat(lookup.lookup("ledgers"))
                .as("a chapter with a section of its own is that section")
                .isEqualTo(new LookupResult.Found(
                        book.find(new SectionNumber(3, 0)).orElseThrow()));
        assertThat(lookup.lookup("tallies"))
                .isEqualTo(new LookupResult.Found(
                        book.find(new SectionNumber(4, 1)).orElseThrow()));
    }
}
