package studybot.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds sub-headings that the seed format flattened into a paragraph, as in "Your Cache Lives in a VPC, and So Should
 * You First and foremost, if you're creating..." or "The Party Line: Classic Pub/Sub Redis Pub/Sub is...".
 *
 * <p>The cue is title case: a sentence that opens with a run of capitalised words, several of them ordinary words the
 * book otherwise writes in lower case, before its first lower-case content word. The real sentence starts at the last
 * ordinary capitalised word before that point (its first word), or, where the words just before it are all names, after
 * a name that repeats ("Classic Pub/Sub | Redis Pub/Sub is").
 */
final class FlattenedHeadings {

    private static final int MIN_TITLE_CASED_WORDS = 2;
    private static final int MIN_SENTENCE_TOKENS = 3;

    private final BookWords words;

    FlattenedHeadings(BookWords words) {
        this.words = words;
    }

    /** Where the sentence proper starts (a token index), if {@code sentence} opens with a flattened heading. */
    Optional<Split> split(String sentence) {
        if (opensWithLowercaseContentWord(sentence)) {
            return Optional.empty();
        }
        List<String> tokens = Words.tokens(sentence);
        int firstContent = firstLowercaseContentWord(tokens);
        if (firstContent < 2) {
            return Optional.empty();
        }
        int start = sentenceStart(tokens, firstContent);
        if (start < 2 || tokens.size() - start < MIN_SENTENCE_TOKENS) {
            return Optional.empty();
        }
        String last = tokens.get(start - 1);
        if (Words.endsWithClausePunctuation(last) || EnglishWords.titleLowercase(Words.core(last))) {
            return Optional.empty();
        }
        if (titleCasedOrdinaryWords(tokens.subList(1, start)) < MIN_TITLE_CASED_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Split(
                String.join(" ", tokens.subList(0, start)), String.join(" ", tokens.subList(start, tokens.size()))));
    }

    /**
     * Whether one of the first two tokens is a lower-case content word, so {@link #firstLowercaseContentWord} is below
     * 2 and there is no heading: most sentences are ruled out here without splitting the whole sentence.
     */
    private static boolean opensWithLowercaseContentWord(String sentence) {
        String stripped = sentence.strip();
        int start = 0;
        for (int token = 0; token < 2 && start < stripped.length(); token++) {
            int end = Words.tokenEnd(stripped, start);
            if (lowercaseContentWord(stripped.substring(start, end))) {
                return true;
            }
            start = Words.nextTokenStart(stripped, end);
        }
        return false;
    }

    private static boolean lowercaseContentWord(String token) {
        String core = Words.core(token);
        return Words.lowercase(core) && !EnglishWords.titleLowercase(core);
    }

    private static int firstLowercaseContentWord(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (lowercaseContentWord(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private int sentenceStart(List<String> tokens, int firstContent) {
        Set<String> names = new HashSet<>();
        for (int i = firstContent - 1; i >= 0; i--) {
            String core = Words.core(tokens.get(i));
            if (!Words.capitalised(core)) {
                continue;
            }
            if (words.ordinary(core)) {
                return i;
            }
            if (!names.add(core)) {
                return i + 1;
            }
        }
        return 0;
    }

    private int titleCasedOrdinaryWords(List<String> tokens) {
        int count = 0;
        for (String token : tokens) {
            String core = Words.core(token);
            if (Words.capitalised(core) && words.ordinary(core) && !EnglishWords.titleLowercase(core)) {
                count++;
            }
        }
        return count;
    }

    /** A flattened heading and the sentence that followed it. */
    record Split(String heading, String sentence) {}
}
