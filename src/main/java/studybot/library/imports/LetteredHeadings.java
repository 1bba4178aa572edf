package studybot.library.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the letter or roman numeral that appendices and parts print before their title with no dot ("A A sample
 * session", "B Invoking R", "I Gnuplot", as Texinfo's and many LaTeX PDFs' bookmarks have them) as the heading's
 * number, so the title does not repeat it. A single heading gives no sign ("A Tour of Python" is a title), so the
 * letter is read only in a run of siblings that count on (A, B, C or I, II, III), or when the heading's own
 * sub-sections print it ("B.1 Invoking R from the command line").
 */
final class LetteredHeadings {

    private static final Pattern LETTERED = Pattern.compile("([A-Z]|[IVXLC]{1,8}) (\\S.*)");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]{1,8}");
    private static final Map<Character, Integer> ROMAN_VALUES = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);

    private LetteredHeadings() {}

    /** The sections with the letters their unnumbered headings print read as numbers, at every level. */
    static List<ImportedSection> read(List<ImportedSection> sections) {
        int size = sections.size();
        String[] letters = new String[size];
        for (int i = 0; i < size; i++) {
            letters[i] = letter(sections.get(i));
        }
        List<ImportedSection> read = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ImportedSection section = sections.get(i);
            List<ImportedSection> children = read(section.children());
            boolean lettered = letters[i] != null
                    && (follows(i > 0 ? letters[i - 1] : null, letters[i])
                            || follows(letters[i], i + 1 < size ? letters[i + 1] : null)
                            || childrenPrint(letters[i], children));
            if (lettered) {
                Matcher matcher = LETTERED.matcher(section.title().strip());
                matcher.matches();
                read.add(new ImportedSection(
                        letters[i], matcher.group(2).strip(), section.blocks(), children, section.location()));
            } else {
                read.add(new ImportedSection(
                        section.printedNumber(), section.title(), section.blocks(), children, section.location()));
            }
        }
        return read;
    }

    /** The letter an unnumbered heading starts with, alone before its title; else null. */
    private static String letter(ImportedSection section) {
        if (!section.printedNumber().isEmpty()) {
            return null;
        }
        Matcher matcher = LETTERED.matcher(section.title().strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** Whether {@code next} counts on from {@code previous}, as letters (A, B) or roman numerals (IV, V). */
    private static boolean follows(String previous, String next) {
        if (previous == null || next == null) {
            return false;
        }
        if (previous.length() == 1 && next.length() == 1 && next.charAt(0) == previous.charAt(0) + 1) {
            return true;
        }
        OptionalInt before = roman(previous);
        OptionalInt after = roman(next);
        return before.isPresent() && after.isPresent() && after.getAsInt() == before.getAsInt() + 1;
    }

    private static boolean childrenPrint(String letter, List<ImportedSection> children) {
        return !children.isEmpty()
                && children.stream().anyMatch(child -> child.printedNumber().startsWith(letter + "."));
    }

    private static OptionalInt roman(String text) {
        if (!ROMAN.matcher(text).matches()) {
            return OptionalInt.empty();
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int here = ROMAN_VALUES.get(text.charAt(i));
            boolean subtract = i + 1 < text.length() && ROMAN_VALUES.get(text.charAt(i + 1)) > here;
            value += subtract ? -here : here;
        }
        return OptionalInt.of(value);
    }
}
