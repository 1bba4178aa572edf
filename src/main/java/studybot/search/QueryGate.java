package studybot.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import studybot.library.BookLanguage;
import studybot.library.LuceneLanguages;

/**
 * Tells a question from a keyword query, in the book's language. A query of {@value #MIN_CONTENT_WORDS} or more content
 * words is a question in the student's own wording, where keywords miss and meaning helps; it is embedded. A shorter
 * query is embedded only when BM25 answers it weakly (no section has every word) or not at all, so a keyword query that
 * BM25 answers well skips the model and keeps BM25's latency. A German book's readers ask in German, so their "wie",
 * "ich" and "warum" carry no topic either; a French book's "comment", "je" and "pourquoi" neither (the stop words of
 * Lucene's analyser for the book's language, and for a few languages their question words); a Japanese, Chinese or
 * Korean question has its question words taken out of the runs they are written into.
 */
final class QueryGate {

    static final int MIN_CONTENT_WORDS = 3;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Words that carry no topic in an English question, on top of Lucene's English stop words. */
    private static final Set<String> ENGLISH_FILLER = Set.of(
            "i", "me", "my", "we", "our", "you", "your", "it", "its", "how", "what", "why", "when", "where", "which",
            "who", "do", "does", "did", "can", "could", "should", "would", "want", "need", "get", "make", "use",
            "using", "about", "some", "any", "so", "from", "up", "much", "many");
    /** The same for a German question, on top of Lucene's German stop words (which hold "wie", "ich", "kann"). */
    private static final Set<String> GERMAN_FILLER = Set.of(
            "warum",
            "wieso",
            "weshalb",
            "wann",
            "wer",
            "wen",
            "wem",
            "womit",
            "wofür",
            "woher",
            "wohin",
            "bitte",
            "möchte",
            "möchten",
            "müssen",
            "muß",
            "darf",
            "kannst",
            "gibt",
            "geht",
            "brauche",
            "brauchen",
            "lassen",
            "lässt",
            "tun",
            "mache",
            "macht");
    /**
     * The question words and "can I / how do I" verbs of the other languages studybot's students often ask in, on top
     * of Lucene's stop words for them (which hold the pronouns and articles: "je", "le", "yo", "il").
     */
    private static final Map<String, Set<String>> OTHER_FILLER = Map.of(
            "fr",
            Set.of(
                    "comment",
                    "pourquoi",
                    "quand",
                    "où",
                    "combien",
                    "quoi",
                    "est",
                    "sont",
                    "faire",
                    "fait",
                    "faut",
                    "peut",
                    "peux",
                    "puis",
                    "veux",
                    "voudrais",
                    "dois",
                    "doit",
                    "besoin"),
            "es",
            Set.of(
                    "cómo",
                    "dónde",
                    "cuándo",
                    "cuál",
                    "cuánto",
                    "cuántos",
                    "puedo",
                    "puede",
                    "quiero",
                    "hacer",
                    "hago",
                    "debo",
                    "necesito",
                    "favor"),
            "it",
            Set.of(
                    "come", "perché", "quando", "dove", "quale", "quanto", "posso", "può", "voglio", "fare", "devo",
                    "bisogna"),
            "pt",
            Set.of(
                    "como", "porque", "quando", "onde", "qual", "quanto", "posso", "pode", "quero", "fazer", "preciso",
                    "devo"));

    /**
     * The question words of Japanese, Chinese and Korean, which are written into the run of the question rather than
     * apart ("蔵書を探す方法は何ですか", "怎么借书", "백업은 어떻게 하나요"): without them taken out, the bigrams of "方法", "何で", "です" would
     * become query terms. Taken out wherever they occur, longest first; what is left of a run that is only a particle
     * ("は", "을") is filler too.
     */
    private static final Map<String, List<String>> WRITTEN_IN = Map.of(
            "ja",
            List.of(
                    "でしょうか", "できますか", "どうやって", "どうすれば", "どうしたら", "どのように", "どうして", "ですか", "ますか", "教えて", "ください", "方法",
                    "なぜ", "何", "どう", "どこ", "いつ", "どれ"),
            "zh",
            List.of(
                    "为什么", "為什麼", "怎么样", "怎麼樣", "怎么", "怎麼", "怎样", "怎樣", "什么", "什麼", "如何", "哪里", "哪裡", "哪个", "哪個", "请问",
                    "請問", "方法", "吗", "嗎", "呢"),
            "ko",
            List.of("어떻게", "무엇", "무슨", "어디", "언제", "하나요", "합니까", "인가요", "있나요", "주세요", "방법", "왜", "뭐"));
    /** Particles left alone once a question word is taken out of their run: no topic on their own. */
    private static final Map<String, Set<String>> PARTICLES = Map.of(
            "ja", Set.of("は", "を", "が", "に", "で", "の", "と", "も", "か", "へ", "や"),
            "zh", Set.of("的", "了", "是", "我", "你"),
            "ko", Set.of("은", "는", "이", "가", "을", "를", "에", "의", "로", "도", "에서", "으로"));

    private final CharArraySet stopWords;
    private final Set<String> filler;
    private final boolean joinedWords;
    private final List<String> writtenIn;

    /**
     * @param joinedWords whether a word joined by an apostrophe or hyphen ("est-ce", "qu'il") carries a topic only when
     *     one of its parts does, as in French; English reads it whole ("it's" as "its"), as it always did
     */
    private QueryGate(CharArraySet stopWords, Set<String> filler, boolean joinedWords, List<String> writtenIn) {
        this.stopWords = stopWords;
        this.filler = filler;
        this.joinedWords = joinedWords;
        this.writtenIn = writtenIn.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    static QueryGate of(BookLanguage language) {
        if (language.isGerman()) {
            return new QueryGate(GermanAnalyzer.getDefaultStopSet(), GERMAN_FILLER, false, List.of());
        }
        if (LuceneLanguages.analyses(language)) {
            return new QueryGate(
                    LuceneLanguages.stopWords(language).orElseThrow(),
                    OTHER_FILLER.getOrDefault(language.code(), PARTICLES.getOrDefault(language.code(), Set.of())),
                    true,
                    WRITTEN_IN.getOrDefault(language.code(), List.of()));
        }
        return new QueryGate(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, ENGLISH_FILLER, false, List.of());
    }

    boolean isQuestion(String query) {
        return contentWords(query) >= MIN_CONTENT_WORDS;
    }

    int contentWords(String query) {
        int count = 0;
        for (String word : NON_WORD.split(withoutWrittenIn(query).toLowerCase(Locale.ROOT))) {
            if (isContent(word)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The question without the words that carry no topic ("how", "should", "my"): BM25 would otherwise reward the
     * passages that happen to use them. Identifiers ({@code shared_buffers}) stay whole.
     */
    String topicWords(String query) {
        StringBuilder kept = new StringBuilder(query.length());
        for (String word : SPACE.split(withoutWrittenIn(query).strip())) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (joinedWords
                    ? Arrays.stream(NON_WORD.split(lower)).anyMatch(this::isContent)
                    : isContent(NON_WORD.matcher(lower).replaceAll(""))) {
                kept.append(word).append(' ');
            }
        }
        return kept.toString().strip();
    }

    /**
     * What a keyword query (fewer than {@value #MIN_CONTENT_WORDS} content words) searches for: its topic words when it
     * has any, so "what does nullok do" looks for {@code nullok} rather than rewarding the sections that say "what" and
     * "do"; the query itself when every word is filler ("make", "use" name the topic of some books).
     */
    String keywords(String query) {
        String topic = topicWords(query);
        return topic.isEmpty() ? query : topic;
    }

    /** {@code query} with the question words written into its runs taken out, each leaving a space. */
    private String withoutWrittenIn(String query) {
        String left = query;
        for (String word : writtenIn) {
            left = left.replace(word, " ");
        }
        return left;
    }

    /** A word too common in the language to be searched for, or to be corrected into a book word. */
    boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    private boolean isContent(String word) {
        return !word.isEmpty() && !filler.contains(word) && !stopWords.contains(word);
    }
}
