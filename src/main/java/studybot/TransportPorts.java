package studybot;

import java.util.Objects;
import studybot.dailytips.DailyTips;
import studybot.dailytips.PostingAccess;
import studybot.dailytips.TipChannel;
import studybot.i18n.PreferredLocales;
import studybot.remind.DirectMessages;
import studybot.round.RoundChannel;
import studybot.stats.ConnectionInfo;
import studybot.threads.ThreadPort;

/**
 * The little the features need from the transport they run on: where daily posts go, how a channel is checked, which
 * servers this process posts for, what {@code /stats} says of the connection, where round messages go, and where
 * discussion threads are opened, each server's preferred locale (for the daily post's language), and how members are
 * sent DMs (reminders). Discord gives JDA's; the console gives offline ones that post no daily tips and prints rounds.
 */
record TransportPorts(
        TipChannel tipChannel,
        PostingAccess postingAccess,
        DailyTips.Posting posting,
        ConnectionInfo connection,
        RoundChannel roundChannel,
        ThreadPort threads,
        PreferredLocales preferredLocales,
        DirectMessages directMessages) {

    TransportPorts {
        Objects.requireNonNull(tipChannel, "tipChannel");
        Objects.requireNonNull(postingAccess, "postingAccess");
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(roundChannel, "roundChannel");
        Objects.requireNonNull(threads, "threads");
        Objects.requireNonNull(preferredLocales, "preferredLocales");
        Objects.requireNonNull(directMessages, "directMessages");
    }
}
