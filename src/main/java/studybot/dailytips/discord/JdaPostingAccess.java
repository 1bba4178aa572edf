package studybot.dailytips.discord;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.dailytips.PostingAccess;
import studybot.dailytips.PostingProblem;

/**
 * Checks, from JDA's cache, that a channel is a text channel of the server that studybot can see and post tips in: View
 * Channel, Send Messages, and Embed Links (without it Discord drops the tip's embed and posts an empty message).
 */
final class JdaPostingAccess implements PostingAccess {

    /** What posting a tip needs, by JDA's names and the feature's. */
    static final Map<Permission, PostingProblem.Permission> NEEDED = neededPermissions();

    private final ConnectedShards shards;

    JdaPostingAccess(ConnectedShards shards) {
        this.shards = shards;
    }

    @Override
    public Optional<PostingProblem> problem(long serverId, long channelId) {
        Optional<ShardManager> connection = shards.get();
        if (connection.isEmpty()) {
            return Optional.of(new PostingProblem(PostingProblem.Kind.CONNECTING, channelId, List.of()));
        }
        TextChannel channel = connection.get().getTextChannelById(channelId);
        if (channel == null || channel.getGuild().getIdLong() != serverId) {
            return Optional.of(new PostingProblem(PostingProblem.Kind.NOT_A_CHANNEL, channelId, List.of()));
        }
        return problemWith(channel);
    }

    /** What studybot lacks to post tips in {@code channel}, if anything. */
    static Optional<PostingProblem> problemWith(TextChannel channel) {
        Member self = channel.getGuild().getSelfMember();
        List<PostingProblem.Permission> missing = NEEDED.entrySet().stream()
                .filter(needed -> !self.hasPermission(channel, needed.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PostingProblem(PostingProblem.Kind.MISSING_PERMISSIONS, channel.getIdLong(), missing));
    }

    private static Map<Permission, PostingProblem.Permission> neededPermissions() {
        Map<Permission, PostingProblem.Permission> needed = new EnumMap<>(Permission.class);
        needed.put(Permission.VIEW_CHANNEL, PostingProblem.Permission.VIEW_CHANNEL);
        needed.put(Permission.MESSAGE_SEND, PostingProblem.Permission.SEND_MESSAGES);
        needed.put(Permission.MESSAGE_EMBED_LINKS, PostingProblem.Permission.EMBED_LINKS);
        return Collections.unmodifiableMap(needed);
    }
}
