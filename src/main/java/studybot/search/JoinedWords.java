package studybot.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.Section;

/**
 * The book's hyphenated words by the form written together: a student types {@code wifi}, {@code email} or
 * {@code setup} where the book prints {@code Wi-Fi}, {@code e-mail} or {@code set-up}. The index splits a hyphenated
 * word into its parts, so the joined form is in none of its fields and typo correction would otherwise make it some
 * other book word ({@code wifi} into {@code wiki}). Such a word is the book's own word, spelled as the student spells
 * it: it is searched as the book writes it, and never announced as a correction.
 */
final class JoinedWords {

    /** Letters or digits joined by hyphens (ASCII, U+2010 hyphen, U+2011 non-breaking hyphen). */
    private static final Pattern HYPHENATED =
            Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]+(?:[-\u2010\u2011][\\p{L}\\p{N}]+)+(?![\\p{L}\\p{N}])");

    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011]");

    private final Map<String, String> hyphenatedByJoined;
    private final SectionIndex index;
    private final QueryWords words;

    private JoinedWords(Map<String, String> hyphenatedByJoined, SectionIndex index, QueryWords words) {
        this.hyphenatedByJoined = hyphenatedByJoined;
        this.index = index;
        this.words = words;
    }

    /** The hyphenated words of {@code library}'s titles and text, checked against {@code index}'s words. */
    static JoinedWords of(Library library, SectionIndex index, QueryWords words) {
        Map<String, String> byJoined = new HashMap<>();
        for (Section section : library.sections()) {
            collect(section.title(), byJoined);
            section.paragraphs().forEach(paragraph -> collect(paragraph, byJoined));
        }
        return new JoinedWords(Map.copyOf(byJoined), index, words);
    }

    private static void collect(String text, Map<String, String> byJoined) {
        Matcher hyphenated = HYPHENATED.matcher(text);
        while (hyphenated.find()) {
            String word = hyphenated.group().toLowerCase(Locale.ROOT);
            byJoined.putIfAbsent(HYPHENS.matcher(word).replaceAll(""), word);
        }
    }

    /**
     * {@code query} with each word the book has only hyphenated ({@code wifi} for {@code Wi-Fi}) written as the book
     * writes it; a word the book also has written together is left as typed.
     */
    String asTheBookWrites(String query) {
        if (hyphenatedByJoined.isEmpty()) {
            return query;
        }
        StringBuilder written = null;
        int copied = 0;
        for (QueryWord word : words.split(query)) {
            Optional<String> hyphenated = hyphenated(word.text());
            if (hyphenated.isPresent()) {
                if (written == null) {
                    written = new StringBuilder(query.length() + 8);
                }
                written.append(query, copied, word.start()).append(hyphenated.get());
                copied = word.end();
            }
        }
        return written == null
                ? query
                : written.append(query, copied, query.length()).toString();
    }

    private Optional<String> hyphenated(String word) {
        String hyphenated = hyphenatedByJoined.get(word);
        if (hyphenated == null || index.contains(SectionIndex.WORDS, word)) {
            return Optional.empty();
        }
        return Optional.of(hyphenated);
    }
}
