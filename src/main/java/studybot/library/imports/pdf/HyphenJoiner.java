package studybot.library.imports.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, for a word broken across lines with a hyphen, whether the hyphen is the typesetter's ("replica-" + "tion")
 * or the word's own ("read-" + "only"), from the words the same document uses elsewhere: a hyphenated form seen inside
 * a line keeps its hyphen, a joined form seen anywhere is joined, two halves that are both words keep the hyphen, and
 * anything else is joined, since a typesetter's break is by far the commoner.
 */
final class HyphenJoiner {

    /** The hyphen-minus, the Unicode hyphen (U+2010, as WeasyPrint breaks words) and the soft hyphen. */
    private static final String HYPHENS = "-\u2010\u00ad";

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[" + HYPHENS + "]\\p{L}+)*");
    private static final Pattern TRAILING_FRAGMENT = Pattern.compile("(\\p{L}+)[" + HYPHENS + "]$");
    private static final Pattern LEADING_FRAGMENT = Pattern.compile("^(\\p{L}+)");

    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();

    private HyphenJoiner() {}

    /** Learns the document's vocabulary from its prose lines, leaving out the fragments of broken words. */
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
        if (parts.length == 1) {
            words.add(word);
            return;
        }
        compounds.add(String.join("-", parts));
        words.addAll(List.of(parts));
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
        String left = tail.group(1);
        String right = head.group(1);
        String unbroken = line.substring(0, line.length() - 1);
        if (line.endsWith("\u00ad")) {
            return unbroken + next;
        }
        return keepsHyphen(left, right) ? unbroken + "-" + next : unbroken + next;
    }

    private boolean keepsHyphen(String left, String right) {
        if (Character.isUpperCase(right.charAt(0))) {
            return true;
        }
        String l = left.toLowerCase(Locale.ROOT);
        String r = right.toLowerCase(Locale.ROOT);
        if (compounds.contains(l + "-" + r)) {
            return true;
        }
        if (words.contains(l + r)) {
            return false;
        }
        return l.length() > 2 && r.length() > 2 && words.contains(l) && words.contains(r);
    }
}
