package studybot.library.imports;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import studybot.i18n.Languages;
import studybot.i18n.Texts;

/**
 * A heading numbered by its place in the table of contents instead of its printed number, kept as facts so the load
 * report words it for its reader ({@code /book info} in German) while the log and {@code check-book} read English.
 *
 * @param heading the heading as printed, with its printed number and where it is ({@code 6.2 Stray (ch06.xhtml)})
 * @param number the number it was given
 * @param order where the order that gave the number came from: the table of contents, the start page's links, or only
 *     the files' names
 */
public record Renumbered(String heading, String number, ImportedBook.Order order) {

    private static final Texts TEXTS = Texts.load("library");

    public Renumbered {
        Objects.requireNonNull(order, "order");
    }

    /** The report's line in {@code reader}'s language. */
    public String in(Locale reader) {
        String key = switch (order) {
            case CONTENTS -> "report.renumbered.line";
            case FILE_NAMES -> "report.renumbered.lineByFileName";
            case START_PAGE_LINKS -> "report.renumbered.lineByStartPage";
        };
        return TEXTS.format(reader, key, Map.of("heading", heading, "number", number));
    }

    /** The English line, for the log and {@code check-book}. */
    @Override
    public String toString() {
        return in(Languages.ENGLISH);
    }
}
