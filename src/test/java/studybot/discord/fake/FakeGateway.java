package studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's gateway WebSocket for one shard, on an ephemeral loopback port, with uncompressed JSON frames.
 *
 * <p>On connect it sends HELLO; it ACKs heartbeats; on IDENTIFY (which JDA may send before it has read HELLO) it
 * starts a session and sends READY followed by GUILD_CREATE for the {@link FakeWorld} server; on RESUME of the current
 * session it replays every dispatch after the client's sequence number and sends RESUMED. Dispatches sent while the
 * bot is disconnected are kept for that replay. Every frame the bot sends is recorded in {@link #received()}.
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
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final FakeWorld world;
    private final String token;
    private final Server server;
    private final RecordLog<JsonNode> received = new RecordLog<>("gateway frames from the bot");
    private final Object lock = new Object();
    private final List<ObjectNode> sessionDispatches = new ArrayList<>();
    private WebSocket live;
    private String sessionId;
    private int sequence;

    FakeGateway(FakeWorld world, String token) {
        this.world = world;
        this.token = token;
        this.server = new Server();
        server.start();
        server.awaitStarted();
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
        return received.awaitCount(frame -> frame.path("op").asInt() == op, count, timeout).get(count - 1);
    }

    /**
     * Sends a dispatch event ({@code op 0}) with the next sequence number. If the bot is momentarily disconnected the
     * event is delivered when it resumes.
     *
     * @return the sequence number assigned
     * @throws IllegalStateException if the bot has not identified yet
     */
    public int dispatch(String type, JsonNode data) {
        synchronized (lock) {
            if (sessionId == null) {
                throw new IllegalStateException("No gateway session yet: wait until the bot has identified");
            }
            ObjectNode frame = Json.object().put("op", DISPATCH).put("t", type).put("s", ++sequence);
            frame.set("d", data);
            sessionDispatches.add(frame);
            if (live != null) {
                live.send(Json.write(frame));
            }
            return sequence;
        }
    }

    /**
     * Waits until every frame sent so far has been written to the bot's socket, so a test can tell what the bot had
     * been sent (as Discord would have) from what was still queued inside the fake.
     */
    public void awaitFlushed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            WebSocket socket;
            synchronized (lock) {
                socket = live;
            }
            if (socket == null || !socket.hasBufferedData()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("The fake gateway could not write its frames within " + timeout);
            }
            Thread.onSpinWait();
        }
    }

    /** Kills the connection without a close handshake, like a network failure; the bot should RESUME. */
    public void dropConnection() {
        WebSocket dropped;
        synchronized (lock) {
            dropped = live;
            live = null;
        }
        if (dropped != null) {
            dropped.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the test");
        }
    }

    /**
     * Closes the connection with {@code code}, as Discord does when it will not let the session go on: 4004 when
     * the token was revoked, 4010–4014 for a bad shard, API version or intents. The session is forgotten, so a
     * RESUME would be refused too.
     */
    public void closeWith(int code, String reason) {
        WebSocket closed;
        synchronized (lock) {
            closed = live;
            live = null;
            sessionId = null;
        }
        if (closed != null) {
            closed.close(code, reason);
        }
    }

    /** Sends op 7 RECONNECT: the bot should close the socket, reconnect and RESUME. */
    public void requestReconnect() {
        synchronized (lock) {
            if (live != null) {
                live.send(Json.write(Json.object().put("op", RECONNECT).putNull("d")));
                live = null;
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
        synchronized (lock) {
            sessionId = UUID.randomUUID().toString().replace("-", "");
            sequence = 0;
            sessionDispatches.clear();
            live = socket;
            JsonNode shard = identify.has("shard") ? identify.get("shard") : Json.array().add(0).add(1);
            dispatch("READY", DiscordPayloads.ready(world, sessionId, url(), shard));
            dispatch("GUILD_CREATE", DiscordPayloads.guildCreate(world));
        }
    }

    private void resume(WebSocket socket, JsonNode resume) {
        synchronized (lock) {
            if (sessionId == null || !sessionId.equals(resume.path("session_id").asText())
                    || !token.equals(resume.path("token").asText())) {
                socket.send(Json.write(Json.object().put("op", INVALID_SESSION).put("d", false)));
                return;
            }
            int seen = resume.path("seq").asInt();
            sessionDispatches.stream()
                    .filter(frame -> frame.path("s").asInt() > seen)
                    .forEach(frame -> socket.send(Json.write(frame)));
            live = socket;
            dispatch("RESUMED", Json.object());
        }
    }

    private void onClosed(WebSocket socket) {
        synchronized (lock) {
            if (live == socket) {
                live = null;
            }
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
