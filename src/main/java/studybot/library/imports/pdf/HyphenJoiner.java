package studybot.library.imports.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, for a word broken across lines with a hyphen, whether the hyphen is the typesetter's ("replica-" + "tion")
 * or the word's own ("read-" + "only"). A compound that goes on with another hyphen ("positional-" + "or-keyword")
 * keeps it. Otherwise the document's own words decide: the form it writes more often inside its lines, hyphenated or
 * joined, wins; a break after a part of a compound ("loss-of-" + "precision") keeps the hyphen, so does a capital after
 * the break, and so do two halves that are both words; anything else is joined, a typesetter's break being by far the
 * commoner. The words are counted once per document, in one pass over its prose lines.
 */
final class HyphenJoiner {

    /** The hyphen-minus, the Unicode hyphen (U+2010, as WeasyPrint breaks words) and the soft hyphen. */
    private static final String HYPHENS = "-\u2010\u00ad";

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[" + HYPHENS + "]\\p{L}+)*");
    private static final Pattern TRAILING_FRAGMENT = Pattern.compile("(\\p{L}+)[" + HYPHENS + "]$");
    private static final Pattern LEADING_FRAGMENT = Pattern.compile("^(\\p{L}+)");
    private static final Pattern LEADING_COMPOUND_PART = Pattern.compile("^\\p{L}+[" + HYPHENS + "]\\p{L}");
    private static final Pattern COMPOUND_BEFORE_FRAGMENT = Pattern.compile("\\p{L}[" + HYPHENS + "]\\p{L}+.$");

    /** How often each word is written without a hyphen, alone or as a part of a compound. */
    private final Map<String, Integer> words = new HashMap<>();
    /** How often each pair of neighbouring parts of a compound is written with its hyphen ("double-click"). */
    private final Map<String, Integer> hyphenated = new HashMap<>();

    private HyphenJoiner() {}

    /** Counts the document's words in its prose lines, leaving out the fragments of broken words. */
    static HyphenJoiner learn(List<PageLine> lines) {
        HyphenJoiner joiner = new HyphenJoiner();
        boolean previousBroken = false;
        for (PageLine line : lines) {
            if (line.monospace() || line.image()) {
                previousBroken = false;
                continue;
            }
            String text = line.text();
            boolean broken = TRAILING_FRAGMENT.matcher(text).find();
            Matcher words = WORD.matcher(text);
            boolean first = true;
            while (words.find()) {
                boolean leadingFragment = first && previousBroken && words.start() == 0;
                boolean trailingFragment = broken && words.end() == text.length() - 1;
                first = false;
                if (!leadingFragment && !trailingFragment) {
                    joiner.learnWord(words.group().toLowerCase(Locale.ROOT));
                }
            }
            previousBroken = broken;
        }
        return joiner;
    }

    private void learnWord(String word) {
        String[] parts = word.split("[" + HYPHENS + "]");
        for (int i = 0; i < parts.length; i++) {
            words.merge(parts[i], 1, Integer::sum);
            if (i > 0) {
                hyphenated.merge(parts[i - 1] + "-" + parts[i], 1, Integer::sum);
            }
        }
    }

    /** Whether {@code line} ends with a word broken by a hyphen that {@code next} may continue. */
    static boolean endsBroken(String line) {
        return TRAILING_FRAGMENT.matcher(line).find() && !line.endsWith("--");
    }

    /** {@code line}, which {@link #endsBroken ends broken}, and {@code next} as one text. */
    String join(String line, String next) {
        Matcher tail = TRAILING_FRAGMENT.matcher(line);
        Matcher head = LEADING_FRAGMENT.matcher(next);
        if (!tail.find() || !head.find()) {
            return line + next;
        }
        String unbroken = line.substring(0, line.length() - 1);
        if (line.endsWith("\u00ad")) {
            return unbroken + next;
        }
        return keepsHyphen(line, next, tail.group(1), head.group(1)) ? unbroken + "-" + next : unbroken + next;
    }

    private boolean keepsHyphen(String line, String next, String left, String right) {
        if (LEADING_COMPOUND_PART.matcher(next).find()) {
            return true;
        }
        String l = left.toLowerCase(Locale.ROOT);
        String r = right.toLowerCase(Locale.ROOT);
        int withHyphen = hyphenated.getOrDefault(l + "-" + r, 0);
        int without = words.getOrDefault(l + r, 0);
        if (withHyphen > 0 && withHyphen >= without) {
            return true;
        }
        if (without > 0) {
            return false;
        }
        if (COMPOUND_BEFORE_FRAGMENT.matcher(line).find() || Character.isUpperCase(right.charAt(0))) {
            return true;
        }
        return l.length() > 2 && r.length() > 2 && words.containsKey(l) && words.containsKey(r);
    }
}
