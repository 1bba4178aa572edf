package studybot.section;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.SectionNumber;

/**
 * The component ids the section feature owns. Each carries the section and page it opens, so buttons are stateless and
 * keep working after a restart or a reload: {@code nav:20.5:0} edits the message it sits on (previous, next, page),
 * {@code open:62.8:0} answers with a new message (a search hit, a tip's "Read" button), and the pick list {@code pick}
 * has values {@code 62.8:0}.
 */
public final class SectionIds {

    /** Previous, next and page buttons: the message clicked on shows the new page. */
    public static final String NAV = "nav";
    /** Open buttons: a new message shows the section, the one clicked on stays. */
    public static final String OPEN = "open";
    /** "Mark as read" buttons, {@code read:20.4}: answered by the reading-progress feature, which owns the prefix. */
    public static final String MARK_READ = "read";
    /** The pick list of sections; its values are {@link #value} strings. */
    public static final String PICK_LIST = "pick";

    /** 20.4, or deeper to 20.4.1.2.3.4; the two-level ids of buttons posted before sub-sections still match. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(?:\\.\\d{1,4}){1,5}");

    private static final Pattern PAGE = Pattern.compile("\\d{1,4}");
    private static final Pattern VALUE = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,4}){1,5}):(\\d{1,4})");

    private SectionIds() {}

    /** A button id, e.g. {@code nav:20.5:0}. */
    public static String id(String prefix, OpenSection target) {
        return prefix + ":" + value(target);
    }

    /** The value of a pick-list entry: the section and page it opens. */
    public static String value(OpenSection target) {
        return target.section() + ":" + target.page();
    }

    /** The target of a button whose id had {@code args} after its prefix; empty for ids this bot did not make. */
    public static Optional<OpenSection> parseArgs(List<String> args) {
        if (args.size() != 2
                || !NUMBER.matcher(args.get(0)).matches()
                || !PAGE.matcher(args.get(1)).matches()) {
            return Optional.empty();
        }
        return target(args.get(0), args.get(1));
    }

    /** The section a pick-list value opens; empty for values this bot did not make. */
    public static Optional<OpenSection> parseValue(String value) {
        Matcher m = VALUE.matcher(value);
        return m.matches() ? target(m.group(1), m.group(2)) : Optional.empty();
    }

    private static Optional<OpenSection> target(String number, String page) {
        return SectionNumber.parse(number).map(section -> new OpenSection(section, Integer.parseInt(page)));
    }
}
