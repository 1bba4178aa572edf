package studybot.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Blanking words out of a fact, whole words only and case-insensitively. */
final class Blanks {

    static final String BLANK = "_____";
    private static final int STEM_PREFIX = 5;

    private Blanks() {
    }

    /**
     * The text with every occurrence of {@code term} blanked; empty when the term is not there as a whole word, or a
     * form of it would still show ("replica" left after blanking "replicas").
     */
    static Optional<String> blank(String text, String term) {
        Matcher matcher = wholeWord(term).matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String blanked = matcher.replaceAll(Matcher.quoteReplacement(BLANK));
        return stillShows(blanked, term) ? Optional.empty() : Optional.of(blanked);
    }

    /** Whether {@code text} has {@code word} (or a word starting with its first letters) as a whole word. */
    static boolean mentions(String text, String word) {
        return forms(word).test(text);
    }

    /**
     * A test for {@link #mentions} with its patterns compiled once, for a word checked against many texts; a pattern
     * runs only where its literal part occurs ({@link CaseInsensitive}), which most texts rule out at once.
     */
    static Predicate<String> forms(String word) {
        String base = base(word);
        Pattern whole = wholeWord(word);
        List<String> prefixes = new ArrayList<>();
        List<Pattern> prefixPatterns = new ArrayList<>();
        for (String part : word.split(" ")) {
            if (part.length() > STEM_PREFIX) {
                String prefix = part.substring(0, STEM_PREFIX);
                prefixes.add(prefix);
                prefixPatterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(prefix),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        return text -> {
            if (CaseInsensitive.mayContain(text, base) && whole.matcher(text).find()) {
                return true;
            }
            for (int i = 0; i < prefixes.size(); i++) {
                if (CaseInsensitive.mayContain(text, prefixes.get(i)) && prefixPatterns.get(i).matcher(text).find()) {
                    return true;
                }
            }
            return false;
        };
    }

    private static boolean stillShows(String text, String term) {
        for (String word : term.split(" ")) {
            if (word.length() > STEM_PREFIX && Pattern.compile("(?<![\\p{L}\\p{N}])"
                    + Pattern.quote(word.substring(0, STEM_PREFIX)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The term as a whole word, also in its plural or singular form ("write" finds "writes" and back). */
    private static Pattern wholeWord(String term) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(base(term)) + "(?:e?s)?(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The term without a plural ending: the literal part of {@link #wholeWord}. */
    private static String base(String term) {
        return term.endsWith("es") && term.length() > 4 ? term.substring(0, term.length() - 2)
                : term.endsWith("s") && term.length() > 3 ? term.substring(0, term.length() - 1) : term;
    }
}
