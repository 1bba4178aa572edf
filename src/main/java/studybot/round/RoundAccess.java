package studybot.round;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who may start rounds in a server, and where, as its managers set it with {@code /round limit}: by default anyone, in
 * any channel.
 *
 * @param managersOnly whether only members with Manage Server may start rounds
 * @param channels the channels rounds are limited to; empty for any channel
 */
record RoundAccess(boolean managersOnly, Set<Long> channels) {

    static final RoundAccess ANYONE_ANYWHERE = new RoundAccess(false, Set.of());

    RoundAccess {
        channels = Set.copyOf(new TreeSet<>(channels));
    }

    boolean allowsChannel(long channelId) {
        return channels.isEmpty() || channels.contains(channelId);
    }

    RoundAccess withManagersOnly(boolean only) {
        return new RoundAccess(only, channels);
    }

    RoundAccess withChannel(long channelId) {
        Set<Long> more = new TreeSet<>(channels);
        more.add(channelId);
        return new RoundAccess(managersOnly, more);
    }

    RoundAccess anywhere() {
        return new RoundAccess(managersOnly, Set.of());
    }
}
