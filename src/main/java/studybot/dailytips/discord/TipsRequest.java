package studybot.dailytips.discord;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One use of {@code /tips} in plain values, so the command's rules are tested without Discord and the JDA adapter
 * stays a thin translation.
 *
 * @param serverId        the server it was used in; empty in a direct message
 * @param mayManageServer whether the member holds Manage Server in that server
 * @param subcommand      one of {@link TipsCommand#SUBCOMMANDS}, or whatever Discord sent
 * @param channelId       {@code set} only: the chosen channel
 * @param time            {@code set} only: the post time as typed
 * @param timezone        {@code set} only: the zone as typed
 */
public record TipsRequest(OptionalLong serverId, boolean mayManageServer, String subcommand, OptionalLong channelId,
                          Optional<String> time, Optional<String> timezone) {

    public TipsRequest {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(subcommand, "subcommand");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(timezone, "timezone");
    }
}
