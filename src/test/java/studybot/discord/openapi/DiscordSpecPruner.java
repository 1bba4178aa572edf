package studybot.discord.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One-off tool (not a test) that cuts Discord's OpenAPI description down to the operations the bot uses, plus every
 * component they reference transitively, and writes it to {@code src/test/resources/discord-openapi/openapi.json}. It
 * also records the method and path template of every operation of the full description under {@code x-all-operations},
 * so {@link DiscordOpenApi} can tell "Discord has no such endpoint" from "the endpoint was pruned away".
 *
 * <p>Re-run after adding an operation to {@link #OPERATIONS} or updating the spec (and update the commit in the README
 * next to the copy):
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:$(cat target/cp.txt) studybot.discord.openapi.DiscordSpecPruner \
 *     /path/to/discord-api-spec/specs/openapi.json src/test/resources/discord-openapi/openapi.json
 * </pre>
 */
public final class DiscordSpecPruner {

    /** The operations the bot uses, as "METHOD path-template" exactly as spelt in the spec. */
    static final List<String> OPERATIONS = List.of(
            "POST /interactions/{interaction_id}/{interaction_token}/callback",
            "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original",
            "DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original",
            "POST /webhooks/{webhook_id}/{webhook_token}",
            "POST /channels/{channel_id}/messages",
            "PATCH /channels/{channel_id}/messages/{message_id}",
            "POST /channels/{channel_id}/messages/{message_id}/threads",
            "PATCH /channels/{channel_id}",
            "PUT /applications/{application_id}/commands",
            "PUT /applications/{application_id}/guilds/{guild_id}/commands",
            "GET /users/@me",
            "POST /users/@me/channels",
            "GET /gateway/bot");

    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private DiscordSpecPruner() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DiscordSpecPruner <full openapi.json> <pruned openapi.json>");
            System.exit(2);
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode full = mapper.readTree(Path.of(args[0]).toFile());
        ObjectNode pruned = prune(full, OPERATIONS);
        Files.writeString(Path.of(args[1]), mapper.writeValueAsString(pruned) + "\n");
        System.out.println("kept " + OPERATIONS.size() + " operations and "
                + pruned.path("components").path("schemas").size() + " schemas");
    }

    static ObjectNode prune(JsonNode full, List<String> operations) {
        ObjectNode out = full.deepCopy();
        ObjectNode paths = out.putObject("paths");
        for (String operation : operations) {
            String[] parts = operation.split(" ", 2);
            String method = parts[0].toLowerCase(Locale.ROOT);
            JsonNode pathItem = full.path("paths").path(parts[1]);
            JsonNode op = pathItem.path(method);
            if (op.isMissingNode()) {
                throw new IllegalArgumentException("the spec has no operation " + operation);
            }
            ObjectNode keptItem = paths.has(parts[1]) ? (ObjectNode) paths.get(parts[1]) : paths.putObject(parts[1]);
            if (pathItem.has("parameters")) {
                keptItem.set("parameters", pathItem.get("parameters").deepCopy());
            }
            keptItem.set(method, op.deepCopy());
        }

        Set<String> kept = new LinkedHashSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(paths);
        while (!todo.isEmpty()) {
            collectRefs(todo.pop(), ref -> {
                if (kept.add(ref)) {
                    todo.add(resolve(full, ref));
                }
            });
        }
        ObjectNode components = out.putObject("components");
        Iterator<Map.Entry<String, JsonNode>> sections =
                full.path("components").properties().iterator();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> section = sections.next();
            Iterator<Map.Entry<String, JsonNode>> entries =
                    section.getValue().properties().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (kept.contains("#/components/" + section.getKey() + "/" + entry.getKey())) {
                    ObjectNode keptSection = components.has(section.getKey())
                            ? (ObjectNode) components.get(section.getKey())
                            : components.putObject(section.getKey());
                    keptSection.set(entry.getKey(), entry.getValue().deepCopy());
                }
            }
        }

        ArrayNode all = out.putArray("x-all-operations");
        full.path("paths")
                .properties()
                .forEach(item -> item.getValue().fieldNames().forEachRemaining(key -> {
                    if (HTTP_METHODS.contains(key)) {
                        all.add(key.toUpperCase(Locale.ROOT) + " " + item.getKey());
                    }
                }));
        return out;
    }

    private static void collectRefs(JsonNode node, Consumer<String> sink) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    sink.accept(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), sink);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectRefs(element, sink));
        }
    }

    private static JsonNode resolve(JsonNode document, String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        JsonNode target = document.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("dangling reference " + ref);
        }
        return target;
    }
}
