package studybot.server;

import java.time.ZoneId;

/**
 * The timezone a server's days are counted in: the one its daily post uses, so "today's reading" changes when the
 * server's day does.
 */
@FunctionalInterface
public interface ServerZones {

    ZoneId zoneOf(long serverId);
}
