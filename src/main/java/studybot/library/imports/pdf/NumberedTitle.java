package studybot.library.imports.pdf;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading split into the number the book prints and the title proper: "20.4 Resource Consumption", "20.4. Resource
 * Consumption", "A.3 Grammar", "Chapter 3: Replication", "Appendix B — Tools". A lone capital is a number only with a
 * dot after it ("A. Tools"), so "A Tour of Python" keeps its first word. A heading that is only a label ("Chapter 3")
 * keeps it as its title, having no other.
 */
record NumberedTitle(String number, String title) {

    private static final Pattern LABELLED =
            Pattern.compile("(?i)(?:chapter|appendix)\\s+(\\d+|[A-Z]|[IVXLC]+)\\b[.:]?\\s*(?:[-–—:]\\s*)?(.*)");
    private static final Pattern DOTTED =
            Pattern.compile("((?:\\d{1,3}|[A-Z])(?:\\.\\d{1,3})+|\\d{1,3}|[A-Z](?=\\.))\\.?\\s+(\\S.*)");

    static NumberedTitle of(String heading) {
        return parse(heading).orElseGet(() -> new NumberedTitle("", heading.strip()));
    }

    /** The heading's printed number and title, or empty when it prints no number. */
    static Optional<NumberedTitle> parse(String heading) {
        String text = heading.strip();
        Matcher labelled = LABELLED.matcher(text);
        if (labelled.matches()) {
            String rest = labelled.group(2).strip();
            return Optional.of(
                    new NumberedTitle(labelled.group(1).toUpperCase(Locale.ROOT), rest.isEmpty() ? text : rest));
        }
        Matcher dotted = DOTTED.matcher(text);
        if (dotted.matches()) {
            return Optional.of(
                    new NumberedTitle(dotted.group(1), dotted.group(2).strip()));
        }
        return Optional.empty();
    }
}
