package studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Describes one INTERACTION_CREATE to dispatch: a slash command, an autocomplete request or a button click, by whom and
 * where. Obtain one from {@link FakeDiscord}, adjust it, then {@link #send()}. By default the {@link Invoker#MEMBER}
 * acts in the server's text channel.
 *
 * <pre>{@code
 * SentInteraction sent = discord.slashCommand("section").option("number", "20.4").by(Invoker.ADMIN).send();
 * RecordedRequest reply = discord.awaitCallback(sent, Duration.ofSeconds(20));
 * }</pre>
 */
public final class InteractionBuilder {

    /** The interaction kinds the fake can dispatch, with Discord's interaction type numbers. */
    enum Kind {
        SLASH_COMMAND(2),
        BUTTON_CLICK(3),
        PICK(3),
        AUTOCOMPLETE(4);

        final int type;

        Kind(int type) {
            this.type = type;
        }
    }

    private static final int BUTTON_COMPONENT = 2;
    private static final int STRING_SELECT_COMPONENT = 3;
    private static final int GROUP_DM = 3;
    /** The number of the {@link FakeWorld#otherServer} no test connects the bot to. */
    private static final int WITHOUT_THE_BOT = 999_999;
    /** The group DM {@link #inPrivateChannel()} sends from: people talking, studybot not among them. */
    private static final String GROUP_DM_CHANNEL = "300000000000000009";
    /** Where numbered members' user ids start. */
    private static final long NUMBERED_MEMBERS = 900_000_000_000_000_000L;

    private final Kind kind;
    private final String name;
    private FakeWorld world;
    private final Snowflakes ids;
    private final Function<String, ObjectNode> threads;
    private final Consumer<SentInteraction> dispatcher;
    private final Map<String, Object> options = new LinkedHashMap<>();
    private String focusedOption;
    private String subcommand;
    private Invoker invoker = Invoker.MEMBER;
    /** Set by {@link #byMember(int)}: one of many plain members, instead of {@link #invoker}. */
    private int memberNumber;

    private boolean directMessage;
    /** Set by {@link #inThread}: the thread of the server's channel it comes from, as a channel object. */
    private ObjectNode thread;
    /** Set by {@link #inPrivateChannel()}: a group DM between people, studybot reached through the member's install. */
    private boolean privateChannel;
    /** Set by {@link #throughTheirOwnInstall()}: the member's own install authorized it, not a server's. */
    private boolean userInstall;
    /** Set by {@link #inServerWithoutTheBot()} and {@link #asStillLoading()}: a server JDA does not have. */
    private boolean unknownToJda;

    private JsonNode message;
    private String picked;
    /** Discord's locale code of the member's client language. */
    private String userLocale = "en-US";
    /** Set by {@link #createdAgo(Duration)}: how long before its dispatch Discord created the interaction. */
    private Duration createdAgo = Duration.ZERO;

    InteractionBuilder(
            Kind kind,
            String name,
            FakeWorld world,
            Snowflakes ids,
            Function<String, ObjectNode> threads,
            Consumer<SentInteraction> dispatcher) {
        this.kind = kind;
        this.name = Objects.requireNonNull(name, "name");
        this.world = world;
        this.ids = ids;
        this.threads = threads;
        this.dispatcher = dispatcher;
    }

    /**
     * Adds a command option. The Discord option type follows the Java type: {@code String} → STRING,
     * {@code Integer}/{@code Long} → INTEGER, {@code Boolean} → BOOLEAN, {@code Double} → NUMBER,
     * {@link SentAttachment} → ATTACHMENT (its id, described in the interaction's resolved data).
     */
    public InteractionBuilder option(String optionName, Object value) {
        requireCommand("option");
        options.put(Objects.requireNonNull(optionName, "optionName"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Puts the options under subcommand {@code subcommandName} (type 1), as Discord nests them for commands with
     * subcommands, e.g. {@code /tips set channel:...}.
     */
    public InteractionBuilder subcommand(String subcommandName) {
        requireCommand("subcommand");
        this.subcommand = Objects.requireNonNull(subcommandName, "subcommandName");
        return this;
    }

    /** Autocomplete only: the option the user is typing in, and what they typed so far. */
    public InteractionBuilder focus(String optionName, String typedSoFar) {
        if (kind != Kind.AUTOCOMPLETE) {
            throw new IllegalStateException("Only autocomplete interactions have a focused option");
        }
        options.put(optionName, typedSoFar);
        focusedOption = optionName;
        return this;
    }

    /** Moves the interaction into another of the bot's servers, e.g. one of {@code FakeDiscord.servers()}. */
    public InteractionBuilder in(FakeWorld server) {
        this.world = Objects.requireNonNull(server, "server");
        return this;
    }

    public InteractionBuilder by(Invoker who) {
        this.invoker = Objects.requireNonNull(who, "who");
        return this;
    }

    /**
     * By plain member number {@code number} (1 and up), one of as many as a test needs, each with a user id of its own
     * and no role: for bursts in which every click must come from someone else.
     */
    public InteractionBuilder byMember(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("members are numbered from 1: " + number);
        }
        this.memberNumber = number;
        return this;
    }

    /** The language of the member's Discord client, e.g. {@code de} ({@code en-US} unless set). */
    public InteractionBuilder userLocale(String locale) {
        this.userLocale = Objects.requireNonNull(locale, "locale");
        return this;
    }

    /**
     * Moves the interaction into thread {@code threadId} of the server's channel (one made with
     * {@link FakeDiscord#openThread}): its {@code channel_id} is the thread's, and its {@code channel} the thread, with
     * its parent.
     */
    public InteractionBuilder inThread(String threadId) {
        this.thread = threads.apply(Objects.requireNonNull(threadId, "threadId"));
        return this;
    }

    /** Moves the interaction into the invoker's DM with the bot (no guild, no member, {@code context} 1). */
    public InteractionBuilder inDirectMessage() {
        this.directMessage = true;
        return this;
    }

    /**
     * Moves the interaction into a group DM between people ({@code context} 2, no guild, no member), which studybot
     * reaches only through the member's own install: {@code authorizing_integration_owners} names that install.
     */
    public InteractionBuilder inPrivateChannel() {
        this.privateChannel = true;
        this.userInstall = true;
        return this;
    }

    /**
     * Has the member's own install of studybot authorize the interaction ({@code authorizing_integration_owners} names
     * the user install only), as when a member who installed studybot for themselves uses it in studybot's DM.
     */
    public InteractionBuilder throughTheirOwnInstall() {
        this.userInstall = true;
        return this;
    }

    /**
     * Moves the interaction into a server studybot is not a member of, as a member who installed studybot for
     * themselves uses it there ({@code authorizing_integration_owners} names the user install only). The server is not
     * in the bot's cache, so JDA sees it detached.
     */
    public InteractionBuilder inServerWithoutTheBot() {
        this.unknownToJda = true;
        this.userInstall = true;
        this.world = world.otherServer(WITHOUT_THE_BOT);
        return this;
    }

    /**
     * Keeps the interaction in its server, which installed studybot ({@code authorizing_integration_owners} names the
     * server's install), but which JDA has not loaded yet, as just after a restart: JDA sees it detached.
     */
    public InteractionBuilder asStillLoading() {
        this.unknownToJda = true;
        return this;
    }

    /**
     * Button clicks only: the full message that carries the button (for instance one the bot posted, taken from a
     * recorded request's response). Without it the fake invents a bot message holding just this button.
     */
    public InteractionBuilder onMessage(JsonNode carrier) {
        if (kind != Kind.BUTTON_CLICK) {
            throw new IllegalStateException("Only button clicks come from a message");
        }
        this.message = Objects.requireNonNull(carrier, "carrier");
        return this;
    }

    /** Pick lists only: the option value the user chose. */
    public InteractionBuilder choosing(String value) {
        if (kind != Kind.PICK) {
            throw new IllegalStateException("Only a pick list has a chosen value");
        }
        this.picked = Objects.requireNonNull(value, "value");
        return this;
    }

    /**
     * An interaction Discord created {@code ago} before it is dispatched, as a gateway that is behind hands it over:
     * its id carries the earlier time.
     */
    public InteractionBuilder createdAgo(Duration ago) {
        this.createdAgo = Objects.requireNonNull(ago, "ago");
        return this;
    }

    /** Dispatches the interaction over the gateway and returns where the bot's answers will arrive. */
    public SentInteraction send() {
        if (kind == Kind.PICK && picked == null) {
            throw new IllegalStateException("A pick needs choosing(value)");
        }
        if (kind == Kind.AUTOCOMPLETE && focusedOption == null) {
            throw new IllegalStateException("An autocomplete interaction needs focus(option, typedSoFar)");
        }
        String id = ids.at(Instant.now().minus(createdAgo));
        String token = "interaction-token-" + id;
        String channelId = privateChannel
                ? GROUP_DM_CHANNEL
                : directMessage
                        ? world.dmChannelId()
                        : thread != null ? thread.path("id").asText() : world.channelId();
        SentInteraction sent = new SentInteraction(
                id, token, kind.type, world.applicationId(), channelId, payload(id, token, channelId));
        dispatcher.accept(sent);
        return sent;
    }

    private ObjectNode payload(String id, String token, String channelId) {
        ObjectNode payload = Json.object()
                .put("id", id)
                .put("application_id", world.applicationId())
                .put("type", kind.type)
                .put("token", token)
                .put("version", 1)
                .put("locale", userLocale)
                .put("app_permissions", Long.toString(FakeWorld.EVERYONE_PERMISSIONS | FakeWorld.BOT_PERMISSIONS))
                .put("attachment_size_limit", 10 * 1024 * 1024)
                .put("channel_id", channelId);
        payload.putArray("entitlements");
        if (privateChannel) {
            ObjectNode channel = Json.object()
                    .put("id", channelId)
                    .put("type", GROUP_DM)
                    .put("name", "study buddies")
                    .put("owner_id", userId())
                    .putNull("last_message_id")
                    .put("flags", 0);
            channel.putArray("recipients").add(DiscordPayloads.humanUser(world, Invoker.OWNER));
            payload.set("channel", channel);
            payload.set("user", user());
            payload.put("context", 2);
        } else if (directMessage) {
            payload.set("channel", DiscordPayloads.dmChannel(world));
            payload.set("user", user());
            payload.put("context", 1);
        } else {
            payload.put("guild_id", world.guildId()).put("guild_locale", world.preferredLocale());
            ObjectNode guild =
                    payload.putObject("guild").put("id", world.guildId()).put("locale", world.preferredLocale());
            guild.putArray("features");
            ObjectNode channel = thread != null ? thread.deepCopy() : DiscordPayloads.textChannel(world);
            if (unknownToJda) {
                // what the member may do there: Discord sends it because the bot has no view of the server
                channel.put("permissions", Long.toString(FakeWorld.EVERYONE_PERMISSIONS));
            }
            payload.set("channel", channel);
            payload.set(
                    "member",
                    memberNumber > 0
                            ? DiscordPayloads.member(numberedUser())
                                    .put("permissions", Long.toString(FakeWorld.EVERYONE_PERMISSIONS))
                            : DiscordPayloads.humanMember(world, invoker));
            payload.put("context", 0);
        }
        ObjectNode owners = payload.putObject("authorizing_integration_owners");
        if (userInstall) {
            owners.put("1", userId());
        } else {
            // a server's install: Discord names the server, or "0" in studybot's own DM
            owners.put("0", directMessage ? "0" : world.guildId());
        }
        if (kind == Kind.BUTTON_CLICK) {
            payload.set("data", buttonData());
            payload.set(
                    "message",
                    message != null
                            ? message
                            : DiscordPayloads.botMessageWithButton(world, ids.next(), channelId, name));
        } else if (kind == Kind.PICK) {
            ObjectNode data = Json.object().put("custom_id", name).put("component_type", STRING_SELECT_COMPONENT);
            data.putArray("values").add(picked);
            payload.set("data", data);
            payload.set("message", DiscordPayloads.botMessageWithPickList(world, ids.next(), channelId, name, picked));
        } else {
            payload.set("data", commandData());
        }
        return payload;
    }

    /** Who sends the interaction, as Discord describes a user. */
    private ObjectNode user() {
        return memberNumber > 0 ? numberedUser() : DiscordPayloads.humanUser(world, invoker);
    }

    /** The id of who sends the interaction. */
    private String userId() {
        return memberNumber > 0 ? Long.toString(NUMBERED_MEMBERS + memberNumber) : world.userId(invoker);
    }

    /** Plain member {@link #memberNumber}'s user, its id far from the world's own snowflakes. */
    private ObjectNode numberedUser() {
        return DiscordPayloads.user(Long.toString(NUMBERED_MEMBERS + memberNumber), "member-" + memberNumber, false);
    }

    private ObjectNode commandData() {
        ObjectNode data = Json.object().put("id", ids.next()).put("name", name).put("type", 1);
        ArrayNode array = subcommand == null
                ? data.putArray("options")
                : data.putArray("options")
                        .addObject()
                        .put("name", subcommand)
                        .put("type", 1)
                        .putArray("options");
        options.forEach((optionName, value) -> {
            ObjectNode option = array.addObject().put("name", optionName).put("type", optionType(value));
            if (value instanceof SentAttachment attachment) {
                option.put("value", attachment.id());
                ObjectNode resolved = data.has("resolved")
                        ? (ObjectNode) data.get("resolved").get("attachments")
                        : data.putObject("resolved").putObject("attachments");
                resolved.putObject(attachment.id())
                        .put("id", attachment.id())
                        .put("filename", attachment.fileName())
                        .put("size", attachment.size())
                        .put("url", attachment.url())
                        .put("proxy_url", attachment.url())
                        .put("content_type", "application/octet-stream");
                return;
            }
            option.set("value", Json.MAPPER.valueToTree(value));
            if (optionName.equals(focusedOption)) {
                option.put("focused", true);
            }
        });
        return data;
    }

    private ObjectNode buttonData() {
        return Json.object().put("custom_id", name).put("component_type", BUTTON_COMPONENT);
    }

    private void requireCommand(String what) {
        if (kind == Kind.BUTTON_CLICK || kind == Kind.PICK) {
            throw new IllegalStateException("A component interaction has no " + what);
        }
    }

    private static int optionType(Object value) {
        if (value instanceof String) {
            return 3;
        }
        if (value instanceof Integer || value instanceof Long) {
            return 4;
        }
        if (value instanceof Boolean) {
            return 5;
        }
        if (value instanceof Double || value instanceof Float) {
            return 10;
        }
        if (value instanceof SentAttachment) {
            return 11;
        }
        throw new IllegalArgumentException(
                "Unsupported option value type: " + value.getClass().getName());
    }
}
