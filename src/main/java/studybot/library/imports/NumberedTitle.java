package studybot.library.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading split into the number a book prints and the title: "20.4. Resource Consumption", "Chapter 20. Server
 * Configuration", "Appendix B — Tools", "A.3 Limits". Every format's importer reads headings through this one class, so
 * an HTML page and a PDF bookmark with the same text get the same number. Plain words are never read as a number ("A
 * Tour of Python" is a title; a lone capital is a number only with a dot after it, "B. Tools"), nor is a year ("2024
 * Annual Report"). A heading that is only a label ("Chapter 3") keeps it as its title, having no other.
 *
 * @param printedNumber the number as printed ({@code 20.4}, {@code A}, {@code IV}), or empty
 */
public record NumberedTitle(String printedNumber, String title) {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NAMED = Pattern.compile(
            "(?:Chapter|Part|Appendix|Section|Kapitel|Teil|Anhang)\\s+(\\d{1,4}|[A-Z]|[IVXLC]{1,8})(?=$|[\\s.:])"
                    + "[.:]?\\s*(?:[-\u2013\u2014:]\\s*)?(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED =
            Pattern.compile("((?:\\d{1,3}|[A-Z])(?:\\.\\d{1,3})+|\\d{1,3}|[A-Z](?=\\.))\\.?\\s+(\\S.*)");

    /** Splits a heading's text; whitespace is folded and a trailing pilcrow or anchor sign dropped. */
    public static NumberedTitle of(String heading) {
        String text = clean(heading);
        return parse(text).orElseGet(() -> new NumberedTitle("", text));
    }

    /** The heading's printed number and title, or empty when it prints no number. */
    public static Optional<NumberedTitle> parse(String heading) {
        String text = clean(heading);
        Matcher named = NAMED.matcher(text);
        if (named.matches()) {
            String rest = named.group(2).strip();
            return Optional.of(
                    new NumberedTitle(named.group(1).toUpperCase(Locale.ROOT), rest.isEmpty() ? text : rest));
        }
        Matcher dotted = DOTTED.matcher(text);
        if (dotted.matches()) {
            return Optional.of(
                    new NumberedTitle(dotted.group(1), dotted.group(2).strip()));
        }
        return Optional.empty();
    }

    /** The printed number as integers, {@code [20, 4]} for 20.4; empty for letters, roman numerals or none. */
    public static Optional<List<Integer>> parts(String printedNumber) {
        if (!printedNumber.matches("\\d{1,4}(?:\\.\\d{1,4})*")) {
            return Optional.empty();
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : printedNumber.split("\\.")) {
            parts.add(Integer.parseInt(part));
        }
        return Optional.of(List.copyOf(parts));
    }

    private static String clean(String heading) {
        String text =
                SPACES.matcher(heading.replace('\u00a0', ' ')).replaceAll(" ").strip();
        return text.replaceAll("[\u00b6#\u00a7]+$", "").strip();
    }
}
