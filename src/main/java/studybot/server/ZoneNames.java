package studybot.server;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The name of a time zone as a member reads it. Java names the zero offset {@code Z}, which is how a zone chosen by
 * default (no zone typed, no server zone set) would otherwise show: members read {@code UTC}.
 */
public final class ZoneNames {

    private ZoneNames() {}

    /** {@code UTC} for the zero offset {@code Z}, else the zone's id, such as {@code Europe/Berlin} or {@code GMT}. */
    public static String shown(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
