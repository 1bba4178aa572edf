package studybot.library.imports;

import java.util.Locale;
import java.util.Map;
import studybot.i18n.Languages;
import studybot.i18n.Texts;

/**
 * A heading numbered by its place in the table of contents instead of its printed number, kept as facts so the load
 * report words it for its reader ({@code /book info} in German) while the log and {@code check-book} read English.
 *
 * @param heading the heading as printed, with its printed number and where it is ({@code 6.2 Stray (ch06.xhtml)})
 * @param number the number it was given
 * @param byFileName whether the number came from the order of the files' names, the book giving no order of its own
 */
public record Renumbered(String heading, String number, boolean byFileName) {

    private static final Texts TEXTS = Texts.load("library");

    /** The report's line in {@code reader}'s language. */
    public String in(Locale reader) {
        return TEXTS.format(
                reader,
                byFileName ? "report.renumbered.lineByFileName" : "report.renumbered.line",
                Map.of("heading", heading, "number", number));
    }

    /** The English line, for the log and {@code check-book}. */
    @Override
    public String toString() {
        return in(Languages.ENGLISH);
    }
}
