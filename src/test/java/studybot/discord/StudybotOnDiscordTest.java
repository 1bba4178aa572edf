package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.OfflineStudybot;
import studybot.Studybot;
import studybot.command.CommandSpec;
import studybot.command.Reach;
import studybot.discord.fake.Failure;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.FakeGateway;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.testing.FakeDiscordExtension;
import studybot.testing.OfflineStudybotExtension;
import studybot.testing.Started;

/**
 * The real wiring (real JDA, real commands, the real book) against a fake Discord on loopback. After every test, every
 * request the bot made is checked against Discord's own OpenAPI description.
 */
class StudybotOnDiscordTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int EPHEMERAL = 1 << 6;

    @RegisterExtension
    final FakeDiscordExtension fake = FakeDiscordExtension.standard();

    @RegisterExtension
    final OfflineStudybotExtension offline = OfflineStudybotExtension.shipped();

    @Started
    private FakeDiscord discord;

    @Started
    private Studybot studybot;

    private DiscordBot bot;

    @BeforeEach
    void connect(OfflineStudybot running) throws Exception {
        bot = running.connect(discord, studybot.registry(), studybot.interactions());
    }

    @AfterEach
    void disconnect() throws Exception {
        bot.shutdown(WAIT);
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    @Test
    void registersTheBookCommandsGlobally() {
        List<JsonNode> commands = discord.rest().globalCommands();

        assertThat(commands)
                .as("every command the registry knows, in the order /help lists them")
                .extracting(command -> command.path("name").asText())
                .containsExactlyElementsOf(studybot.registry().specs().stream()
                        .map(CommandSpec::name)
                        .toList());
        JsonNode language = named(commands, "language");
        assertThat(language.path("description").asText())
                .isEqualTo("The language of the server's public messages (admins)");
        assertThat(language.path("description_localizations").path("de").asText())
                .isEqualTo("Die Sprache der öffentlichen Nachrichten des Servers (Admins)");
        assertThat(commands).as("command names stay English").allSatisfy(command -> {
            JsonNode names = command.path("name_localizations");
            assertThat(names.isMissingNode() || names.isEmpty() || names.isNull())
                    .as("/" + command.path("name").asText())
                    .isTrue();
        });
        assertThat(language.path("options")
                        .get(0)
                        .path("options")
                        .get(0)
                        .path("description_localizations")
                        .path("de")
                        .asText())
                .isEqualTo("Sprachcode: en (English), de (Deutsch), es (español) oder fr (français)");
        assertThat(language.path("description_localizations").path("fr").asText())
                .isEqualTo("La langue des messages publics du serveur (admins)");
        assertThat(language.path("options")
                        .get(0)
                        .path("options")
                        .get(0)
                        .path("description_localizations")
                        .path("fr")
                        .asText())
                .isEqualTo("Code de langue\u00a0: en (English), de (Deutsch), es (español) ou fr (français)");
        JsonNode stats = named(commands, "stats");
        assertThat(stats.path("default_member_permissions").asText()).isEqualTo("32");
        assertThat(stats.path("contexts")).extracting(JsonNode::asInt).containsExactly(0);
        JsonNode section = named(commands, "section");
        JsonNode number = section.path("options").get(0);
        assertThat(number.path("name").asText()).isEqualTo("number");
        assertThat(number.path("autocomplete").asBoolean()).isTrue();
        assertThat(number.path("max_length").asInt()).isEqualTo(100);
        assertThat(named(commands, "search")
                        .path("options")
                        .get(0)
                        .path("max_length")
                        .asInt())
                .isEqualTo(100);
        assertThat(section.path("contexts")).extracting(JsonNode::asInt).contains(0, 1, 2);
    }

    @Test
    void eachTopLevelCommandIsRegisteredWhereItReaches() {
        Map<String, List<Integer>> contexts = new LinkedHashMap<>();
        Map<String, List<Integer>> installs = new LinkedHashMap<>();
        for (JsonNode command : discord.rest().globalCommands()) {
            contexts.put(command.path("name").asText(), ints(command.path("contexts")));
            installs.put(command.path("name").asText(), ints(command.path("integration_types")));
        }
        Set<String> servers = studybot.registry().specs().stream()
                .filter(spec -> spec.reach() == Reach.SERVERS)
                .map(CommandSpec::name)
                .collect(Collectors.toSet());

        assertThat(servers)
                .as("the commands docs/architecture.md says reach servers only")
                .contains("stats", "tips", "round", "plan", "discuss", "language")
                .doesNotContain("section", "search", "tip", "help", "book", "quiz", "read", "unread", "progress");
        assertThat(contexts)
                .as("0: in a server, 1: in direct messages with studybot, 2: DMs and group DMs between people")
                .containsOnlyKeys(studybot.registry().specs().stream()
                        .map(CommandSpec::name)
                        .toList())
                .allSatisfy((name, where) -> assertThat(where)
                        .as("/" + name)
                        .isEqualTo(servers.contains(name) ? List.of(0) : List.of(0, 1, 2)));
        assertThat(installs)
                .as("0: servers that install studybot, 1: members who install it for themselves")
                .allSatisfy((name, how) ->
                        assertThat(how).as("/" + name).isEqualTo(servers.contains(name) ? List.of(0) : List.of(0, 1)));
    }

    /** The registered command called {@code name}, wherever the registry placed it. */
    private static JsonNode named(List<JsonNode> commands, String name) {
        return commands.stream()
                .filter(command -> command.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("/" + name + " is not registered"));
    }

    private static String embedText(JsonNode callback) {
        return callback.path("data").path("embeds").path(0).path("description").asText();
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asInt()));
        return values;
    }

    @Test
    void sectionIsAnEmbedWithNavigationAndMarkAsReadButtons() {
        SentInteraction sent = discord.slashCommand("section")
                .option("number", "20.4")
                .by(Invoker.MEMBER)
                .send();

        JsonNode data = discord.awaitCallback(sent, WAIT).json().path("data");
        JsonNode embed = data.path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("20.4 Replication Groups: Primary Node and Read Replicas");
        assertThat(embed.path("description").asText()).startsWith("Right, so you’ve decided");
        assertThat(embed.path("footer").path("text").asText()).startsWith("Chapter 20");
        assertThat(data.path("flags").asInt() & EPHEMERAL)
                .as("content is public")
                .isZero();
        assertThat(customIds(data)).containsExactly("nav:20.3:0", "nav:20.5:0", "read:20.4");
    }

    @Test
    void autocompleteOffersChapterTwentyForTwentyDot() {
        SentInteraction sent =
                discord.autocomplete("section").focus("number", "20.").send();

        JsonNode callback = discord.awaitCallback(sent, WAIT).json();
        assertThat(callback.path("type").asInt()).isEqualTo(8);
        JsonNode choices = callback.path("data").path("choices");
        assertThat(choices).hasSizeBetween(1, 25);
        assertThat(choices)
                .extracting(choice -> choice.path("value").asText())
                .containsExactly("20.1", "20.2", "20.3", "20.4", "20.5", "20.6", "20.7");
        assertThat(choices)
                .allSatisfy(choice -> assertThat(choice.path("name").asText()).hasSizeLessThanOrEqualTo(100));
    }

    @Test
    void nextSectionClickEditsTheMessageInPlace() {
        SentInteraction sent =
                discord.buttonClick("nav:20.5:0").by(Invoker.MEMBER).send();

        JsonNode callback = discord.awaitCallback(sent, WAIT).json();
        assertThat(callback.path("type").asInt()).as("UPDATE_MESSAGE").isEqualTo(7);
        assertThat(callback.path("data").path("embeds").get(0).path("title").asText())
                .isEqualTo("20.5 Redis Pub/Sub and Sorted Sets for Leaderboards");
    }

    @Test
    void searchListsPoolingFirstWithAPickList() {
        SentInteraction sent =
                discord.slashCommand("search").option("query", "pooling").send();

        JsonNode data = discord.awaitCallback(sent, WAIT).json().path("data");
        JsonNode fields = data.path("embeds").get(0).path("fields");
        assertThat(fields.get(0).path("name").asText()).isEqualTo("62.8 Connection Pooling Strategies");
        assertThat(fields.get(0).path("value").asText()).contains("**pooling**");
        assertThat(customIds(data)).containsExactly("open:62.8:0");
    }

    @Test
    void pickingASearchHitOpensItAsANewMessage() {
        SentInteraction sent = discord.pick("pick").choosing("62.2:0").send();

        JsonNode callback = discord.awaitCallback(sent, WAIT).json();
        assertThat(callback.path("type").asInt())
                .as("CHANNEL_MESSAGE_WITH_SOURCE, not an edit")
                .isEqualTo(4);
        assertThat(callback.path("data").path("embeds").get(0).path("title").asText())
                .isEqualTo("62.2 asyncpg: Async PostgreSQL Driver");
    }

    @Test
    void aSearchWithSeveralHitsOffersAPickList() {
        SentInteraction sent =
                discord.slashCommand("search").option("query", "redis").send();

        JsonNode data = discord.awaitCallback(sent, WAIT).json().path("data");
        JsonNode menu = data.path("components").get(0).path("components").get(0);
        assertThat(menu.path("type").asInt()).isEqualTo(3);
        assertThat(menu.path("custom_id").asText()).isEqualTo("pick");
        assertThat(menu.path("options"))
                .hasSizeGreaterThan(1)
                .allSatisfy(option -> assertThat(option.path("value").asText()).matches("\\d+\\.\\d+:0"));
    }

    @Test
    void correctedSearchSaysWhatItShows() {
        SentInteraction sent =
                discord.slashCommand("search").option("query", "replicaton").send();

        JsonNode embed = discord.awaitCallback(sent, WAIT)
                .json()
                .path("data")
                .path("embeds")
                .get(0);
        assertThat(embed.path("description").asText()).contains("Showing results for **replication**");
        assertThat(embed.path("fields").get(0).path("name").asText()).startsWith("20.4");
    }

    @Test
    void aMissIsEphemeralWithSuggestions() {
        SentInteraction sent =
                discord.slashCommand("section").option("number", "20.9").send();

        JsonNode data = discord.awaitCallback(sent, WAIT).json().path("data");
        assertThat(data.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(data.path("embeds").get(0).path("description").asText()).contains("There is no section 20.9");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "@everyone",
                "@here look",
                "<@123456789012345678>",
                "**bold** __u__ `code`",
                "title:foo AND (bar",
                "\"unclosed",
                "🔥🔥🔥",
                "a\u0000b",
                "C++ AND pub/sub*~",
                "zzqxw vvkjq plmnb zzqxw vvkjq plmnb zzqxw vvkjq plmnb zzqxw vvkjq plmnb zzqxw vvkjq plmnb zzqxw vvkjq pl"
            })
    void hostileSearchInputIsAnsweredSafely(String input) {
        SentInteraction sent = discord.slashCommand("search")
                .option("query", input)
                .by(Invoker.MEMBER)
                .send();

        RecordedRequest callback = discord.awaitCallback(sent, WAIT);
        JsonNode data = callback.json().path("data");
        assertThat(callback.json().path("type").asInt()).isEqualTo(4);
        assertThat(data.path("flags").asInt() & EPHEMERAL)
                .as("a problem is shown only to the asker")
                .isEqualTo(EPHEMERAL);
        assertThat(data.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(data.toString())
                .doesNotContain("@everyone")
                .doesNotContain("@here")
                .doesNotContain("<@1");
    }

    @Test
    void hostileSectionInputIsAnsweredSafely() {
        SentInteraction sent = discord.slashCommand("section")
                .option("number", "@everyone **x**")
                .send();

        JsonNode data = discord.awaitCallback(sent, WAIT).json().path("data");
        assertThat(data.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(data.toString()).doesNotContain("@everyone");
    }

    @Test
    void worksInDirectMessages() {
        SentInteraction sent = discord.slashCommand("tip").inDirectMessage().send();

        JsonNode embed = discord.awaitCallback(sent, WAIT)
                .json()
                .path("data")
                .path("embeds")
                .get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Study tip");
    }

    @Test
    void aServerWithoutStudybotIsTheMembersOwnPlace() {
        SentInteraction leaderboard = discord.slashCommand("quiz")
                .subcommand("leaderboard")
                .inServerWithoutTheBot()
                .send();
        SentInteraction round = discord.slashCommand("round")
                .subcommand("start")
                .inServerWithoutTheBot()
                .send();

        assertThat(embedText(discord.awaitCallback(leaderboard, WAIT).json()))
                .as("ranking is for servers with studybot")
                .contains("is per server");
        assertThat(embedText(discord.awaitCallback(round, WAIT).json())).contains("works only in a server");
    }

    @Test
    void resumesAfterADroppedConnectionAndAnswersTheNextInteraction() {
        discord.gateway().dropConnection();
        discord.gateway().awaitOpcode(FakeGateway.RESUME, 1, WAIT);

        SentInteraction sent =
                discord.slashCommand("section").option("number", "62.8").send();

        assertThat(discord.awaitCallback(sent, WAIT)
                        .json()
                        .path("data")
                        .path("embeds")
                        .get(0)
                        .path("title")
                        .asText())
                .isEqualTo("62.8 Connection Pooling Strategies");
    }

    @Test
    void aRateLimitIsWaitedOutAndTheReplyStillArrives() {
        discord.rest().failNext("POST", "interactions/.*/callback", 1, Failure.rateLimited(1));

        SentInteraction sent = discord.slashCommand("help").send();

        assertThat(discord.awaitCallback(sent, WAIT)
                        .json()
                        .path("data")
                        .path("embeds")
                        .get(0)
                        .path("title")
                        .asText())
                .isEqualTo("studybot help");
    }

    @Test
    void everyMessageTheBotSendsMentionsNobody() {
        discord.awaitCallback(
                discord.slashCommand("section").option("number", "20.4").send(), WAIT);
        discord.awaitCallback(
                discord.slashCommand("search")
                        .option("query", "@everyone redis")
                        .send(),
                WAIT);
        discord.awaitCallback(discord.buttonClick("open:62.1:0").send(), WAIT);

        List<RecordedRequest> messages = discord.rest()
                .requests()
                .matching(request ->
                        request.json() != null && request.json().path("data").has("embeds"));
        assertThat(messages)
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(request -> assertThat(request.json()
                                .path("data")
                                .path("allowed_mentions")
                                .path("parse"))
                        .isEmpty());
    }

    @Test
    void statsIsForServerManagersOnlyAndCountsWhatWasAnswered() {
        discord.awaitCallback(
                discord.slashCommand("section").option("number", "20.4").send(), WAIT);
        discord.awaitCallback(
                discord.slashCommand("section").option("number", "20.9").send(), WAIT);

        JsonNode refused = discord.awaitCallback(
                        discord.slashCommand("stats").by(Invoker.MEMBER).send(), WAIT)
                .json()
                .path("data");
        assertThat(refused.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(refused.path("embeds").get(0).path("description").asText()).contains("Manage Server");

        JsonNode stats = discord.awaitCallback(
                        discord.slashCommand("stats").by(Invoker.ADMIN).send(), WAIT)
                .json()
                .path("data");
        assertThat(stats.path("flags").asInt() & EPHEMERAL)
                .as("admin figures are private")
                .isEqualTo(EPHEMERAL);
        JsonNode embed = stats.path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("studybot stats");
        assertThat(embed.toString()).contains("section").contains("15 sections");
    }

    private static List<String> customIds(JsonNode data) {
        return StreamSupport.stream(data.path("components").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.path("components").spliterator(), false))
                .map(component -> component.path("custom_id").asText())
                .toList();
    }
}
