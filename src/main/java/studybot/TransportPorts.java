package studybot;

import java.util.Objects;
import studybot.dailytips.DailyTips;
import studybot.dailytips.PostingAccess;
import studybot.dailytips.TipChannel;
import studybot.stats.ConnectionInfo;

/**
 * The little the features need from the transport they run on: where daily posts go, how a channel is checked,
 * which servers this process posts for, and what {@code /stats} says of the connection. Discord gives JDA's; the
 * console gives offline ones that post nothing.
 */
record TransportPorts(TipChannel tipChannel, PostingAccess postingAccess, DailyTips.Posting posting,
                      ConnectionInfo connection) {

    TransportPorts {
        Objects.requireNonNull(tipChannel, "tipChannel");
        Objects.requireNonNull(postingAccess, "postingAccess");
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(connection, "connection");
    }
}
