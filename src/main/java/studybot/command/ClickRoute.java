package studybot.command;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Sends every component id that starts with {@code prefix:} (or is exactly {@code prefix}) to {@code handler}, answered
 * as {@code mode} says; {@code update} may then refresh the clicked message (only for {@link ClickMode#PRIVATE_REPLY},
 * whose answer is a new private message). A feature owns its prefixes; the registry refuses two features claiming one.
 */
public record ClickRoute(String prefix, ClickMode mode, ClickHandler handler, ClickUpdate update) {

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]{0,19}");

    public ClickRoute {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(update, "update");
        if (mode != ClickMode.PRIVATE_REPLY && update != ClickUpdate.NONE) {
            throw new IllegalArgumentException("only private replies leave the clicked message to update: " + prefix);
        }
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a prefix is 1-20 lower-case letters, digits or '-': " + prefix);
        }
    }

    /** A route that leaves clicked messages as they are. */
    public ClickRoute(String prefix, ClickMode mode, ClickHandler handler) {
        this(prefix, mode, handler, ClickUpdate.NONE);
    }

    /** The prefix an id is routed by: everything before the first {@code :}. */
    public static String prefixOf(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }
}
