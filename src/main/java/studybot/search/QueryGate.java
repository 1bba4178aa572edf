package studybot.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Tells a question from a keyword query. A query of {@value #MIN_CONTENT_WORDS} or more content words is a question in
 * the student's own wording, where keywords miss and meaning helps; it is embedded. A shorter query is embedded only
 * when BM25 answers it weakly (no section has every word) or not at all, so a keyword query that BM25 answers well
 * skips the model and keeps BM25's latency.
 */
final class QueryGate {

    static final int MIN_CONTENT_WORDS = 3;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Words that carry no topic in a question, on top of Lucene's English stop words. */
    private static final Set<String> FILLER = Set.of(
            "i", "me", "my", "we", "our", "you", "your", "it", "its", "how", "what", "why", "when", "where", "which",
            "who", "do", "does", "did", "can", "could", "should", "would", "want", "need", "get", "make", "use",
            "using", "about", "some", "any", "so", "from", "up", "much", "many");

    private QueryGate() {}

    static boolean isQuestion(String query) {
        return contentWords(query) >= MIN_CONTENT_WORDS;
    }

    static int contentWords(String query) {
        int count = 0;
        for (String word : NON_WORD.split(query.toLowerCase(Locale.ROOT))) {
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
    static String topicWords(String query) {
        StringBuilder kept = new StringBuilder(query.length());
        for (String word : SPACE.split(query)) {
            String bare = NON_WORD.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
            if (isContent(bare)) {
                kept.append(word).append(' ');
            }
        }
        return kept.toString().strip();
    }

    private static boolean isContent(String word) {
        return !word.isEmpty() && !FILLER.contains(word) && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
    }
}
