package studybot.dailytips;

import java.util.Optional;

/**
 * Whether studybot can post tips in a channel, asked before admins' settings are saved so a wrong channel is refused at
 * once instead of pausing tomorrow's tip.
 */
@FunctionalInterface
public interface PostingAccess {

    /** Empty when studybot can post tips in {@code channelId} of {@code serverId}; otherwise what an admin must fix. */
    Optional<PostingProblem> problem(long serverId, long channelId);
}
