package studybot.library.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading split into the number a book prints and the title: "20.4. Resource Consumption", "Chapter 20. Server
 * Configuration", "Appendix A. Error Codes", "A.3 Limits". A heading without a printed number keeps its whole text as
 * the title. Plain words are never read as a number ("A Tour of Python" is a title).
 *
 * @param printedNumber the number as printed ({@code 20.4}, {@code A}, {@code IV}), or empty
 */
public record NumberedTitle(String printedNumber, String title) {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,4})*)\\.?\\s+(\\S.*)");
    private static final Pattern LETTERED = Pattern.compile("([A-Z]\\.\\d{1,4}(?:\\.\\d{1,4})*)\\.?\\s+(\\S.*)");
    private static final Pattern NAMED = Pattern.compile(
            "(?:Chapter|Part|Appendix|Section|Kapitel|Teil|Anhang)\\s+([0-9]{1,4}|[A-Z]|[IVXLC]{1,8})[.:]?\\s+(\\S.*)",
            Pattern.CASE_INSENSITIVE);

    /** Splits a heading's text; whitespace is folded and a trailing pilcrow or anchor sign dropped. */
    public static NumberedTitle of(String heading) {
        String text =
                SPACES.matcher(heading.replace('\u00a0', ' ')).replaceAll(" ").strip();
        text = text.replaceAll("[\u00b6#\u00a7]+$", "").strip();
        for (Pattern pattern : List.of(NAMED, LETTERED, DIGITS)) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return new NumberedTitle(
                        m.group(1).toUpperCase(Locale.ROOT), m.group(2).strip());
            }
        }
        return new NumberedTitle("", text);
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
}
