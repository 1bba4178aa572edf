package studybot.discord.openapi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.UploadedFile;

/** The checker accepts what Discord's spec accepts and rejects, with a readable reason, what it doesn't. */
class DiscordOpenApiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOKEN = "aW50ZXJhY3Rpb24tdG9rZW4";
    private static final String CALLBACK = "interactions/1300000000000000001/" + TOKEN + "/callback";
    private static final String ORIGINAL = "webhooks/1200000000000000001/" + TOKEN + "/messages/@original";
    private static final String FOLLOWUP = "webhooks/1200000000000000001/" + TOKEN;
    private static final String CHANNEL_MESSAGES = "channels/1100000000000000001/messages";
    private static final String GLOBAL_COMMANDS = "applications/1200000000000000001/commands";
    private static final String GUILD_COMMANDS = "applications/1200000000000000001/guilds/1000000000000000001/commands";

    private final DiscordOpenApi api = DiscordOpenApi.get();

    // ---- interaction callbacks -------------------------------------------------------------------------------

    @Test
    void embedReplyWithButtonsAndNoMentionsIsAccepted() throws IOException {
        JsonNode body = json("""
                {"type": 4, "data": {
                  "content": "",
                  "embeds": [{"title": "Pooling", "url": "https://example.org/book", "description": "Section 20.4",
                              "color": 5793266, "fields": [{"name": "Chapter", "value": "20", "inline": true}],
                              "footer": {"text": "studybot"}}],
                  "components": [{"type": 1, "components": [
                      {"type": 2, "style": 1, "custom_id": "tip:next", "label": "Next tip", "disabled": false},
                      {"type": 2, "style": 5, "url": "https://example.org/book/20.4", "label": "Read"}]}],
                  "allowed_mentions": {"parse": []},
                  "flags": 64, "tts": false, "poll": null}}
                """);

        assertThat(api.violations("POST", CALLBACK, Map.of("with_response", "true"), body))
                .isEmpty();
    }

    @Test
    void contentOver2000CharactersIsRejected() throws IOException {
        ObjectNode body = object("{\"type\": 4, \"data\": {}}");
        ((ObjectNode) body.get("data")).put("content", "x".repeat(2001));

        assertThat(api.violations("POST", CALLBACK, Map.of(), body))
                .containsExactly(
                        "/data/content: must be at most 2000 characters long (value: a string of 2001 characters)"
                                + " [spec /components/schemas/IncomingWebhookInteractionRequest/properties/content/maxLength]");
        ((ObjectNode) body.get("data")).put("content", "x".repeat(2000));
        assertThat(api.violations("POST", CALLBACK, Map.of(), body)).isEmpty();
    }

    @Test
    void embedTitleOver256CharactersIsRejected() throws IOException {
        JsonNode body = reply(embed().put("title", "t".repeat(257)));

        assertThat(api.violations("POST", CALLBACK, Map.of(), body))
                .singleElement()
                .asString()
                .startsWith("/data/embeds/0/title: must be at most 256 characters long")
                .contains("RichEmbed/properties/title/maxLength");
    }

    @Test
    void embedDescriptionOver4096CharactersIsRejected() throws IOException {
        JsonNode body = reply(embed().put("description", "d".repeat(4097)));

        assertThat(api.violations("POST", CALLBACK, Map.of(), body))
                .singleElement()
                .asString()
                .startsWith("/data/embeds/0/description: must be at most 4096 characters");
    }

    @Test
    void embedWith26FieldsIsRejectedAnd25Accepted() throws IOException {
        ObjectNode embed = embed();
        ArrayNode fields = embed.putArray("fields");
        for (int i = 0; i < 25; i++) {
            fields.addObject().put("name", "field " + i).put("value", "value " + i);
        }
        assertThat(api.violations("POST", CALLBACK, Map.of(), reply(embed))).isEmpty();

        fields.addObject().put("name", "one too many").put("value", "v");

        assertThat(api.violations("POST", CALLBACK, Map.of(), reply(embed)))
                .singleElement()
                .asString()
                .startsWith("/data/embeds/0/fields: must have at most 25 items");
    }

    @Test
    void embedFieldValueOver1024CharactersIsRejected() throws IOException {
        ObjectNode embed = embed();
        embed.putArray("fields").addObject().put("name", "n").put("value", "v".repeat(1025));

        assertThat(api.violations("POST", CALLBACK, Map.of(), reply(embed)))
                .singleElement()
                .asString()
                .startsWith("/data/embeds/0/fields/0/value: must be at most 1024");
    }

    @Test
    void buttonCustomIdOver100CharactersIsRejected() throws IOException {
        JsonNode body = json("""
                {"type": 4, "data": {"content": "hi", "components": [{"type": 1, "components": [
                    {"type": 2, "style": 1, "custom_id": "%s", "label": "Next"}]}]}}
                """.formatted("c".repeat(101)));

        assertThat(api.violations("POST", CALLBACK, Map.of(), body))
                .containsExactly(
                        "/data/components/0/components/0/custom_id: must be at most 100 characters long"
                                + " (value: a string of 101 characters)"
                                + " [spec /components/schemas/ButtonComponentForMessageRequest/properties/custom_id/maxLength]");
    }

    @Test
    void unknownComponentTypeIsNamedAsSuch() throws IOException {
        JsonNode body = json("""
                {"type": 4, "data": {"components": [{"type": 1, "components": [{"type": 99, "style": 1}]}]}}
                """);

        assertThat(api.violations("POST", CALLBACK, Map.of(), body))
                .singleElement()
                .asString()
                .startsWith("/data/components/0/components/0/type: does not have a value in the enumeration [2, ")
                .contains("(value: 99)");
    }

    @Test
    void autocompleteWith25ChoicesIsAcceptedAnd26Rejected() throws IOException {
        ObjectNode body = object("{\"type\": 8, \"data\": {}}");
        ArrayNode choices = ((ObjectNode) body.get("data")).putArray("choices");
        for (int i = 0; i < 25; i++) {
            choices.addObject().put("name", "choice " + i).put("value", "value-" + i);
        }
        assertThat(api.violations("POST", CALLBACK, Map.of(), body)).isEmpty();

        choices.addObject().put("name", "choice 26").put("value", "value-26");

        assertThat(api.violations("POST", CALLBACK, Map.of(), body))
                .singleElement()
                .asString()
                .startsWith("/data/choices: must have at most 25 items");
    }

    @Test
    void autocompleteChoiceNameOver100CharactersIsRejected() throws IOException {
        ObjectNode body = object("{\"type\": 8, \"data\": {}}");
        ((ObjectNode) body.get("data"))
                .putArray("choices")
                .addObject()
                .put("name", "n".repeat(101))
                .put("value", "v");

        assertThat(api.violations("POST", CALLBACK, Map.of(), body))
                .singleElement()
                .asString()
                .startsWith("/data/choices/0/name: must be at most 100 characters long")
                .contains("ApplicationCommandOptionStringChoice");
    }

    @Test
    void unknownCallbackTypeIsRejected() throws IOException {
        assertThat(api.violations("POST", CALLBACK, Map.of(), json("{\"type\": 3, \"data\": {\"content\": \"x\"}}")))
                .singleElement()
                .asString()
                .startsWith("/type: does not have a value in the enumeration");
    }

    @Test
    void misspeltFieldIsReportedEvenThoughDiscordWouldIgnoreIt() throws IOException {
        JsonNode body = json("{\"type\": 4, \"data\": {\"content\": \"x\", \"allowed_mention\": {\"parse\": []}}}");

        assertThat(api.violations("POST", CALLBACK, Map.of(), body))
                .containsExactly(
                        "/data: unknown field 'allowed_mention': the spec's schema has no such property (Discord would"
                                + " silently ignore it) [spec /components/schemas/IncomingWebhookInteractionRequest"
                                + "/additionalProperties]");
    }

    @Test
    void allowedMentionsMustHaveTheDocumentedShape() throws IOException {
        assertThat(api.violations(
                        "POST",
                        CALLBACK,
                        Map.of(),
                        json("{\"type\": 4, \"data\": {\"allowed_mentions\": {\"parse\": [\"users\", \"roles\"],"
                                + " \"users\": [], \"roles\": [], \"replied_user\": true}}}")))
                .isEmpty();
        assertThat(api.violations(
                        "POST",
                        CALLBACK,
                        Map.of(),
                        json("{\"type\": 4, \"data\": {\"allowed_mentions\": {\"parse\": \"none\"}}}")))
                .singleElement()
                .asString()
                .startsWith("/data/allowed_mentions/parse: string found, [array, null] expected");
        assertThat(api.violations(
                        "POST",
                        CALLBACK,
                        Map.of(),
                        json("{\"type\": 4, \"data\": {\"allowed_mentions\": {\"parse\": [\"everybody\"]}}}")))
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).startsWith("/data/allowed_mentions/parse/0:"));
        assertThat(api.violations(
                        "POST",
                        CALLBACK,
                        Map.of(),
                        json("{\"type\": 4, \"data\": {\"allowed_mentions\": {\"users\": [\"not-a-snowflake\"]}}}")))
                .singleElement()
                .asString()
                .startsWith("/data/allowed_mentions/users/0: does not match the regex");
    }

    // ---- webhooks (followups and edits) ----------------------------------------------------------------------

    @Test
    void followupAndEditOfTheOriginalAreChecked() throws IOException {
        assertThat(api.violations(
                        "POST",
                        FOLLOWUP,
                        Map.of("wait", "true"),
                        json("{\"content\": \"only you\", \"flags\": 64, \"allowed_mentions\": {\"parse\": []}}")))
                .isEmpty();
        assertThat(api.violations("PATCH", ORIGINAL, Map.of(), json("{\"embeds\": [{\"title\": \"edited\"}]}")))
                .isEmpty();
        assertThat(api.violations(
                        "PATCH",
                        ORIGINAL,
                        Map.of(),
                        ((ObjectNode) reply(embed()).get("data")).put("content", "x".repeat(2001))))
                .singleElement()
                .asString()
                .startsWith("/content: must be at most 2000 characters long");
        assertThat(api.violations("DELETE", ORIGINAL, Map.of(), null)).isEmpty();
    }

    @Test
    void queryParametersMustBeDeclaredUnlessAKnownJdaHabit() throws IOException {
        assertThat(api.violations("PATCH", ORIGINAL, Map.of("wait", "true"), json("{\"content\": \"x\"}")))
                .as("JDA's ?wait=true on edits is a documented allowance")
                .isEmpty();
        assertThat(api.violations("POST", CHANNEL_MESSAGES, Map.of("wait", "true"), json("{\"content\": \"x\"}")))
                .singleElement()
                .asString()
                .startsWith("query parameter 'wait' is not one create_message");
    }

    // ---- channel messages ------------------------------------------------------------------------------------

    @Test
    void channelMessageWithEnforcedNonceIsAccepted() throws IOException {
        JsonNode body = json("""
                {"content": "Daily tip: read chapter 21", "nonce": "dailytip-2026-11-26", "enforce_nonce": true,
                 "allowed_mentions": {"parse": []}, "embeds": [], "components": [], "flags": 0, "tts": false}
                """);

        assertThat(api.violations("POST", CHANNEL_MESSAGES, Map.of(), body)).isEmpty();
    }

    @Test
    void nonceLongerThan25CharactersIsRejected() throws IOException {
        JsonNode body =
                json("{\"content\": \"x\", \"nonce\": \"%s\", \"enforce_nonce\": true}".formatted("n".repeat(26)));

        assertThat(api.violations("POST", CHANNEL_MESSAGES, Map.of(), body))
                .singleElement()
                .asString()
                .startsWith("/nonce: must be at most 25 characters long");
    }

    @Test
    void channelMessageContentMayBe4000ButNotMore() throws IOException {
        ObjectNode body = object("{}");
        body.put("content", "x".repeat(4000));
        assertThat(api.violations("POST", CHANNEL_MESSAGES, Map.of(), body))
                .as("the spec allows 4000 here (the limit for Nitro senders); bots are held to 2000 by Discord")
                .isEmpty();
        body.put("content", "x".repeat(4001));
        assertThat(api.violations("POST", CHANNEL_MESSAGES, Map.of(), body)).hasSize(1);
    }

    // ---- command registration --------------------------------------------------------------------------------

    @Test
    void slashCommandRegistrationIsAccepted() throws IOException {
        JsonNode body = json("""
                [{"name": "search", "description": "Search the book", "type": 1,
                  "options": [{"type": 3, "name": "query", "description": "Words to look for", "required": true,
                               "max_length": 100, "autocomplete": true}],
                  "contexts": [0, 1], "integration_types": [0], "default_member_permissions": 32},
                 {"name": "config", "description": "Change settings", "type": 1, "nsfw": false,
                  "contexts": ["0", "1"], "integration_types": ["0"], "default_member_permissions": "32",
                  "name_localizations": {}, "description_localizations": {}, "options": []}]
                """);

        assertThat(api.violations("PUT", GLOBAL_COMMANDS, Map.of(), body)).isEmpty();
        assertThat(api.violations("PUT", GUILD_COMMANDS, Map.of(), body)).isEmpty();
    }

    @Test
    void commandRegistrationLimitsAreEnforced() throws IOException {
        JsonNode body = json("""
                [{"name": "search", "description": "%s", "contexts": ["7"],
                  "default_member_permissions": "admin",
                  "options": [{"type": 3, "name": "query", "description": "q", "max_length": 6001}]}]
                """.formatted("d".repeat(101)));

        List<String> violations = api.violations("PUT", GLOBAL_COMMANDS, Map.of(), body);

        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("/0/description: must be at most 100"));
        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("/0/contexts/0:"));
        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("/0/default_member_permissions:"));
        assertThat(violations)
                .anySatisfy(v -> assertThat(v).startsWith("/0/options/0/max_length: must have a maximum"));
    }

    // ---- routes ----------------------------------------------------------------------------------------------

    @Test
    void bodylessCallsAreChecked() throws IOException {
        assertThat(api.violations("GET", "users/@me", Map.of(), null)).isEmpty();
        assertThat(api.violations("GET", "/api/v10/gateway/bot", Map.of(), null))
                .isEmpty();
        assertThat(api.violations("GET", "users/@me", Map.of(), json("{\"x\": 1}")))
                .containsExactly("get_my_user (GET /users/@me) takes no request body, but one was sent");
        assertThat(api.violations("POST", CHANNEL_MESSAGES, Map.of(), null))
                .containsExactly("create_message (POST /channels/{channel_id}/messages) requires a JSON body,"
                        + " but none was sent");
    }

    @Test
    void unknownRoutesAreViolations() {
        assertThat(api.violations("POST", "interactions/1/abc/reply", Map.of(), null))
                .containsExactly("the bot called an endpoint the spec doesn't have: POST /interactions/1/abc/reply");
        assertThat(api.violations("GET", "channels/1/messages", Map.of(), null))
                .singleElement()
                .asString()
                .contains("GET /channels/{channel_id}/messages")
                .contains("DiscordSpecPruner.OPERATIONS");
    }

    @Test
    void routesAreMatchedByTemplate() {
        assertThat(api.operation("PATCH", ORIGINAL))
                .get()
                .extracting(DiscordOpenApi.Operation::operationId)
                .isEqualTo("update_original_webhook_message");
        assertThat(api.operation("POST", FOLLOWUP))
                .get()
                .extracting(DiscordOpenApi.Operation::operationId)
                .isEqualTo("execute_webhook");
        assertThat(api.operation("POST", CALLBACK))
                .get()
                .extracting(DiscordOpenApi.Operation::operationId)
                .isEqualTo("create_interaction_response");
        assertThat(api.operation("POST", CALLBACK + "/extra")).isEmpty();
    }

    // ---- assertions ------------------------------------------------------------------------------------------

    @Test
    void assertAllConformListsEachOffenderWithItsBodyAndViolations() throws IOException {
        RecordedRequest good = request("POST", CHANNEL_MESSAGES, json("{\"content\": \"fine\"}"));
        RecordedRequest bad = request("POST", CALLBACK, reply(embed().put("title", "t".repeat(257))));

        DiscordOpenApi.assertConforms(good);
        assertThatThrownBy(() -> DiscordOpenApi.assertAllConform(List.of(good, bad)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 of 2 did not")
                .hasMessageContaining("POST " + CALLBACK)
                .hasMessageContaining("\"title\" : \"ttt")
                .hasMessageContaining("- /data/embeds/0/title: must be at most 256 characters long")
                .hasMessageNotContaining("fine");
    }

    @Test
    void multipartPayloadJsonIsWhatGetsChecked() throws IOException {
        RecordedRequest upload = new RecordedRequest(
                "POST",
                FOLLOWUP,
                Map.of(),
                Map.of(),
                json("{\"content\": \"see attached\", \"attachments\": [{\"id\": 0, \"filename\": \"notes.txt\"}]}"),
                List.of(),
                200,
                0);

        assertThat(api.violations(upload)).isEmpty();
    }

    // ---- uploads (multipart/form-data) -------------------------------------------------------------------------

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final String WITH_A_CHART = """
            {"type": 4, "data": {"embeds": [{"title": "Your quiz stats", "image": {"url": "attachment://quiz-stats.png"}}],
              "attachments": [{"id": 0, "filename": "quiz-stats.png", "description": "Answers per week: 0, 3, 5.",
                               "content_type": "image/png"}],
              "flags": 64}}
            """;

    @Test
    void aReplyWithAPngWhoseAttachmentEntryNamesItIsAccepted() throws IOException {
        RecordedRequest upload = upload(CALLBACK, json(WITH_A_CHART), file("files[0]", "quiz-stats.png", PNG));

        assertThat(api.violations(upload)).isEmpty();
    }

    @Test
    void aPngThatIsNotAPngIsRejected() throws IOException {
        RecordedRequest upload =
                upload(CALLBACK, json(WITH_A_CHART), file("files[0]", "quiz-stats.png", "<html>".getBytes(UTF_8)));

        assertThat(api.violations(upload))
                .containsExactly("file part 'files[0]' says it is a PNG but does not start with the PNG signature");
    }

    @Test
    void aFileOverDiscordsUploadLimitIsRejected() throws IOException {
        byte[] huge = Arrays.copyOf(PNG, (int) Uploads.MAX_FILE_BYTES + 1);

        assertThat(api.violations(upload(CALLBACK, json(WITH_A_CHART), file("files[0]", "quiz-stats.png", huge))))
                .containsExactly("file part 'files[0]' is 10485761 bytes, over Discord's upload limit of 10485760");
    }

    @Test
    void filePartsAndAttachmentEntriesMustNameEachOther() throws IOException {
        RecordedRequest unlisted = upload(
                FOLLOWUP,
                json("{\"content\": \"see attached\"}"),
                file("files[0]", "a.png", PNG),
                file("chart", "b.png", PNG));
        RecordedRequest missingFile = upload(CALLBACK, json(WITH_A_CHART));
        RecordedRequest renamed = upload(CALLBACK, json(WITH_A_CHART), file("files[0]", "other.png", PNG));

        assertThat(api.violations(unlisted))
                .containsExactly(
                        "file part 'files[0]' has no attachments entry with id 0 in payload_json",
                        "file part 'chart' is not one execute_webhook (POST /webhooks/{webhook_id}/{webhook_token})"
                                + " declares (files[0] to files[9])");
        assertThat(api.violations(missingFile))
                .containsExactly("payload_json's attachments entry 0 has no files[0] part");
        assertThat(api.violations(renamed))
                .containsExactly(
                        "file part 'files[0]' is named 'other.png' but its attachments entry says 'quiz-stats.png'");
    }

    @Test
    void anUploadWithoutItsMessageOrToAnEndpointWithoutUploadsIsRejected() throws IOException {
        RecordedRequest noPayload = upload(FOLLOWUP, MissingNode.getInstance(), file("files[0]", "a.png", PNG));
        RecordedRequest toCommands = new RecordedRequest(
                "PUT",
                GLOBAL_COMMANDS,
                Map.of(),
                Map.of("content-type", "multipart/form-data; boundary=xyz"),
                json("[]"),
                List.of(file("files[0]", "a.png", PNG)),
                200,
                0);

        assertThat(api.violations(noPayload))
                .contains("multipart body without a payload_json part: the message itself is missing");
        assertThat(api.violations(toCommands))
                .contains("bulk_set_application_commands (PUT /applications/{application_id}/commands) takes no"
                        + " multipart/form-data body, but one was sent");
    }

    private static RecordedRequest upload(String path, JsonNode payload, UploadedFile... files) {
        return new RecordedRequest(
                "POST",
                path,
                Map.of(),
                Map.of("content-type", "multipart/form-data; boundary=xyz"),
                payload,
                List.of(files),
                200,
                0);
    }

    private static UploadedFile file(String part, String name, byte[] content) {
        return new UploadedFile(part, name, "image/png", content);
    }

    // ---- the copy of the spec --------------------------------------------------------------------------------

    @Test
    void theCopyHoldsExactlyThePrunedOperationsAndEveryReferenceResolves() throws IOException {
        JsonNode spec;
        try (InputStream in = DiscordOpenApi.class.getResourceAsStream(DiscordOpenApi.RESOURCE)) {
            spec = MAPPER.readTree(in);
        }
        List<String> operations = new ArrayList<>();
        spec.path("paths")
                .properties()
                .forEach(item -> item.getValue().fieldNames().forEachRemaining(key -> {
                    if (!key.equals("parameters")) {
                        operations.add(key.toUpperCase(Locale.ROOT) + " " + item.getKey());
                    }
                }));
        assertThat(operations).containsExactlyInAnyOrderElementsOf(DiscordSpecPruner.OPERATIONS);
        assertThat(spec.path("x-all-operations").size()).isGreaterThan(200);
        List<String> dangling = new ArrayList<>();
        collectDanglingRefs(spec, spec, dangling);
        assertThat(dangling).isEmpty();
        assertThat(api.adjustments())
                .hasSize(DiscordOpenApi.KNOWN_GAPS.size() + DiscordOpenApi.UNDECLARED_FIELDS_JDA_SENDS.size() + 2);
    }

    private static void collectDanglingRefs(JsonNode root, JsonNode node, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null
                    && ref.isTextual()
                    && root.at(ref.asText().substring(1)).isMissingNode()) {
                dangling.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectDanglingRefs(root, child, dangling));
        } else if (node.isArray()) {
            node.forEach(child -> collectDanglingRefs(root, child, dangling));
        }
    }

    private static RecordedRequest request(String method, String path, JsonNode body) {
        return new RecordedRequest(method, path, Map.of(), Map.of(), body, List.of(), 200, 0);
    }

    private static ObjectNode embed() {
        return MAPPER.createObjectNode().put("title", "Pooling").put("description", "Section 20.4");
    }

    private static ObjectNode reply(ObjectNode embed) {
        ObjectNode body = MAPPER.createObjectNode().put("type", 4);
        body.putObject("data").putArray("embeds").add(embed);
        return body;
    }

    private static JsonNode json(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    private static ObjectNode object(String text) throws IOException {
        return (ObjectNode) json(text);
    }
}
