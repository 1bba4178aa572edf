package studybot.discord.fake;

import java.util.Locale;
import java.util.Objects;

/**
 * The fixed universe the fake Discord serves: one bot application, one server with one text channel, three humans and
 * the bot, and a DM channel. Ids are constants so tests can assert on them and JDA's cache alike.
 *
 * <p>The server's preferred locale is {@code en-US}, as Discord reports it for every server that is not a Community
 * server; {@link #withPreferredLocale} makes it a Community server that chose another.
 *
 * <p>Roles: {@code @everyone} (id = guild id) may read, write and use commands; "Moderators" adds {@code MANAGE_GUILD};
 * the bot's managed role adds embeds and attachments.
 */
public record FakeWorld(
        String applicationId,
        String botName,
        String guildId,
        String guildName,
        String channelId,
        String channelName,
        String dmChannelId,
        String moderatorRoleId,
        String botRoleId,
        String ownerId,
        String adminId,
        String memberId,
        String preferredLocale) {

    /** Discord permission bits used by the fake's roles. */
    static final long VIEW_CHANNEL = 1L << 10;

    static final long SEND_MESSAGES = 1L << 11;
    static final long EMBED_LINKS = 1L << 14;
    static final long ATTACH_FILES = 1L << 15;
    static final long READ_MESSAGE_HISTORY = 1L << 16;
    static final long USE_APPLICATION_COMMANDS = 1L << 31;
    static final long MANAGE_GUILD = 1L << 5;
    static final long CREATE_PUBLIC_THREADS = 1L << 35;
    static final long SEND_MESSAGES_IN_THREADS = 1L << 38;
    static final long ALL_PERMISSIONS = (1L << 53) - 1;

    static final long EVERYONE_PERMISSIONS =
            VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS;
    static final long MODERATOR_PERMISSIONS = MANAGE_GUILD;
    static final long BOT_PERMISSIONS = EMBED_LINKS | ATTACH_FILES;

    public FakeWorld {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(preferredLocale, "preferredLocale");
    }

    /** The world every test gets unless it builds its own. */
    public static FakeWorld standard() {
        return new FakeWorld(
                "100000000000000001",
                "studybot",
                "200000000000000001",
                "Study Group",
                "300000000000000001",
                "study-hall",
                "300000000000000002",
                "400000000000000001",
                "400000000000000002",
                "500000000000000001",
                "500000000000000002",
                "500000000000000003",
                "en-US");
    }

    /**
     * Server number {@code number} (from 1) of a bot in many servers: the same bot and people, in a server with ids of
     * its own. Its id is {@code (1_000_000 + number) << 22}, so it sits on shard {@code (1_000_000 + number) % total}:
     * consecutive numbers spread evenly over the shards.
     */
    public FakeWorld otherServer(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("servers are numbered from 1: " + number);
        }
        long guild = (1_000_000L + number) << 22;
        return new FakeWorld(
                applicationId,
                botName,
                Long.toString(guild),
                "Study Group " + number,
                Long.toString(guild + 1),
                channelName,
                dmChannelId,
                Long.toString(guild + 2),
                Long.toString(guild + 3),
                ownerId,
                adminId,
                memberId,
                preferredLocale);
    }

    /**
     * This server as a Community server whose preferred locale is {@code locale}, a Discord locale code such as
     * {@code de} (sent in GUILD_CREATE's {@code preferred_locale} and every interaction's {@code guild_locale}).
     */
    public FakeWorld withPreferredLocale(String locale) {
        return new FakeWorld(
                applicationId,
                botName,
                guildId,
                guildName,
                channelId,
                channelName,
                dmChannelId,
                moderatorRoleId,
                botRoleId,
                ownerId,
                adminId,
                memberId,
                locale);
    }

    /** The bot's user id, which Discord makes equal to its application id. */
    public String botUserId() {
        return applicationId;
    }

    /** Total members in the server (the three humans and the bot), as sent in {@code member_count}. */
    public int memberCount() {
        return 4;
    }

    public String userId(Invoker invoker) {
        return switch (invoker) {
            case OWNER -> ownerId;
            case ADMIN -> adminId;
            case MEMBER -> memberId;
        };
    }

    String userName(Invoker invoker) {
        return invoker.name().toLowerCase(Locale.ROOT);
    }
}
