package studybot.library.imports;

import java.util.Map;
import java.util.Objects;
import studybot.i18n.Texts;
import studybot.i18n.Wording;

/**
 * A part of the source that was not imported, so that nothing is dropped silently: the load report counts these by kind
 * and lists each with its reason and location. The reason is worded for whoever reads the report ({@code /book info} in
 * a member's language, {@code check-book} and the log in English).
 *
 * @param kind what was left out, in a word: {@code front-matter}, {@code script}, {@code empty-page} …
 * @param reason why, in words a book's owner understands
 * @param location where in the source
 */
public record Skipped(String kind, Wording reason, String location) {

    private static final Texts TEXTS = Texts.load("library");

    public Skipped {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
    }

    /**
     * @param why the reason's text in the library's bundle, {@code skipped.<why>}
     * @param arguments its named arguments
     */
    public static Skipped of(String kind, String why, Map<String, ?> arguments, String location) {
        return new Skipped(kind, new Wording(TEXTS, "skipped." + why, arguments), location);
    }
}
