package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;

/** French, Spanish and Japanese books searched with Lucene's analysers for them, where English analysis misses. */
class OtherLanguagesSearchTest {

    private static final Path FRENCH = Path.of("src/test/resources/books/french/ferme.html");
    private static final Path SPANISH = Path.of("src/test/resources/books/spanish/huerto.html");
    private static final Path JAPANESE = Path.of("src/test/resources/books/japanese/toshokan.html");

    @Test
    void frenchPluralsAndElidedWordsMeetTheirStem() throws Exception {
        SectionSearch search = Searches.over(book(FRENCH));

        assertThat(titles(search, "cheval")).contains("Les écuries");
        assertThat(titles(search, "arbres")).contains("Le verger");
    }

    @Test
    void englishAnalysisWouldMissThem() throws Exception {
        SectionSearch english = Searches.over(book(FRENCH).withLanguage(BookLanguage.UNKNOWN));

        assertThat(titles(english, "cheval")).doesNotContain("Les écuries");
        assertThat(titles(english, "arbres")).doesNotContain("Le verger");
    }

    @Test
    void spanishPluralsMeetTheSingularWithItsAccent() throws Exception {
        SectionSearch search = Searches.over(book(SPANISH));

        assertThat(book(SPANISH).language()).isEqualTo(new BookLanguage("es"));
        assertThat(titles(search, "canción")).contains("Las semillas");
        assertThat(titles(Searches.over(book(SPANISH).withLanguage(BookLanguage.UNKNOWN)), "canción"))
                .doesNotContain("Las semillas");
    }

    @Test
    void aJapaneseWordInsideALongerOneIsFoundByItsBigramsAsTyped() throws Exception {
        SearchResults results = Searches.over(book(JAPANESE)).search("データ", Searches.DEFAULT_LIMIT);

        assertThat(results.correctedQuery()).isEmpty();
        assertThat(results.hits()).extracting(hit -> hit.title()).containsExactly("蔵書の検索");
        assertThat(Searches.over(book(JAPANESE).withLanguage(BookLanguage.UNKNOWN))
                        .search("データ", Searches.DEFAULT_LIMIT)
                        .correctedQuery())
                .as("English analysis reads the katakana run whole, so it rewrites the word into the book's")
                .isPresent();
    }

    @Test
    void aFrenchQuestionsOwnWordsCarryNoTopic() {
        QueryGate french = QueryGate.of(new BookLanguage("fr"));

        assertThat(french.topicWords("Comment est-ce que je brosse les chevaux ?"))
                .isEqualTo("brosse chevaux");
        assertThat(french.isQuestion("pourquoi je brosse les chevaux")).isFalse();
        assertThat(QueryGate.of(BookLanguage.UNKNOWN).isQuestion("pourquoi je brosse les chevaux"))
                .isTrue();
    }

    @Test
    void japaneseChineseAndKoreanQuestionWordsCarryNoTopic() {
        assertThat(QueryGate.of(new BookLanguage("ja")).topicWords("蔵書を探す方法は何ですか"))
                .isEqualTo("蔵書を探す");
        assertThat(QueryGate.of(new BookLanguage("ja")).topicWords("返却はどうやってするの？"))
                .isEqualTo("返却は するの？");
        assertThat(QueryGate.of(new BookLanguage("zh")).topicWords("怎么借书")).isEqualTo("借书");
        assertThat(QueryGate.of(new BookLanguage("zh")).topicWords("如何使用数据库")).isEqualTo("使用数据库");
        assertThat(QueryGate.of(new BookLanguage("ko")).topicWords("백업은 어떻게 하나요"))
                .isEqualTo("백업은");
        assertThat(QueryGate.of(new BookLanguage("ko")).topicWords("복제 방법은 무엇인가요"))
                .isEqualTo("복제");
        assertThat(QueryGate.of(new BookLanguage("ja")).isQuestion("何ですか")).isFalse();
    }

    @Test
    void aJapaneseQuestionFindsItsTopicNotTheSectionThatSaysHow(@TempDir Path temp) throws Exception {
        Path html = temp.resolve("benkyou.html");
        Files.writeString(html, """
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="utf-8"><title>勉強の本</title></head><body>
                <h1>勉強の方法</h1>
                <p>何を読むか、何を書くか。方法はいろいろです。どの方法が何に向いているですか。</p>
                <h1>返却</h1>
                <p>借りた本はカウンターに返却します。</p>
                </body></html>
                """);
        SearchResults results = Searches.over(book(html)).search("返却の方法は何ですか", Searches.DEFAULT_LIMIT);

        assertThat(results.hits()).extracting(hit -> hit.title()).containsExactly("返却");
    }

    @Test
    void noFrenchStopWordIsCorrectedIntoABookWord() throws Exception {
        SectionSearch search = Searches.over(book(FRENCH));

        assertThat(FrenchAnalyzer.getDefaultStopSet())
                .map(word -> new String((char[]) word))
                .filteredOn(word -> search.search("chevaux " + word, Searches.DEFAULT_LIMIT)
                        .correctedQuery()
                        .isPresent())
                .isEmpty();
    }

    private static Library book(Path file) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);
        return BookFormats.importer(ImportLimits.DEFAULT, clock)
                .importBook(file)
                .library();
    }

    private static List<String> titles(SectionSearch search, String query) {
        return search.search(query, Searches.DEFAULT_LIMIT).hits().stream()
                .map(hit -> hit.title())
                .toList();
    }
}
