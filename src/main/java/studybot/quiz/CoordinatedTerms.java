package studybot.quiz;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.Section;

/**
 * The words a book offers as alternatives or glosses of one another: "X or Y", "X, or Y", "X (Y)" ("structs or enums",
 * "a loop or an iterator", "a dump (backup)"). Wherever the book itself lets one stand in for the other, a sentence
 * true of the one is often true of the other too ("Enums can use multiple generic types as well." holds for structs),
 * so neither is a distractor for the other. Only these two patterns count: a plain list ("lists, tuples and sets")
 * names different things, the best distractors; and a call's bracket ({@code deque(iterable)}) is code.
 */
final class CoordinatedTerms {

    /** A word, "or" or a bracket after a space, an optional article, the next word (looked ahead, so pairs overlap). */
    private static final Pattern COORDINATED = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(\\p{L}+)(?:,?\\s+or\\s+|\\s+\\(\\s*)(?:an?\\s+|the\\s+)?(?=(\\p{L}+))");

    /** "one|other" for each pair, both ways, singular, in lower case. */
    private final Set<String> pairs;

    private CoordinatedTerms(Set<String> pairs) {
        this.pairs = Set.copyOf(pairs);
    }

    static CoordinatedTerms of(Library library) {
        Set<String> pairs = new HashSet<>();
        for (Section section : library.sections()) {
            for (String paragraph : section.paragraphs()) {
                Matcher matcher = COORDINATED.matcher(paragraph.toLowerCase(Locale.ROOT));
                while (matcher.find()) {
                    String one = Plurals.singular(matcher.group(1));
                    String other = Plurals.singular(matcher.group(2));
                    if (!one.equals(other)) {
                        pairs.add(one + "|" + other);
                        pairs.add(other + "|" + one);
                    }
                }
            }
        }
        return new CoordinatedTerms(pairs);
    }

    /** Whether the book coordinates the two terms (a word or the last word of a phrase, either number). */
    boolean either(String one, String other) {
        return pairs.contains(head(one) + "|" + head(other));
    }

    private static String head(String term) {
        String lower = term.toLowerCase(Locale.ROOT).strip();
        return Plurals.singular(lower.substring(lower.lastIndexOf(' ') + 1));
    }
}
