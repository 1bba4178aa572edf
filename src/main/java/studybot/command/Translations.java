package studybot.command;

import java.util.Locale;
import java.util.Map;
import studybot.i18n.Texts;

/**
 * A command's descriptions in the languages other than English, for Discord's slash-command picker (command names stay
 * English, so they read the same in every guide). Found in the command's feature bundle under {@code describe.} and the
 * description's path: {@code describe.plan}, {@code describe.plan.set}, {@code describe.plan.set.start}.
 */
@FunctionalInterface
public interface Translations {

    /**
     * The description at {@code path} in each language that has it, English left out.
     *
     * @param path the command's name, then the subcommand's and the option's, joined by dots
     */
    Map<Locale, String> descriptionsOf(String path);

    /** A command described in English only. */
    static Translations none() {
        return path -> Map.of();
    }

    /** The descriptions in a feature's bundle. */
    static Translations from(Texts texts) {
        return path -> texts.translations("describe." + path);
    }
}
