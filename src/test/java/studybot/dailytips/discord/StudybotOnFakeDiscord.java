package studybot.dailytips.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import studybot.CompositionRoot;
import studybot.DiscordStudybot;
import studybot.Studybot;
import studybot.book.CurrentBook;
import studybot.config.ConfigLoader;
import studybot.config.DailyTipsConfig;
import studybot.config.StudybotConfig;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.MutableClock;
import studybot.digest.ReadingServices;
import studybot.discord.DiscordBot;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.FakeWorld;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.store.Store;
import studybot.store.Stores;

/**
 * studybot wired as {@code DiscordMode} wires it, by the {@link CompositionRoot} (one SQLite store in a temp data
 * folder, every feature, daily tips with the digest and the question of the day), running the real JDA against the fake
 * Discord, on a clock the test moves so "one minute later" needs no waiting; the daily-tip scheduler checks every
 * second. {@link #stopBot()} and {@link #startBot()} restart it over the same data folder, as a redeploy would.
 */
public final class StudybotOnFakeDiscord implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(20);
    /** The message flag that makes an interaction answer visible to the clicker only. */
    public static final int EPHEMERAL = 1 << 6;

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private final MutableClock clock;
    private final FakeDiscord discord;
    private final StudybotConfig config;
    private final String channelPosts;
    private Store store;
    private DiscordStudybot wired;
    private DiscordBot bot;

    private StudybotOnFakeDiscord(Path dataFolder, Instant start, FakeDiscord discord) throws Exception {
        this.clock = new MutableClock(start);
        this.discord = discord;
        StudybotConfig base = new ConfigLoader().load(Path.of("config/studybot.json"));
        this.config = new StudybotConfig(
                base.seedsFolder(),
                dataFolder,
                base.book(),
                base.cache(),
                base.search(),
                base.section(),
                base.discord(),
                base.reload(),
                new DailyTipsConfig(1, 30),
                base.store(),
                base.metrics(),
                base.threads());
        this.channelPosts = "channels/" + discord.world().channelId() + "/messages";
    }

    /** Starts the fake Discord and studybot on it, with the clock at {@code start}. */
    public static StudybotOnFakeDiscord start(Path dataFolder, Instant start) throws Exception {
        return start(dataFolder, start, 0);
    }

    /**
     * As {@link #start(Path, Instant)}, in the standard server and {@code otherServers} more
     * ({@link FakeWorld#otherServer}), all on one shard.
     */
    public static StudybotOnFakeDiscord start(Path dataFolder, Instant start, int otherServers) throws Exception {
        return start(
                dataFolder, start, otherServers == 0 ? FakeDiscord.start() : FakeDiscord.startSharded(1, otherServers));
    }

    /**
     * As {@link #start(Path, Instant)}, in {@code world} alone (such as the standard server as a Community server with
     * another preferred locale).
     */
    public static StudybotOnFakeDiscord start(Path dataFolder, Instant start, FakeWorld world) throws Exception {
        return start(dataFolder, start, FakeDiscord.start(world));
    }

    private static StudybotOnFakeDiscord start(Path dataFolder, Instant start, FakeDiscord discord) throws Exception {
        StudybotOnFakeDiscord fixture;
        try {
            fixture = new StudybotOnFakeDiscord(dataFolder, start, discord);
        } catch (Exception | AssertionError e) {
            discord.close();
            throw e;
        }
        try {
            fixture.startBot();
        } catch (Exception | AssertionError e) {
            fixture.discord.close();
            throw e;
        }
        return fixture;
    }

    /** Wired as {@code DiscordMode} does, by the composition root, over a store opened as it opens it. */
    public void startBot() throws Exception {
        store = Stores.open(config.store(), config.dataFolder(), Map.of(), CompositionRoot.tables(), clock);
        wired = CompositionRoot.onDiscord(config, store, clock);
        wired.studybot().loadBook();
        bot = wired.connect(DiscordEndpoints.fromEnvironment(discord.environment()));
        assertThat(bot.awaitReady(WAIT)).as("connected and commands registered").isTrue();
    }

    /** As {@code DiscordMode} stops: the bot and its features, then the store they share. */
    public void stopBot() throws InterruptedException {
        try {
            bot.shutdown(WAIT);
        } finally {
            store.close();
        }
    }

    /** Stops the bot and the fake; an interrupt while waiting for the bot is kept for the test runner to see. */
    @Override
    public void close() {
        try {
            stopBot();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            discord.close();
        }
    }

    public FakeDiscord discord() {
        return discord;
    }

    public MutableClock clock() {
        return clock;
    }

    public StudybotConfig config() {
        return config;
    }

    /** The daily tips of the running bot (a restart makes new ones). */
    public DailyTipsOnDiscord dailyTips() {
        return wired.dailyTips();
    }

    public DailyTipService tipService() {
        return wired.tipService();
    }

    /** The store of the running bot (a restart opens it again). */
    public Store store() {
        return store;
    }

    /** A connection of its own to the bot's SQLite file, as another process would open one, e.g. to lock the store. */
    public Connection openStoreFile() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + config.dataFolder().resolve(Stores.SQLITE_FILE));
    }

    /** The book the running bot serves. */
    public CurrentBook book() {
        return wired.studybot().book();
    }

    public ReadingServices reading() {
        return wired.reading();
    }

    public Studybot studybot() {
        return wired.studybot();
    }

    /** The channel's message path, e.g. to make Discord fail posts there. */
    public String channelPosts() {
        return channelPosts;
    }

    /** Messages posted in the world's channel (daily posts, "post now"). */
    public Predicate<RecordedRequest> post() {
        return request -> request.at("POST", channelPosts);
    }

    /** Messages posted in {@code server}'s channel. */
    public Predicate<RecordedRequest> postIn(FakeWorld server) {
        return request -> request.at("POST", "channels/" + server.channelId() + "/messages");
    }

    /** {@code /tips set} in the world's channel at {@code time}, Berlin time, by {@code who}. */
    public JsonNode setTips(Invoker who, String time) {
        return setTips(discord.world(), who, time);
    }

    /** {@code /tips set} in {@code server}'s channel at {@code time}, Berlin time, by {@code who}. */
    public JsonNode setTips(FakeWorld server, Invoker who, String time) {
        return reply(discord.slashCommand("tips")
                .subcommand("set")
                .option("channel", server.channelId())
                .option("time", time)
                .option("timezone", "Europe/Berlin")
                .in(server)
                .by(who));
    }

    /** Sends the interaction and returns the data of its (first) callback. */
    public JsonNode reply(InteractionBuilder interaction) {
        return discord.awaitCallback(interaction.send(), WAIT).json().path("data");
    }

    /** The answer's message: the callback's, or, when the bot deferred first, the followup or edit that came after. */
    public JsonNode answer(InteractionBuilder interaction) {
        SentInteraction sent = interaction.send();
        JsonNode callback = discord.awaitCallback(sent, WAIT).json();
        if (callback.path("type").asInt() != 5) {
            return callback.path("data");
        }
        return discord.rest()
                .awaitRequest(
                        request -> request.at("POST", sent.followupPath())
                                || request.at("PATCH", sent.originalMessagePath()),
                        WAIT)
                .json();
    }

    /**
     * Uploads one HTML page, zipped in {@code folder} as a member would send it, as this server's own book with
     * {@code /book add}, and chooses it with {@code /book use}.
     */
    public void useOwnBook(Path page, Path folder) throws IOException {
        String name = page.getFileName().toString();
        Path zip = folder.resolve(name.replaceFirst("\\.html$", "") + ".zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry(name));
            entries.write(Files.readAllBytes(page));
            entries.closeEntry();
        }
        String added = text(answer(discord.slashCommand("book")
                .subcommand("add")
                .option("file", discord.attachment(zip.getFileName().toString(), Files.readAllBytes(zip)))
                .by(Invoker.ADMIN)));
        Matcher id = Pattern.compile("id `([^`]+)`").matcher(added);
        assertThat(id.find()).as(added).isTrue();
        assertThat(text(answer(discord.slashCommand("book")
                        .subcommand("use")
                        .option("book", id.group(1))
                        .by(Invoker.ADMIN))))
                .contains("This server reads");
    }

    /**
     * The answer to {@code sent} that carries files: its callback, or after a deferral the edit of its original message
     * (or, for an answer to the asker only, a private followup).
     */
    public RecordedRequest answerWithFiles(SentInteraction sent) {
        return discord.rest()
                .awaitRequest(
                        request -> !request.files().isEmpty()
                                && (request.at("POST", sent.callbackPath())
                                        || request.at("PATCH", sent.originalMessagePath())
                                        || request.at("POST", sent.followupPath())),
                        WAIT);
    }

    /** The message of an interaction's answer: the callback's data, or the body of an edit or followup. */
    public static JsonNode message(RecordedRequest request) {
        return request.json().has("data") ? request.json().path("data") : request.json();
    }

    /** The message's content, or its embed's title, description and fields, as one text to search. */
    public static String text(JsonNode data) {
        JsonNode embed = data.path("embeds").path(0);
        if (embed.isMissingNode()) {
            return data.path("content").asText();
        }
        StringBuilder text = new StringBuilder(embed.path("title").asText())
                .append('\n')
                .append(embed.path("description").asText());
        embed.path("fields")
                .forEach(field -> text.append('\n')
                        .append(field.path("name").asText())
                        .append(": ")
                        .append(field.path("value").asText()));
        return text.toString();
    }

    /**
     * As {@link #text}, with Discord's markdown escaping and bold marks taken out, to compare with the book's words.
     */
    public static String plainText(JsonNode data) {
        return unescaped(text(data)).replace("**", "");
    }

    /** Markdown as it reads, without the backslashes that escape Discord's markdown characters. */
    public static String unescaped(String markdown) {
        return markdown.replaceAll("\\\\(.)", "$1");
    }

    /** A message id Discord would give a message sent at {@code sent}: its creation time, as a snowflake carries it. */
    public static String messageIdAt(Instant sent) {
        return Long.toString((sent.toEpochMilli() - DISCORD_EPOCH_MILLIS) << 22 | 1);
    }

    /** The custom ids of every component of a message, row by row. */
    public static List<String> customIds(JsonNode message) {
        return buttons(message)
                .map(component -> component.path("custom_id").asText())
                .toList();
    }

    /** Every component inside the message's action rows. */
    public static Stream<JsonNode> buttons(JsonNode message) {
        return StreamSupport.stream(message.path("components").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.path("components").spliterator(), false));
    }
}
