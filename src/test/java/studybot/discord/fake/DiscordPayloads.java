package studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the JSON objects Discord would send for the fake's {@link FakeWorld}: users, roles, members, channels, the
 * READY and GUILD_CREATE payloads, and messages. Fields JDA 6.5 reads with a non-optional getter are always present,
 * which is why some look redundant (empty arrays, explicit {@code false}s).
 */
public final class DiscordPayloads {

    private static final String JOINED_AT = "2024-09-01T12:00:00.000000+00:00";

    private DiscordPayloads() {}

    public static ObjectNode botUser(FakeWorld world) {
        return user(world.botUserId(), world.botName(), true)
                .put("verified", true)
                .put("mfa_enabled", false)
                .put("flags", 0);
    }

    public static ObjectNode humanUser(FakeWorld world, Invoker invoker) {
        return user(world.userId(invoker), world.userName(invoker), false);
    }

    static ObjectNode user(String id, String name, boolean bot) {
        return Json.object()
                .put("id", id)
                .put("username", name)
                .put("global_name", name)
                .put("discriminator", "0")
                .putNull("avatar")
                .put("bot", bot)
                .put("public_flags", 0);
    }

    /** The server's text channel as it appears in GUILD_CREATE and in guild interactions. */
    public static ObjectNode textChannel(FakeWorld world) {
        ObjectNode channel = Json.object()
                .put("id", world.channelId())
                .put("type", 0)
                .put("guild_id", world.guildId())
                .put("name", world.channelName())
                .put("position", 0)
                .putNull("parent_id")
                .put("topic", "Ask the book")
                .put("nsfw", false)
                .putNull("last_message_id")
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        channel.putArray("permission_overwrites");
        return channel;
    }

    /** A public thread (type 11) the bot opened on a message of {@code parentId}, its id the message's. */
    static ObjectNode thread(FakeWorld world, String threadId, String parentId, String name, int autoArchiveMinutes) {
        return thread(world, threadId, parentId, world.botUserId(), name, autoArchiveMinutes);
    }

    /** A public thread (type 11) in {@code parentId}, started by {@code ownerId}, as channel objects describe it. */
    static ObjectNode thread(
            FakeWorld world, String threadId, String parentId, String ownerId, String name, int autoArchiveMinutes) {
        ObjectNode thread = Json.object()
                .put("id", threadId)
                .put("type", 11)
                .put("guild_id", world.guildId())
                .put("parent_id", parentId)
                .put("owner_id", ownerId)
                .put("name", name)
                .putNull("last_message_id")
                .put("rate_limit_per_user", 0)
                .put("message_count", 0)
                .put("member_count", 1)
                .put("total_message_sent", 0)
                .put("flags", 0);
        thread.putObject("thread_metadata")
                .put("archived", false)
                .put("auto_archive_duration", autoArchiveMinutes)
                .put("archive_timestamp", JOINED_AT)
                .put("locked", false);
        return thread;
    }

    /** The bot's DM channel with a user, as it appears in DM interactions (Discord lists the bot as recipient). */
    public static ObjectNode dmChannel(FakeWorld world) {
        ObjectNode channel = Json.object()
                .put("id", world.dmChannelId())
                .put("type", 1)
                .putNull("last_message_id")
                .put("flags", 0);
        channel.putArray("recipients").add(botUser(world));
        return channel;
    }

    /**
     * The bot's DM channel with {@code userId}, as {@code POST /users/@me/channels} answers it (the recipient is the
     * user); the world's DM channel for a user of the world, a channel of its own for anyone else.
     */
    static ObjectNode dmChannelWith(FakeWorld world, String channelId, String userId) {
        ObjectNode channel = Json.object()
                .put("id", channelId)
                .put("type", 1)
                .putNull("last_message_id")
                .put("flags", 0);
        channel.putArray("recipients").add(user(userId, "member-" + userId, false));
        return channel;
    }

    static ObjectNode member(ObjectNode user, String... roleIds) {
        ObjectNode member = Json.object().set("user", user);
        ArrayNode roles = member.putArray("roles");
        for (String roleId : roleIds) {
            roles.add(roleId);
        }
        return member.putNull("nick")
                .putNull("avatar")
                .put("joined_at", JOINED_AT)
                .putNull("premium_since")
                .put("deaf", false)
                .put("mute", false)
                .put("pending", false)
                .put("flags", 0)
                .putNull("communication_disabled_until");
    }

    /** A human's guild member object, including the {@code permissions} field Discord adds in interactions. */
    public static ObjectNode humanMember(FakeWorld world, Invoker invoker) {
        ObjectNode user = humanUser(world, invoker);
        return switch (invoker) {
            case OWNER -> member(user).put("permissions", Long.toString(FakeWorld.ALL_PERMISSIONS));
            case ADMIN ->
                member(user, world.moderatorRoleId())
                        .put(
                                "permissions",
                                Long.toString(FakeWorld.EVERYONE_PERMISSIONS | FakeWorld.MODERATOR_PERMISSIONS));
            case MEMBER -> member(user).put("permissions", Long.toString(FakeWorld.EVERYONE_PERMISSIONS));
        };
    }

    static ObjectNode role(String id, String name, long permissions, int position, boolean managed) {
        ObjectNode role = Json.object()
                .put("id", id)
                .put("name", name)
                .put("color", 0)
                .put("hoist", false)
                .putNull("icon")
                .putNull("unicode_emoji")
                .put("position", position)
                .put("permissions", Long.toString(permissions))
                .put("managed", managed)
                .put("mentionable", false)
                .put("flags", 0);
        role.putObject("colors")
                .put("primary_color", 0)
                .putNull("secondary_color")
                .putNull("tertiary_color");
        return role;
    }

    /** READY for a fresh session: the one guild listed as unavailable until its GUILD_CREATE follows. */
    public static ObjectNode ready(FakeWorld world, String sessionId, String resumeGatewayUrl, JsonNode shard) {
        return ready(world, List.of(world), sessionId, resumeGatewayUrl, shard);
    }

    /** READY for a fresh session of one shard: its servers listed as unavailable until their GUILD_CREATEs follow. */
    public static ObjectNode ready(
            FakeWorld world, List<FakeWorld> servers, String sessionId, String resumeGatewayUrl, JsonNode shard) {
        ObjectNode ready = Json.object().put("v", 10);
        ready.set("user", botUser(world));
        ArrayNode guilds = ready.putArray("guilds");
        servers.forEach(server -> guilds.addObject().put("id", server.guildId()).put("unavailable", true));
        ready.putArray("private_channels");
        ready.putArray("presences");
        ready.putArray("relationships");
        ready.putArray("guild_join_requests");
        ready.put("session_id", sessionId).put("session_type", "normal").put("resume_gateway_url", resumeGatewayUrl);
        ready.set("shard", shard);
        ready.putObject("application").put("id", world.applicationId()).put("flags", 0);
        ready.putArray("_trace").add("fake-discord");
        return ready;
    }

    /** GUILD_CREATE for the server, with every member so JDA never asks for chunks. */
    public static ObjectNode guildCreate(FakeWorld world) {
        ObjectNode guild = Json.object()
                .put("id", world.guildId())
                .put("name", world.guildName())
                .putNull("icon")
                .putNull("splash")
                .putNull("banner")
                .putNull("description")
                .put("owner_id", world.ownerId())
                .put("preferred_locale", world.preferredLocale())
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("max_members", 500000)
                .putNull("system_channel_id")
                .put("system_channel_flags", 0)
                .put("joined_at", JOINED_AT)
                .put("large", false)
                .put("unavailable", false)
                .put("member_count", world.memberCount());
        guild.putArray("features");
        ArrayNode roles = guild.putArray("roles");
        roles.add(role(world.guildId(), "@everyone", FakeWorld.EVERYONE_PERMISSIONS, 0, false));
        roles.add(role(world.botRoleId(), world.botName(), FakeWorld.BOT_PERMISSIONS, 1, true));
        roles.add(role(world.moderatorRoleId(), "Moderators", FakeWorld.MODERATOR_PERMISSIONS, 2, false));
        ((ObjectNode) roles.get(1)).putObject("tags").put("bot_id", world.botUserId());
        guild.putArray("channels").add(textChannel(world));
        ArrayNode members = guild.putArray("members");
        for (Invoker invoker : Invoker.values()) {
            members.add(humanMember(world, invoker).without("permissions"));
        }
        members.add(member(botUser(world), world.botRoleId()));
        for (String empty : new String[] {
            "threads",
            "guild_scheduled_events",
            "emojis",
            "stickers",
            "voice_states",
            "presences",
            "stage_instances",
            "soundboard_sounds"
        }) {
            guild.putArray(empty);
        }
        return guild;
    }

    /**
     * A message the bot authored in {@code channelId}, carrying over what the bot asked for in {@code requested}
     * (content, embeds, components, flags, nonce). Webhook-style (interaction) messages also get {@code webhook_id}.
     */
    public static ObjectNode botMessage(
            FakeWorld world, String messageId, String channelId, JsonNode requested, boolean viaWebhook) {
        ObjectNode message = Json.object()
                .put("id", messageId)
                .put("type", 0)
                .put("channel_id", channelId)
                .put("content", requested.path("content").asText(""))
                .put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .putNull("edited_timestamp")
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("flags", requested.path("flags").asInt(0));
        message.set("author", user(world.botUserId(), world.botName(), true));
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("attachments");
        ArrayNode embeds = message.putArray("embeds");
        requested.path("embeds").forEach(embed -> {
            ObjectNode copy = (ObjectNode) embed.deepCopy();
            copy.putIfAbsent("type", copy.textNode("rich"));
            embeds.add(copy);
        });
        message.set(
                "components",
                requested.path("components").isArray()
                        ? requested.get("components").deepCopy()
                        : Json.array());
        if (requested.hasNonNull("nonce")) {
            message.set("nonce", requested.get("nonce"));
        }
        if (viaWebhook) {
            message.put("webhook_id", world.applicationId()).put("application_id", world.applicationId());
        }
        return message;
    }

    /**
     * {@code message} with the attachments Discord makes of the files uploaded with it, as it answers: each
     * {@code files[n]} part becomes an attachment with a new id, its filename, size and media type, a CDN url, and the
     * description its {@code attachments} entry {@code n} in the request gave.
     */
    static ObjectNode withUploads(
            ObjectNode message, JsonNode requested, List<UploadedFile> files, Supplier<String> newId) {
        ArrayNode attachments = message.putArray("attachments");
        for (UploadedFile file : files) {
            String index = file.fieldName().replaceAll("\\D", "");
            JsonNode entry = Json.array();
            for (JsonNode asked : requested.path("attachments")) {
                if (asked.path("id").asText().equals(index)) {
                    entry = asked;
                }
            }
            String id = newId.get();
            String url = "https://cdn.discordapp.com/attachments/"
                    + message.path("channel_id").asText() + "/" + id + "/" + file.fileName();
            ObjectNode attachment = attachments
                    .addObject()
                    .put("id", id)
                    .put("filename", file.fileName())
                    .put("size", file.content().length)
                    .put("url", url)
                    .put("proxy_url", url.replace("cdn.discordapp.com", "media.discordapp.net"))
                    .put("content_type", file.contentType() == null ? "application/octet-stream" : file.contentType());
            if (entry.hasNonNull("description")) {
                attachment.put("description", entry.get("description").asText());
            }
        }
        return message;
    }

    /**
     * A bot message in {@code channelId} whose only component is a pick list {@code customId} offering {@code value}.
     */
    public static ObjectNode botMessageWithPickList(
            FakeWorld world, String messageId, String channelId, String customId, String value) {
        ObjectNode requested = Json.object().put("content", "Pick one");
        ObjectNode menu = requested
                .putArray("components")
                .addObject()
                .put("type", 1)
                .putArray("components")
                .addObject()
                .put("type", 3)
                .put("custom_id", customId);
        menu.putArray("options").addObject().put("label", value).put("value", value);
        return botMessage(world, messageId, channelId, requested, false);
    }

    /** A bot message in {@code channelId} whose only component is one primary button with {@code customId}. */
    public static ObjectNode botMessageWithButton(
            FakeWorld world, String messageId, String channelId, String customId) {
        ObjectNode requested = Json.object().put("content", "Press the button");
        requested
                .putArray("components")
                .addObject()
                .put("type", 1)
                .putArray("components")
                .addObject()
                .put("type", 2)
                .put("style", 1)
                .put("label", "Next")
                .put("custom_id", customId);
        return botMessage(world, messageId, channelId, requested, false);
    }
}
