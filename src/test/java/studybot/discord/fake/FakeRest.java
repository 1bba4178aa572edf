package studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's REST API as far as the bot uses it, on an ephemeral loopback port: login ({@code users/@me},
 * {@code gateway/bot}), command registration, interaction callbacks and webhooks, and channel messages (honouring
 * {@code nonce} + {@code enforce_nonce}) and their edits. Every call is recorded in {@link #requests()}; unknown routes
 * answer a logged 404 so nothing ever hangs. Failures can be injected per route, per channel or for the token as a
 * whole.
 *
 * <p>Like Discord, it checks the {@code Authorization: Bot <token>} header everywhere except on interaction callbacks
 * and interaction webhooks, which are authorised by the interaction token in the path.
 */
public final class FakeRest implements AutoCloseable {

    /** Path prefix JDA 6.5 uses; the REST base URL must include it. */
    static final String API_PREFIX = "/api/v10/";
    /** Where attachments are served, as Discord's CDN serves them (not part of the API, so not recorded). */
    static final String CDN_PREFIX = "/attachments/";

    private static final Logger LOG = LoggerFactory.getLogger(FakeRest.class);
    private static final int HTTP_THREADS = 4;
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);
    private static final Pattern INTERACTION_ROUTE = Pattern.compile("(interactions|webhooks)/.*");
    private static final Pattern CHANNEL_ROUTE = Pattern.compile("channels/(\\d+)(/.*)?");

    private final FakeWorld world;
    private final Snowflakes ids;
    private final String token;
    private final String gatewayUrl;
    private final int shards;
    private final HttpServer server;
    private final Map<String, byte[]> attachments = new ConcurrentHashMap<>();
    private final AtomicInteger attachmentDownloads = new AtomicInteger();
    private final ExecutorService executor;
    private final List<Route> routes = new ArrayList<>();
    private final RecordLog<RecordedRequest> requests = new RecordLog<>("REST requests");
    private final List<ArmedFailure> armedFailures = new CopyOnWriteArrayList<>();
    private final List<ArmedDelay> delays = new CopyOnWriteArrayList<>();
    private final Map<String, Failure> brokenChannels = new ConcurrentHashMap<>();
    private final Map<String, SentInteraction> interactionsByToken = new ConcurrentHashMap<>();
    private final Map<String, String> originalMessageIds = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> messagesByNonce = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ObjectNode>> commandsByScope = new LinkedHashMap<>();
    private final List<ObjectNode> createdMessages = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> threadsById = new ConcurrentHashMap<>();
    private final List<ObjectNode> createdThreads = new CopyOnWriteArrayList<>();
    private final Map<String, String> dmChannelsByUser = new ConcurrentHashMap<>();
    private final Object inFlightLock = new Object();
    private int inFlight;
    private volatile boolean tokenRejected;
    private volatile GlobalRateLimit globalRateLimit;
    private volatile BiConsumer<String, ObjectNode> threadEvents = (type, thread) -> {};

    FakeRest(FakeWorld world, Snowflakes ids, String token, String gatewayUrl, int shards) {
        this.world = world;
        this.ids = ids;
        this.token = token;
        this.gatewayUrl = gatewayUrl;
        this.shards = shards;
        this.executor = Executors.newFixedThreadPool(HTTP_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "fake-discord-rest");
            thread.setDaemon(true);
            return thread;
        });
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        defineRoutes();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.createContext(CDN_PREFIX, this::serveAttachment);
        server.start();
    }

    /** Serves {@code bytes} at a CDN URL on 127.0.0.1, as Discord serves a file a member sent; returns its URL. */
    public String serveAttachment(String id, String fileName, byte[] bytes) {
        String path = CDN_PREFIX + id + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
        attachments.put(path, bytes.clone());
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many times an attachment was downloaded. */
    public int attachmentDownloads() {
        return attachmentDownloads.get();
    }

    private void serveAttachment(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = attachments.get(exchange.getRequestURI().getRawPath());
            if (bytes == null || !exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            attachmentDownloads.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The REST base to hand to JDA, e.g. {@code http://127.0.0.1:PORT/api/v10/}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API_PREFIX;
    }

    /** Every request received so far and to come, with the status it was answered with. */
    public RecordLog<RecordedRequest> requests() {
        return requests;
    }

    /** Waits for a request matching {@code filter}; fails the test with the request log on timeout. */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> filter, Duration timeout) {
        return requests.await(filter, timeout);
    }

    /**
     * Makes the next {@code times} requests whose method is {@code method} and whose path (relative to the API base)
     * matches the regular expression {@code pathRegex} answer {@code failure}.
     */
    public void failNext(String method, String pathRegex, int times, Failure failure) {
        armedFailures.add(new ArmedFailure(
                method.toUpperCase(Locale.ROOT), Pattern.compile(pathRegex), new AtomicInteger(times), failure));
    }

    /**
     * From now on enforces Discord's global rate limit: at most {@code perSecond} requests a second for the bot as a
     * whole, whichever connection or process they come from (a token bucket holding one second's worth). Beyond it a
     * request answers 429 with {@code retry_after}, {@code "global": true} and {@code X-RateLimit-Global}. As on
     * Discord, interaction callbacks and webhooks do not count.
     */
    public void enforceGlobalRateLimit(int perSecond) {
        globalRateLimit = new GlobalRateLimit(perSecond);
    }

    /** Channel messages the fake created (a resend with an enforced nonce it already knows creates none), in order. */
    public List<ObjectNode> createdMessages() {
        return List.copyOf(createdMessages);
    }

    /**
     * Holds the answer to every later request with {@code method} on a path matching {@code pathRegex} for
     * {@code delay} after doing what it asks (a message is created at once), as a slow network would; until
     * {@link #stopDelaying()}.
     */
    public void delayAnswers(String method, String pathRegex, Duration delay) {
        delays.add(new ArmedDelay(method.toUpperCase(Locale.ROOT), Pattern.compile(pathRegex), delay));
    }

    public void stopDelaying() {
        delays.clear();
    }

    /** Threads the fake opened on messages, in order (a second try on the same message opens none). */
    public List<ObjectNode> createdThreads() {
        return List.copyOf(createdThreads);
    }

    /** The threads of a server that are not archived, as GUILD_CREATE lists them. */
    List<ObjectNode> activeThreads(String guildId) {
        return threadsById.values().stream()
                .filter(thread -> thread.path("guild_id").asText().equals(guildId))
                .filter(thread ->
                        !thread.path("thread_metadata").path("archived").asBoolean())
                .map(ObjectNode::deepCopy)
                .toList();
    }

    /** Where the fake tells the bot that a thread was created or updated (THREAD_CREATE, THREAD_UPDATE). */
    void threadEvents(BiConsumer<String, ObjectNode> events) {
        this.threadEvents = events;
    }

    /**
     * Starts a public thread in {@code parentId}, as member {@code ownerId} does without a message, and tells the bot
     * with THREAD_CREATE ({@code newly_created}); returns its id.
     */
    String startThread(String parentId, String ownerId, String name) {
        String id = ids.next();
        ObjectNode thread = DiscordPayloads.thread(world, id, parentId, ownerId, name, 1440);
        threadsById.put(id, thread);
        threadEvents.accept("THREAD_CREATE", thread.deepCopy().put("newly_created", true));
        return id;
    }

    /** A thread the fake knows, as a channel object (a copy). */
    ObjectNode thread(String threadId) {
        ObjectNode thread = threadsById.get(threadId);
        if (thread == null) {
            throw new IllegalArgumentException("No thread " + threadId);
        }
        return thread.deepCopy();
    }

    /**
     * Archives a thread, as Discord does after its auto-archive period without messages or a member closing it, and
     * tells the bot with THREAD_UPDATE. Until it is unarchived, edits of its messages answer 400 (50083), and a new
     * message unarchives it.
     */
    public void archiveThread(String threadId) {
        setArchived(threadsById.get(threadId), true);
    }

    /** Deletes a thread: later requests about it answer 404 Unknown Channel. */
    public void deleteThread(String threadId) {
        threadsById.remove(threadId);
        brokenChannels.put(threadId, Failure.unknownChannel());
    }

    /** Whether the thread is archived now. */
    public boolean threadArchived(String threadId) {
        return threadsById
                .get(threadId)
                .path("thread_metadata")
                .path("archived")
                .asBoolean();
    }

    /** From now on every request answers 401, as when the bot's token has been reset. */
    public void rejectToken() {
        tokenRejected = true;
    }

    /** Every later request about this channel answers 404 Unknown Channel (code 10003). */
    public void deleteChannel(String channelId) {
        brokenChannels.put(channelId, Failure.unknownChannel());
    }

    /** Every later request about this channel answers 403 Missing Permissions (code 50013). */
    public void forbidChannel(String channelId) {
        brokenChannels.put(channelId, Failure.missingPermissions());
    }

    /** The commands registered globally, as the fake stored them (with ids). */
    public synchronized List<JsonNode> globalCommands() {
        return List.copyOf(commands("global").values());
    }

    /** The commands registered for one guild, as the fake stored them (with ids). */
    public synchronized List<JsonNode> guildCommands(String guildId) {
        return List.copyOf(commands(guildId).values());
    }

    /** Tells the fake about an interaction it dispatched, so answers to its token land in the right channel. */
    void expect(SentInteraction interaction) {
        interactionsByToken.put(interaction.token(), interaction);
    }

    /** Lets answers already being written finish (briefly), then stops; a test may end right after a request. */
    @Override
    public void close() {
        long deadline = System.nanoTime() + CLOSE_GRACE.toNanos();
        synchronized (inFlightLock) {
            while (inFlight > 0 && System.nanoTime() - deadline < 0) {
                try {
                    inFlightLock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        server.stop(0);
        executor.shutdownNow();
    }

    private void defineRoutes() {
        route("GET", "users/@me", (match, request) -> Response.ok(DiscordPayloads.botUser(world)));
        route("GET", "gateway/bot", (match, request) -> Response.ok(gatewayBot()));
        route("GET", "applications/\\d+/commands", (match, request) -> listCommands("global"));
        route("PUT", "applications/\\d+/commands", (match, request) -> replaceCommands("global", request));
        route("POST", "applications/\\d+/commands", (match, request) -> upsertCommand("global", request));
        route("GET", "applications/\\d+/guilds/(\\d+)/commands", (match, request) -> listCommands(match.group(1)));
        route(
                "PUT",
                "applications/\\d+/guilds/(\\d+)/commands",
                (match, request) -> replaceCommands(match.group(1), request));
        route(
                "POST",
                "applications/\\d+/guilds/(\\d+)/commands",
                (match, request) -> upsertCommand(match.group(1), request));
        route("POST", "interactions/(\\d+)/([^/]+)/callback", this::interactionCallback);
        route("PATCH", "webhooks/\\d+/([^/]+)/messages/(@original|\\d+)", this::editWebhookMessage);
        route("DELETE", "webhooks/\\d+/([^/]+)/messages/(@original|\\d+)", (match, request) -> Response.noContent());
        route("POST", "webhooks/\\d+/([^/]+)", this::followup);
        route("POST", "users/@me/channels", this::openDm);
        route("POST", "channels/(\\d+)/messages", this::channelMessage);
        route("PATCH", "channels/(\\d+)/messages/(\\d+)", this::editChannelMessage);
        route("POST", "channels/(\\d+)/messages/(\\d+)/threads", this::threadFromMessage);
        route("PATCH", "channels/(\\d+)", this::editThread);
    }

    private void route(String method, String pathRegex, Handler handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), handler));
    }

    private void handle(HttpExchange exchange) {
        long receivedNanos = System.nanoTime();
        synchronized (inFlightLock) {
            inFlight++;
        }
        try (exchange) {
            Incoming request = read(exchange);
            Response response = respond(request);
            // Recorded before answering, so once a JDA call returns its request is always in the log.
            requests.add(new RecordedRequest(
                    request.method(),
                    request.path(),
                    request.query(),
                    request.headers(),
                    request.json(),
                    request.files(),
                    response.status(),
                    receivedNanos));
            delay(request);
            try {
                write(exchange, response);
            } catch (IOException e) {
                LOG.debug(
                        "The bot went away before its answer to {} {} was written: {}",
                        request.method(),
                        request.path(),
                        e.toString());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Fake Discord REST failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        } finally {
            synchronized (inFlightLock) {
                inFlight--;
                inFlightLock.notifyAll();
            }
        }
    }

    private void delay(Incoming request) {
        for (ArmedDelay armed : delays) {
            if (armed.method().equals(request.method())
                    && armed.path().matcher(request.path()).matches()) {
                try {
                    Thread.sleep(armed.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
        }
    }

    private Response respond(Incoming request) {
        if (tokenRejected
                || (!INTERACTION_ROUTE.matcher(request.path()).matches()
                        && !("Bot " + token).equals(request.headers().get("authorization")))) {
            return Response.failure(Failure.unauthorized());
        }
        GlobalRateLimit limit = globalRateLimit;
        if (limit != null && !INTERACTION_ROUTE.matcher(request.path()).matches()) {
            double retryAfter = limit.take();
            if (retryAfter > 0) {
                return Response.globalRateLimit(retryAfter);
            }
        }
        for (ArmedFailure armed : armedFailures) {
            if (armed.matches(request) && armed.remaining().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return Response.failure(armed.failure());
            }
        }
        Matcher channel = CHANNEL_ROUTE.matcher(request.path());
        if (channel.matches() && brokenChannels.containsKey(channel.group(1))) {
            return Response.failure(brokenChannels.get(channel.group(1)));
        }
        for (Route route : routes) {
            Matcher match = route.pattern().matcher(request.path());
            if (route.method().equals(request.method()) && match.matches()) {
                return route.handler().handle(match, request);
            }
        }
        LOG.warn("Fake Discord has no route for {} {}; answering 404", request.method(), request.path());
        return Response.failure(Failure.notFound());
    }

    private ObjectNode gatewayBot() {
        ObjectNode answer = Json.object().put("url", gatewayUrl).put("shards", shards);
        answer.putObject("session_start_limit")
                .put("total", 1000)
                .put("remaining", 1000)
                .put("reset_after", 0)
                .put("max_concurrency", 1);
        return answer;
    }

    private synchronized Response listCommands(String scope) {
        ArrayNode list = Json.array();
        commands(scope).values().forEach(list::add);
        return Response.ok(list);
    }

    private synchronized Response replaceCommands(String scope, Incoming request) {
        Map<String, ObjectNode> previous = new LinkedHashMap<>(commands(scope));
        Map<String, ObjectNode> replacement = new LinkedHashMap<>();
        for (JsonNode command : request.json()) {
            ObjectNode stored = storedCommand(
                    scope, command, previous.get(command.path("name").asText()));
            replacement.put(stored.path("name").asText(), stored);
        }
        commandsByScope.put(scope, replacement);
        return listCommands(scope);
    }

    private synchronized Response upsertCommand(String scope, Incoming request) {
        String name = request.json().path("name").asText();
        ObjectNode existing = commands(scope).get(name);
        ObjectNode stored = storedCommand(scope, request.json(), existing);
        commands(scope).put(name, stored);
        return new Response(existing == null ? 201 : 200, stored, Map.of());
    }

    private Map<String, ObjectNode> commands(String scope) {
        return commandsByScope.computeIfAbsent(scope, key -> new LinkedHashMap<>());
    }

    private ObjectNode storedCommand(String scope, JsonNode requested, ObjectNode existing) {
        ObjectNode stored = (ObjectNode) requested.deepCopy();
        String id = existing != null ? existing.path("id").asText() : ids.next();
        stored.put("id", id).put("application_id", world.applicationId()).put("version", ids.next());
        if (!stored.has("type")) {
            stored.put("type", 1);
        }
        if (!scope.equals("global")) {
            stored.put("guild_id", scope);
        }
        return stored;
    }

    private Response interactionCallback(Matcher match, Incoming request) {
        String interactionToken = match.group(2);
        SentInteraction interaction = interactionsByToken.get(interactionToken);
        if (interaction == null || !interaction.id().equals(match.group(1))) {
            return Response.failure(Failure.unknownInteraction());
        }
        if (!"true".equals(request.query().get("with_response"))) {
            return Response.noContent();
        }
        int callbackType = request.json().path("type").asInt();
        ObjectNode answer = Json.object();
        ObjectNode about =
                answer.putObject("interaction").put("id", interaction.id()).put("type", interaction.type());
        ObjectNode resource = answer.putObject("resource").put("type", callbackType);
        boolean createsMessage = callbackType == 4 || callbackType == 5;
        boolean updatesMessage = callbackType == 6 || callbackType == 7;
        if (createsMessage || updatesMessage) {
            String messageId = updatesMessage
                    ? interaction.payload().path("message").path("id").asText()
                    : originalMessageId(interactionToken);
            about.put("response_message_id", messageId)
                    .put("response_message_loading", callbackType == 5)
                    .put(
                            "response_message_ephemeral",
                            (request.json().path("data").path("flags").asInt() & 64) != 0);
            if (callbackType == 4 || callbackType == 7) {
                resource.set(
                        "message",
                        uploaded(
                                DiscordPayloads.botMessage(
                                        world,
                                        messageId,
                                        interaction.channelId(),
                                        request.json().path("data"),
                                        true),
                                request.json().path("data"),
                                request));
            }
        }
        return Response.ok(answer);
    }

    private Response editWebhookMessage(Matcher match, Incoming request) {
        String interactionToken = match.group(1);
        String messageId = match.group(2).equals("@original") ? originalMessageId(interactionToken) : match.group(2);
        return Response.ok(uploaded(
                DiscordPayloads.botMessage(world, messageId, channelOf(interactionToken), request.json(), true),
                request.json(),
                request));
    }

    private Response followup(Matcher match, Incoming request) {
        String interactionToken = match.group(1);
        return Response.ok(uploaded(
                DiscordPayloads.botMessage(world, ids.next(), channelOf(interactionToken), request.json(), true),
                request.json(),
                request));
    }

    /**
     * Opens (or finds) the bot's DM channel with {@code recipient_id}: the world's DM channel for the world's member, a
     * channel of its own for anyone else, the same one every time.
     */
    private Response openDm(Matcher match, Incoming request) {
        String userId = request.json().path("recipient_id").asText();
        String channelId = dmChannelsByUser.computeIfAbsent(
                userId, user -> user.equals(world.memberId()) ? world.dmChannelId() : ids.next());
        return Response.ok(DiscordPayloads.dmChannelWith(world, channelId, userId));
    }

    private Response channelMessage(Matcher match, Incoming request) {
        String channelId = match.group(1);
        ObjectNode thread = threadsById.get(channelId);
        if (thread != null && archived(thread)) {
            setArchived(thread, false);
        }
        JsonNode body = request.json();
        if (body.path("enforce_nonce").asBoolean(false) && body.hasNonNull("nonce")) {
            String key = channelId + "/" + body.get("nonce").asText();
            return Response.ok(messagesByNonce.computeIfAbsent(key, ignored -> created(channelId, request)));
        }
        return Response.ok(created(channelId, request));
    }

    /**
     * An edit of a message the bot posted (a round's reveal): answered with the message as edited, or 50083 in an
     * archived thread.
     */
    private Response editChannelMessage(Matcher match, Incoming request) {
        ObjectNode thread = threadsById.get(match.group(1));
        if (thread != null && archived(thread)) {
            return Response.failure(Failure.threadArchived());
        }
        return Response.ok(uploaded(
                DiscordPayloads.botMessage(world, match.group(2), match.group(1), request.json(), false),
                request.json(),
                request));
    }

    /**
     * A public thread on a message, whose id is the message's, as on Discord; a second one on the same message is
     * refused with 160004, as Discord refuses it.
     */
    private Response threadFromMessage(Matcher match, Incoming request) {
        String messageId = match.group(2);
        synchronized (threadsById) {
            if (threadsById.containsKey(messageId)) {
                return Response.failure(Failure.threadAlreadyCreated());
            }
            ObjectNode thread = DiscordPayloads.thread(
                    world,
                    messageId,
                    match.group(1),
                    request.json().path("name").asText(),
                    request.json().path("auto_archive_duration").asInt(1440));
            threadsById.put(messageId, thread);
            createdThreads.add(thread);
            return Response.ok(thread);
        }
    }

    /** An update of a thread the fake opened: only {@code archived} is honoured; other channels are unknown. */
    private Response editThread(Matcher match, Incoming request) {
        ObjectNode thread = threadsById.get(match.group(1));
        if (thread == null) {
            return Response.failure(Failure.unknownChannel());
        }
        if (request.json().has("archived")) {
            setArchived(thread, request.json().path("archived").asBoolean());
        }
        return Response.ok(thread);
    }

    private static boolean archived(ObjectNode thread) {
        return thread.path("thread_metadata").path("archived").asBoolean();
    }

    /** Archives or unarchives a thread and, when that changes it, tells the bot with THREAD_UPDATE. */
    private void setArchived(ObjectNode thread, boolean archived) {
        ObjectNode copy;
        synchronized (thread) {
            if (archived(thread) == archived) {
                return;
            }
            ((ObjectNode) thread.get("thread_metadata")).put("archived", archived);
            copy = thread.deepCopy();
        }
        threadEvents.accept("THREAD_UPDATE", copy);
    }

    private ObjectNode created(String channelId, Incoming request) {
        ObjectNode message = uploaded(
                DiscordPayloads.botMessage(world, ids.next(), channelId, request.json(), false),
                request.json(),
                request);
        createdMessages.add(message);
        return message;
    }

    /** The message with the attachments made of the request's files, when it uploaded any. */
    private ObjectNode uploaded(ObjectNode message, JsonNode requested, Incoming request) {
        return request.files().isEmpty()
                ? message
                : DiscordPayloads.withUploads(message, requested, request.files(), ids::next);
    }

    private String originalMessageId(String interactionToken) {
        return originalMessageIds.computeIfAbsent(interactionToken, ignored -> ids.next());
    }

    private String channelOf(String interactionToken) {
        SentInteraction interaction = interactionsByToken.get(interactionToken);
        return interaction != null ? interaction.channelId() : world.channelId();
    }

    private static Incoming read(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        String path = rawPath.startsWith(API_PREFIX) ? rawPath.substring(API_PREFIX.length()) : rawPath;
        path = URLDecoder.decode(path, StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String contentType = headers.get("content-type");
        JsonNode json = MissingNode.getInstance();
        List<UploadedFile> files = List.of();
        if (MultipartForm.isMultipart(contentType)) {
            MultipartForm form = MultipartForm.parse(contentType, body);
            json = form.payloadJson();
            files = form.files();
        } else if (body.length > 0) {
            json = Json.parse(new String(body, StandardCharsets.UTF_8));
        }
        return new Incoming(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                path,
                query(exchange.getRequestURI().getRawQuery()),
                Map.copyOf(headers),
                json,
                files);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        exchange.getResponseHeaders().set("Via", "1.1 google");
        response.headers().forEach(exchange.getResponseHeaders()::set);
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = Json.write(response.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A request as received, before it is answered. */
    private record Incoming(
            String method,
            String path,
            Map<String, String> query,
            Map<String, String> headers,
            JsonNode json,
            List<UploadedFile> files) {}

    private record Route(String method, Pattern pattern, Handler handler) {}

    @FunctionalInterface
    private interface Handler {
        Response handle(Matcher match, Incoming request);
    }

    private record ArmedDelay(String method, Pattern path, Duration delay) {}

    private record ArmedFailure(String method, Pattern path, AtomicInteger remaining, Failure failure) {
        boolean matches(Incoming request) {
            return method.equals(request.method())
                    && path.matcher(request.path()).matches();
        }
    }

    /** A token bucket of one second's worth of requests, refilled continuously. */
    private static final class GlobalRateLimit {

        private final double perSecond;
        private double tokens;
        private long refilledAt = System.nanoTime();

        GlobalRateLimit(double perSecond) {
            this.perSecond = perSecond;
            this.tokens = perSecond;
        }

        /** Takes a token: 0 when there was one, otherwise the seconds until there will be. */
        synchronized double take() {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens--;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }
    }

    /** An answer: status, JSON body ({@code null} for no body) and extra headers. */
    private record Response(int status, JsonNode body, Map<String, String> headers) {

        static Response globalRateLimit(double retryAfterSeconds) {
            double seconds = Math.ceil(retryAfterSeconds * 1000) / 1000;
            ObjectNode body = Json.object()
                    .put("message", "You are being rate limited.")
                    .put("retry_after", seconds)
                    .put("global", true);
            return new Response(
                    429,
                    body,
                    Map.of(
                            "Retry-After", Long.toString((long) Math.ceil(seconds)),
                            "X-RateLimit-Global", "true",
                            "X-RateLimit-Scope", "global"));
        }

        static Response ok(JsonNode body) {
            return new Response(200, body, Map.of());
        }

        static Response noContent() {
            return new Response(204, null, Map.of());
        }

        static Response failure(Failure failure) {
            ObjectNode body = Json.object().put("message", failure.message()).put("code", failure.code());
            if (!failure.isRateLimit()) {
                return new Response(failure.status(), body, Map.of());
            }
            String seconds = Integer.toString(failure.retryAfterSeconds());
            body.put("retry_after", (double) failure.retryAfterSeconds()).put("global", false);
            return new Response(
                    429,
                    body,
                    Map.of(
                            "Retry-After", seconds,
                            "X-RateLimit-Limit", "5",
                            "X-RateLimit-Remaining", "0",
                            "X-RateLimit-Reset-After", seconds,
                            "X-RateLimit-Scope", "user"));
        }
    }
}
