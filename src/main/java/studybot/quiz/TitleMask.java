package studybot.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks a section title's words in a fact, so a "which section says this?" question does not give its answer away:
 * every title word of three letters or more (other than minor words) is masked wherever a word starts with its
 * first five letters. The patterns are compiled once per title word of the book and shared by all the facts of its
 * sections.
 */
final class TitleMask {

    static final String MASK = "▢▢▢";
    private static final Pattern TITLE_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/'’-]*");
    private static final Set<String> MINOR_TITLE_WORDS = Set.of("and", "the", "for", "with", "from", "into", "vs",
            "its", "how", "what", "why", "your", "you", "are", "not", "but", "all", "one", "two", "part");

    private final List<String> stems;
    private final List<Pattern> words;

    private TitleMask(List<String> stems, List<Pattern> words) {
        this.stems = List.copyOf(stems);
        this.words = List.copyOf(words);
    }

    static TitleMask of(String title) {
        return of(title, new HashMap<>());
    }

    /**
     * The mask of {@code title}, taking each word's pattern from {@code compiled} (keyed by the word's first letters,
     * all the pattern depends on) or compiling it there: a book's titles share most of their words, so building the
     * masks of a whole book compiles each pattern once. {@code compiled} must be safe for the callers' threads.
     */
    static TitleMask of(String title, Map<String, Pattern> compiled) {
        List<String> stems = new ArrayList<>();
        List<Pattern> words = new ArrayList<>();
        Matcher matcher = TITLE_WORD.matcher(title);
        while (matcher.find()) {
            String word = matcher.group();
            if (word.length() >= 3 && !MINOR_TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                String stem = word.length() > 5 ? word.substring(0, 5) : word;
                stems.add(stem);
                words.add(compiled.computeIfAbsent(stem, TitleMask::pattern));
            }
        }
        return new TitleMask(stems, words);
    }

    private static Pattern pattern(String stem) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(stem) + "[\\p{L}'’/-]*(?![\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The text with the title's words masked, one title word after the other in title order. */
    String apply(String text) {
        String result = text;
        for (int i = 0; i < words.size(); i++) {
            if (CaseInsensitive.mayContain(result, stems.get(i))) {
                result = words.get(i).matcher(result).replaceAll(MASK);
            }
        }
        return result;
    }
}
