package studybot.dailytips.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.dailytips.PostingAccess;
import studybot.reply.Text;

/**
 * Checks, from JDA's cache, that a channel is a text channel of the server that studybot can see and post tips in: View
 * Channel, Send Messages, and Embed Links (without it Discord drops the tip's embed and posts an empty message).
 */
final class JdaPostingAccess implements PostingAccess {

    static final Set<Permission> NEEDED =
            EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS);

    private final ConnectedShards shards;

    JdaPostingAccess(ConnectedShards shards) {
        this.shards = shards;
    }

    @Override
    public Optional<Text> problem(long serverId, long channelId) {
        Optional<ShardManager> connection = shards.get();
        if (connection.isEmpty()) {
            return Optional.of(Text.plain("studybot is still connecting to Discord; try again in a moment."));
        }
        TextChannel channel = connection.get().getTextChannelById(channelId);
        if (channel == null || channel.getGuild().getIdLong() != serverId) {
            return Optional.of(Text.builder()
                    .channel(channelId)
                    .plain(" is not a text channel of this server that studybot can see. Choose a text channel, and"
                            + " give studybot View Channel there.")
                    .build());
        }
        return problemWith(channel);
    }

    /** What studybot lacks to post tips in {@code channel}, if anything. */
    static Optional<Text> problemWith(TextChannel channel) {
        Member self = channel.getGuild().getSelfMember();
        List<String> missing = NEEDED.stream()
                .filter(permission -> !self.hasPermission(channel, permission))
                .map(Permission::getName)
                .toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Text.builder()
                .plain("studybot needs " + String.join(", ", missing) + " in ")
                .channel(channel.getIdLong())
                .plain(" to post tips. Grant " + (missing.size() == 1 ? "it" : "them")
                        + " to studybot's role in that channel's permissions.")
                .build());
    }
}
