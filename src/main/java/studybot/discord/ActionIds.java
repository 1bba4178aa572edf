package studybot.discord;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.SectionNumber;
import studybot.reply.OpenSection;

/**
 * Encodes a follow-up action into a component's {@code custom_id} and back. The id carries everything the click
 * needs, so buttons are stateless and keep working after a restart or a reload. Two kinds: {@code nav} edits the
 * message it sits on (previous, next, page), {@code open} answers with a new message (a search hit, a tip's
 * "Read" button), so the message clicked on stays as it was.
 */
public final class ActionIds {

    /** Discord's limit for a {@code custom_id}. */
    public static final int MAX_LENGTH = 100;
    /** The {@code custom_id} of the pick list of results; its option values are {@link #value} strings. */
    public static final String PICK_LIST = "pick";

    private static final Pattern ID = Pattern.compile("(nav|open):(\\d{1,4}\\.\\d{1,4}):(\\d{1,4})");
    private static final Pattern VALUE = Pattern.compile("(\\d{1,4}\\.\\d{1,4}):(\\d{1,4})");

    /** What a click asks for. */
    public enum Mode { NAV, OPEN }

    /** A decoded click. */
    public record Click(Mode mode, OpenSection target) {
    }

    private ActionIds() {
    }

    public static String id(Mode mode, OpenSection target) {
        return mode.name().toLowerCase(Locale.ROOT) + ":" + value(target);
    }

    /** The value of a pick-list option: the section and page it opens. */
    public static String value(OpenSection target) {
        return target.section() + ":" + target.page();
    }

    /** The click a button id stands for; empty for ids this bot did not make (or an older format). */
    public static Optional<Click> parse(String customId) {
        Matcher m = ID.matcher(customId);
        if (!m.matches()) {
            return Optional.empty();
        }
        return target(m.group(2), m.group(3))
                .map(target -> new Click(m.group(1).equals("nav") ? Mode.NAV : Mode.OPEN, target));
    }

    /** The section a pick-list option value opens; empty for values this bot did not make. */
    public static Optional<OpenSection> parseValue(String value) {
        Matcher m = VALUE.matcher(value);
        return m.matches() ? target(m.group(1), m.group(2)) : Optional.empty();
    }

    private static Optional<OpenSection> target(String number, String page) {
        return SectionNumber.parse(number).map(section -> new OpenSection(section, Integer.parseInt(page)));
    }
}
