package studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's gateway WebSocket, on an ephemeral loopback port, with uncompressed JSON frames, for a bot with one or more
 * shards.
 *
 * <p>On connect it sends HELLO; it ACKs heartbeats; on IDENTIFY (which JDA may send before it has read HELLO) it starts
 * a session for the shard {@code [id, total]} named in it (a wrong total closes with 4010, as Discord does) and sends
 * READY followed by GUILD_CREATE for each server on that shard, {@code (guild_id >> 22) % total}; on RESUME of a
 * current session it replays every dispatch after the client's sequence number and sends RESUMED. Dispatches about a
 * server go to its shard's session, as Discord routes them, and are kept for that replay while the shard is
 * disconnected. A later IDENTIFY for the same shard (a restarted process) replaces that shard's session. Every frame
 * the bot sends is recorded in {@link #received()}.
 */
public final class FakeGateway implements AutoCloseable {

    /** Gateway opcodes the fake speaks. */
    public static final int DISPATCH = 0;

    public static final int HEARTBEAT = 1;
    public static final int IDENTIFY = 2;
    public static final int RESUME = 6;
    public static final int RECONNECT = 7;
    public static final int INVALID_SESSION = 9;
    public static final int HELLO = 10;
    public static final int HEARTBEAT_ACK = 11;

    private static final Logger LOG = LoggerFactory.getLogger(FakeGateway.class);
    private static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;
    private static final int AUTHENTICATION_FAILED = 4004;
    private static final int INVALID_SHARD = 4010;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final FakeWorld world;
    private final List<FakeWorld> servers;
    private final int shards;
    private final String token;
    private final Server server;
    private final RecordLog<JsonNode> received = new RecordLog<>("gateway frames from the bot");
    private final Object lock = new Object();
    private final Map<Integer, Session> sessions = new HashMap<>();
    private volatile Function<String, List<ObjectNode>> activeThreads = guildId -> List.of();
    private volatile long botPermissions = FakeWorld.BOT_PERMISSIONS;

    /**
     * @param servers every server the bot is in, {@code world}'s first
     * @param shards the bot's shard count, which IDENTIFY must name
     */
    FakeGateway(FakeWorld world, List<FakeWorld> servers, int shards, String token) {
        this.world = world;
        this.servers = List.copyOf(servers);
        this.shards = shards;
        this.token = token;
        this.server = new Server();
        server.start();
        server.awaitStarted();
    }

    /** Where GUILD_CREATE finds each server's active threads, which Discord lists in it. */
    void activeThreads(Function<String, List<ObjectNode>> threadsByGuild) {
        this.activeThreads = threadsByGuild;
    }

    /** The bot role's permissions in every later GUILD_CREATE, as an admin changed them. */
    void botPermissions(long permissions) {
        this.botPermissions = permissions;
    }

    private ObjectNode withThreads(FakeWorld guild) {
        ObjectNode create = DiscordPayloads.guildCreate(guild);
        ((ObjectNode) create.get("roles").get(1)).put("permissions", Long.toString(botPermissions));
        ArrayNode threads = (ArrayNode) create.get("threads");
        activeThreads.apply(guild.guildId()).forEach(threads::add);
        return create;
    }

    /** The URL to hand to JDA, e.g. {@code ws://127.0.0.1:PORT}. */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort();
    }

    /** Every frame the bot sent (IDENTIFY, RESUME, heartbeats...), parsed. */
    public RecordLog<JsonNode> received() {
        return received;
    }

    /** Waits for the {@code count}-th frame with opcode {@code op} from the bot, e.g. the second IDENTIFY. */
    public JsonNode awaitOpcode(int op, int count, Duration timeout) {
        return received.awaitCount(frame -> frame.path("op").asInt() == op, count, timeout)
                .get(count - 1);
    }

    /**
     * Sends a dispatch event ({@code op 0}) with the next sequence number to the shard of the server named by the
     * event's {@code guild_id} (shard 0 for events about no server). If that shard is momentarily disconnected the
     * event is delivered when it resumes.
     *
     * @return the sequence number assigned
     * @throws IllegalStateException if that shard has not identified yet
     */
    public int dispatch(String type, JsonNode data) {
        int shard = data.hasNonNull("guild_id") ? shardOf(data.get("guild_id").asText()) : 0;
        synchronized (lock) {
            Session session = sessions.get(shard);
            if (session == null) {
                throw new IllegalStateException(
                        "No gateway session for shard " + shard + " yet: wait until the bot has identified");
            }
            return session.dispatch(type, data);
        }
    }

    /**
     * Sends a dispatch event as {@link #dispatch} does if the server's shard has identified; before that it sends
     * nothing, as the event's news reaches the bot in GUILD_CREATE when it connects.
     */
    void dispatchIfIdentified(String type, JsonNode data) {
        synchronized (lock) {
            if (sessions.containsKey(shardOf(data.path("guild_id").asText()))) {
                dispatch(type, data);
            }
        }
    }

    /** The shard Discord routes a server's events to. */
    public int shardOf(String guildId) {
        return (int) ((Long.parseLong(guildId) >>> 22) % shards);
    }

    /** The shards with a session (identified, whether connected right now or not). */
    public Set<Integer> identifiedShards() {
        synchronized (lock) {
            return Set.copyOf(sessions.keySet());
        }
    }

    /**
     * Waits until every frame sent so far has been written to the bot's sockets, so a test can tell what the bot had
     * been sent (as Discord would have) from what was still queued inside the fake.
     */
    public void awaitFlushed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<WebSocket> sockets;
            synchronized (lock) {
                sockets = sessions.values().stream()
                        .map(session -> session.live)
                        .filter(Objects::nonNull)
                        .toList();
            }
            if (sockets.stream().noneMatch(WebSocket::hasBufferedData)) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("The fake gateway could not write its frames within " + timeout);
            }
            Thread.onSpinWait();
        }
    }

    /** Kills every connection without a close handshake, like a network failure; the bot should RESUME. */
    public void dropConnection() {
        List<WebSocket> dropped = new ArrayList<>();
        synchronized (lock) {
            for (Session session : sessions.values()) {
                if (session.live != null) {
                    dropped.add(session.live);
                    session.live = null;
                }
            }
        }
        dropped.forEach(socket -> socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the test"));
    }

    /**
     * Closes every connection with {@code code}, as Discord does when it will not let the session go on: 4004 when the
     * token was revoked, 4010–4014 for a bad shard, API version or intents. The sessions are forgotten, so a RESUME
     * would be refused too.
     */
    public void closeWith(int code, String reason) {
        List<WebSocket> closed = new ArrayList<>();
        synchronized (lock) {
            for (Session session : sessions.values()) {
                if (session.live != null) {
                    closed.add(session.live);
                }
            }
            sessions.clear();
        }
        closed.forEach(socket -> socket.close(code, reason));
    }

    /** Sends op 7 RECONNECT on every connection: the bot should close the socket, reconnect and RESUME. */
    public void requestReconnect() {
        synchronized (lock) {
            for (Session session : sessions.values()) {
                if (session.live != null) {
                    session.live.send(
                            Json.write(Json.object().put("op", RECONNECT).putNull("d")));
                    session.live = null;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void onFrame(WebSocket socket, JsonNode frame) {
        received.add(frame);
        switch (frame.path("op").asInt(-1)) {
            case HEARTBEAT -> socket.send(Json.write(Json.object().put("op", HEARTBEAT_ACK)));
            case IDENTIFY -> identify(socket, frame.path("d"));
            case RESUME -> resume(socket, frame.path("d"));
            default -> LOG.debug("Fake gateway ignores {}", frame);
        }
    }

    private void identify(WebSocket socket, JsonNode identify) {
        if (!token.equals(identify.path("token").asText())) {
            socket.close(AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        JsonNode shard = identify.has("shard")
                ? identify.get("shard")
                : Json.array().add(0).add(1);
        int id = shard.path(0).asInt();
        if (shard.path(1).asInt() != shards || id < 0 || id >= shards) {
            socket.close(INVALID_SHARD, "Invalid shard.");
            return;
        }
        List<FakeWorld> onShard =
                servers.stream().filter(guild -> shardOf(guild.guildId()) == id).toList();
        synchronized (lock) {
            Session session = new Session(UUID.randomUUID().toString().replace("-", ""), socket);
            sessions.put(id, session);
            session.dispatch("READY", DiscordPayloads.ready(world, onShard, session.id, url(), shard));
            onShard.forEach(guild -> session.dispatch("GUILD_CREATE", withThreads(guild)));
        }
    }

    private void resume(WebSocket socket, JsonNode resume) {
        synchronized (lock) {
            Session session = sessions.values().stream()
                    .filter(candidate ->
                            candidate.id.equals(resume.path("session_id").asText()))
                    .findFirst()
                    .orElse(null);
            if (session == null || !token.equals(resume.path("token").asText())) {
                socket.send(Json.write(Json.object().put("op", INVALID_SESSION).put("d", false)));
                return;
            }
            int seen = resume.path("seq").asInt();
            session.dispatches.stream()
                    .filter(frame -> frame.path("s").asInt() > seen)
                    .forEach(frame -> socket.send(Json.write(frame)));
            session.live = socket;
            session.dispatch("RESUMED", Json.object());
        }
    }

    private void onClosed(WebSocket socket) {
        synchronized (lock) {
            for (Session session : sessions.values()) {
                if (session.live == socket) {
                    session.live = null;
                }
            }
        }
    }

    /** One shard's gateway session: its sequence, its dispatches (for RESUME), and its socket while connected. */
    private static final class Session {

        private final String id;
        private final List<ObjectNode> dispatches = new ArrayList<>();
        private WebSocket live;
        private int sequence;

        Session(String id, WebSocket live) {
            this.id = id;
            this.live = live;
        }

        int dispatch(String type, JsonNode data) {
            ObjectNode frame = Json.object().put("op", DISPATCH).put("t", type).put("s", ++sequence);
            frame.set("d", data);
            dispatches.add(frame);
            if (live != null) {
                live.send(Json.write(frame));
            }
            return sequence;
        }
    }

    /** The Java-WebSocket server, forwarding to the gateway's logic. */
    private final class Server extends WebSocketServer {

        private final CompletableFuture<Void> started = new CompletableFuture<>();

        Server() {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            setReuseAddr(true);
            setDaemon(true);
        }

        void awaitStarted() {
            try {
                started.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting the fake gateway", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("The fake gateway did not start", e);
            }
        }

        @Override
        public void onStart() {
            started.complete(null);
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            LOG.debug("Bot connected to fake gateway: {}", handshake.getResourceDescriptor());
            ObjectNode hello = Json.object().put("op", HELLO);
            hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL_MILLIS);
            socket.send(Json.write(hello));
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            onFrame(socket, Json.parse(message));
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            LOG.debug("Fake gateway connection closed: {} {}", code, reason);
            onClosed(socket);
        }

        @Override
        public void onError(WebSocket socket, Exception error) {
            if (socket == null) {
                started.completeExceptionally(error);
            }
            LOG.warn("Fake gateway error", error);
        }
    }
}
