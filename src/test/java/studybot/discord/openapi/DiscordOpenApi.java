package studybot.discord.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import studybot.discord.fake.RecordedRequest;

/**
 * Checks the requests the bot sends against Discord's own OpenAPI description of its v10 HTTP API (a pruned copy in
 * {@code src/test/resources/discord-openapi/}, see the README there): the route must be one the spec has, the query
 * parameters ones the operation declares, and the JSON body must validate against the operation's
 * {@code application/json} request schema (JSON Schema 2020-12, {@code $ref}s into {@code #/components/schemas}, unions
 * as {@code anyOf}/{@code oneOf} as the spec writes them). A {@code multipart/form-data} request (a message with files)
 * has its {@code payload_json} checked as that body, and its file parts as {@link Uploads} says.
 *
 * <p>Deliberate departures from the spec as written, all applied in memory when loading and all listed by
 * {@link #adjustments()}:
 *
 * <ul>
 *   <li><b>Unknown fields are violations.</b> The spec leaves {@code additionalProperties} open on almost every object,
 *       and Discord silently ignores fields it does not know, which would hide a misspelt field name. So every object
 *       schema that declares {@code properties} is closed ({@code additionalProperties: false}); the few fields JDA
 *       sends that the spec does not declare are listed in {@link #UNDECLARED_FIELDS_JDA_SENDS}. Likewise query
 *       parameters must be declared, or be listed in {@link #KNOWN_EXTRA_QUERY_PARAMETERS}.
 *   <li><b>Known spec gaps</b> ({@link #KNOWN_GAPS}): places where Discord documents and accepts a value the spec's
 *       schema rejects, and JDA relies on it. Each one widens exactly one property and says why.
 * </ul>
 *
 * Unions are also rewritten into equivalent forms ({@link Unions}) and, where a union still fails, only the closest
 * alternative's errors are reported ({@link BestMatch}); neither changes what is accepted.
 *
 * <p>The instance is loaded once from the classpath and is thread-safe: get it with {@link #get()}.
 */
public final class DiscordOpenApi {

    private static final String COMMAND = "/components/schemas/ApplicationCommandUpdateRequest";

    /** Where the pruned spec lives on the test classpath. */
    static final String RESOURCE = "/discord-openapi/openapi.json";

    /** The IRI the spec is registered under for the validator (never fetched). */
    private static final String SPEC_IRI = "https://discord.com/api/v10/openapi.json";

    /**
     * Places where the spec is narrower than what Discord documents and accepts, and JDA sends the documented form.
     * Each entry replaces the schema at a JSON pointer into the spec. Keep this list short and explained.
     */
    static final List<KnownGap> KNOWN_GAPS = List.of(
            new KnownGap(
                    COMMAND + "/properties/default_member_permissions",
                    "Discord documents default_member_permissions as a permission bit set serialised as a string"
                            + " (\"8\", \"0\") and JDA sends it so; the spec only allows an integer. The spec's"
                            + " integer stays valid, and a string of digits is accepted too.",
                    (spec, original) -> anyOf(
                            original,
                            JsonNodeFactory.instance
                                    .objectNode()
                                    .put("type", "string")
                                    .put("pattern", "^(0|[1-9][0-9]{0,16})$"))),
            new KnownGap(
                    COMMAND + "/properties/contexts/items",
                    "JDA 6.5 sends contexts as strings ([\"0\", \"1\"]), which Discord accepts; the spec wants"
                            + " the integers. Only the strings of the spec's own InteractionContextType values are"
                            + " accepted.",
                    (spec, original) -> anyOf(original, numericStrings(spec, original))),
            new KnownGap(
                    COMMAND + "/properties/integration_types/items",
                    "JDA 6.5 sends integration_types as strings ([\"0\"]), which Discord accepts; the spec wants"
                            + " the integers. Only the strings of the spec's own ApplicationIntegrationType values"
                            + " are accepted.",
                    (spec, original) -> anyOf(original, numericStrings(spec, original))),
            new KnownGap(
                    "/components/schemas/CreatePrivateChannelRequest/properties/recipient_id",
                    "JDA 6.5 (openPrivateChannelById) sends recipient_id as a JSON integer, which Discord accepts"
                            + " for a snowflake in a request body; the spec only allows the string. A positive"
                            + " integer is accepted too.",
                    (spec, original) -> anyOf(
                            original,
                            JsonNodeFactory.instance
                                    .objectNode()
                                    .put("type", "integer")
                                    .put("minimum", 1))),
            new KnownGap(
                    "/components/schemas/MessageAttachmentRequest/properties/id",
                    "For a file uploaded with the message, JDA (FileUpload.toAttachmentData) sends the index of"
                            + " its files[n] part as a JSON integer (\"id\": 0), as Discord's own upload examples"
                            + " do; the spec only allows a snowflake string. A non-negative integer is accepted"
                            + " too.",
                    (spec, original) -> anyOf(
                            original,
                            JsonNodeFactory.instance
                                    .objectNode()
                                    .put("type", "integer")
                                    .put("minimum", 0))));

    /**
     * Fields JDA sends that the spec's request schema does not declare. The spec itself lets them through (its objects
     * are open); only this checker's closing of objects would flag them. Each is declared here, typed, with the reason
     * it is fine.
     */
    static final List<KnownGap> UNDECLARED_FIELDS_JDA_SENDS = List.of(
            new KnownGap(
                    COMMAND + "/properties/nsfw",
                    "JDA always sends nsfw with a command; Discord documents it for creating and overwriting"
                            + " commands and returns it in ApplicationCommandResponse, but the spec's request"
                            + " schemas leave it out.",
                    (spec, original) -> JsonNodeFactory.instance
                            .objectNode()
                            .set(
                                    "type",
                                    JsonNodeFactory.instance
                                            .arrayNode()
                                            .add("boolean")
                                            .add("null"))),
            autocompleteFlag("ApplicationCommandChannelOption"),
            autocompleteFlag("ApplicationCommandBooleanOption"),
            autocompleteFlag("ApplicationCommandAttachmentOption"),
            new KnownGap(
                    "/components/schemas/MessageAttachmentRequest/properties/content_type",
                    "JDA (FileUpload.toAttachmentData) sends the upload's media type as content_type in the"
                            + " attachment metadata; the spec's request schema has no such property (the attachment"
                            + " Discord returns does). Discord takes the media type from the file part.",
                    (spec, original) -> JsonNodeFactory.instance
                            .objectNode()
                            .set(
                                    "type",
                                    JsonNodeFactory.instance
                                            .arrayNode()
                                            .add("string")
                                            .add("null"))));

    /**
     * JDA (OptionData.toData) sends {@code autocomplete: false} with every option; the spec declares the flag only for
     * the kinds that can autocomplete (text and numbers). Discord ignores it on the others.
     */
    private static KnownGap autocompleteFlag(String optionSchema) {
        return new KnownGap(
                "/components/schemas/" + optionSchema + "/properties/autocomplete",
                "JDA sends autocomplete (always false here) with every option kind; the spec declares it only"
                        + " for text and number options, and Discord ignores it on " + optionSchema + ".",
                (spec, original) -> JsonNodeFactory.instance
                        .objectNode()
                        .set(
                                "type",
                                JsonNodeFactory.instance
                                        .arrayNode()
                                        .add("boolean")
                                        .add("null")));
    }

    /**
     * Query parameters JDA adds that the spec does not declare for the operation, by "METHOD template". Discord ignores
     * unknown query parameters, so these are harmless; they are listed so that anything else is reported.
     */
    static final Map<String, Set<String>> KNOWN_EXTRA_QUERY_PARAMETERS = Map.of(
            // JDA's WebhookMessageEditAction always asks for ?wait=true, which only execute_webhook (POST) declares.
            "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original", Set.of("wait"));

    /**
     * Keywords of the OpenAPI document (and Discord's extensions) that are not JSON Schema; ignored when validating.
     */
    private static final List<String> NON_SCHEMA_KEYWORDS = List.of(
            "openapi", "info", "externalDocs", "servers", "paths", "components", "x-all-operations", "x-discord-union");

    private static final String DIALECT_ID = "https://studybot.invalid/discord-openapi-dialect";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern GROUPED_DIGITS = Pattern.compile("(?<=\\d),(?=\\d{3}\\b)");

    private final List<Route> routes;
    private final Set<String> allOperations;
    private final List<String> adjustments;

    private DiscordOpenApi(JsonNode original) {
        ObjectNode adjusted = original.deepCopy();
        List<String> notes = new ArrayList<>();
        for (KnownGap gap : concat(KNOWN_GAPS, UNDECLARED_FIELDS_JDA_SENDS)) {
            JsonNode target = adjusted.at(gap.pointer());
            JsonNode parent =
                    adjusted.at(gap.pointer().substring(0, gap.pointer().lastIndexOf('/')));
            if (!parent.isObject()) {
                throw new IllegalStateException("known gap no longer applies, the spec has no " + gap.pointer());
            }
            replace(adjusted, gap.pointer(), gap.replacement().apply(adjusted, target.deepCopy()));
            notes.add((KNOWN_GAPS.contains(gap) ? "known gap " : "undeclared field JDA sends ") + gap.pointer() + ": "
                    + gap.reason());
        }
        int closed = closeObjects(adjusted.path("components").path("schemas"));
        closed += closeObjects(adjusted.path("paths"));
        notes.add("closed " + closed + " object schemas (additionalProperties: false) so unknown fields are reported");
        int unions = Unions.rewrite(adjusted);
        notes.add("rewrote " + unions + " unions into equivalent if/then form (null-or-X, or dispatch on a"
                + " discriminating \"type\" enum) so a violation names the one alternative that applies");
        this.adjustments = List.copyOf(notes);

        Dialect dialect = Dialect.builder(DIALECT_ID, Dialects.getDraft202012())
                .keywords(NON_SCHEMA_KEYWORDS.stream()
                        .map(NonValidationKeyword::new)
                        .toList())
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                dialect,
                builder -> builder.schemas(Map.of(SPEC_IRI, adjusted.toString()))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .pathType(PathType.JSON_POINTER)
                                .locale(Locale.ENGLISH)
                                .formatAssertionsEnabled(false)
                                .build()));
        List<Route> found = new ArrayList<>();
        adjusted.path("paths")
                .properties()
                .forEach(item -> item.getValue().properties().forEach(entry -> {
                    String method = entry.getKey().toUpperCase(Locale.ROOT);
                    if (!entry.getValue().has("operationId")) {
                        return;
                    }
                    found.add(new Route(
                            method,
                            item.getKey(),
                            entry.getValue(),
                            item.getValue().path("parameters"),
                            requestSchema(registry, item.getKey(), entry.getKey(), entry.getValue())));
                }));
        this.routes = List.copyOf(found);
        Set<String> all = new HashSet<>();
        adjusted.path("x-all-operations").forEach(operation -> all.add(operation.asText()));
        this.allOperations = Set.copyOf(all);
    }

    /** The shared instance, loaded from the classpath on first use. */
    public static DiscordOpenApi get() {
        return Holder.INSTANCE;
    }

    /** What was changed from the spec as written when loading it (known gaps, closed objects), for the record. */
    public List<String> adjustments() {
        return adjustments;
    }

    /** The spec's operation for {@code method} on the concrete {@code path}, if the (pruned) spec has one. */
    public Optional<Operation> operation(String method, String path) {
        return route(method, path).map(Route::operation);
    }

    /**
     * Everything wrong with {@code request} according to the spec; empty when it conforms. A multipart request's
     * {@code payload_json} is checked as its body, and its file parts as {@link Uploads} says.
     */
    public List<String> violations(RecordedRequest request) {
        List<String> problems =
                new ArrayList<>(violations(request.method(), request.path(), request.query(), request.json()));
        if (Uploads.isMultipart(request)) {
            route(request.method().toUpperCase(Locale.ROOT), request.path())
                    .ifPresent(route -> problems.addAll(Uploads.violations(
                            request, route.operation().toString(), route.acceptsMultipart(), route.fileParts())));
        }
        return problems;
    }

    /**
     * Everything wrong with a request according to the spec; empty when it conforms.
     *
     * @param method HTTP method
     * @param path path relative to the API base ({@code channels/1/messages}); a leading {@code /} or {@code /api/v10}
     *     is ignored
     * @param query the query parameters sent
     * @param body the JSON body (for multipart requests the {@code payload_json} part); null or a missing node for none
     */
    public List<String> violations(String method, String path, Map<String, String> query, JsonNode body) {
        String normalisedPath = normalise(path);
        String upperMethod = method.toUpperCase(Locale.ROOT);
        Optional<Route> maybeRoute = route(upperMethod, normalisedPath);
        if (maybeRoute.isEmpty()) {
            return List.of(unknownRoute(upperMethod, normalisedPath));
        }
        Route route = maybeRoute.get();
        List<String> problems = new ArrayList<>();
        Set<String> tolerated =
                KNOWN_EXTRA_QUERY_PARAMETERS.getOrDefault(route.method() + " " + route.template(), Set.of());
        for (String name : query.keySet()) {
            if (!route.queryParameters().contains(name) && !tolerated.contains(name)) {
                problems.add("query parameter '" + name + "' is not one " + route.operation() + " declares "
                        + route.queryParameters());
            }
        }
        boolean hasBody = body != null && !body.isMissingNode();
        if (route.requestSchema() == null) {
            if (hasBody) {
                problems.add(route.operation() + " takes no request body, but one was sent");
            }
            return problems;
        }
        if (!hasBody) {
            if (route.bodyRequired()) {
                problems.add(route.operation() + " requires a JSON body, but none was sent");
            }
            return problems;
        }
        List<Error> errors = BestMatch.of(route.requestSchema().validate(body));
        Map<String, List<Error>> constants = errors.stream()
                .filter(error -> "const".equals(error.getKeyword()))
                .collect(Collectors.groupingBy(
                        error -> error.getInstanceLocation().toString(), LinkedHashMap::new, Collectors.toList()));
        errors.stream()
                .sorted(Comparator.comparing(
                                (Error error) -> error.getInstanceLocation().toString())
                        .thenComparing(error -> error.getEvaluationPath().toString()))
                .map(error -> "const".equals(error.getKeyword())
                        ? describeConstants(
                                constants.get(error.getInstanceLocation().toString()))
                        : describe(error))
                .distinct()
                .forEach(problems::add);
        return problems;
    }

    /** Fails, listing the request, its body and every violation, unless {@code request} conforms to the spec. */
    public static void assertConforms(RecordedRequest request) {
        assertAllConform(List.of(request));
    }

    /**
     * Fails unless every one of {@code requests} conforms to the spec; the message lists each offending request with
     * its body and violations.
     */
    public static void assertAllConform(Collection<RecordedRequest> requests) {
        DiscordOpenApi api = get();
        StringBuilder message = new StringBuilder();
        int offending = 0;
        for (RecordedRequest request : requests) {
            List<String> violations = api.violations(request);
            if (!violations.isEmpty()) {
                offending++;
                message.append('\n').append(request.method()).append(' ').append(request.path());
                if (!request.query().isEmpty()) {
                    message.append('?').append(request.query());
                }
                message.append('\n');
                message.append("  body: ")
                        .append(request.json().isMissingNode() ? "(none)" : pretty(request.json()))
                        .append('\n');
                violations.forEach(
                        violation -> message.append("  - ").append(violation).append('\n'));
            }
        }
        if (offending > 0) {
            throw new AssertionError("Expecting every request the bot sent to conform to Discord's OpenAPI"
                    + " description, but " + offending + " of " + requests.size() + " did not:\n" + message);
        }
    }

    private Optional<Route> route(String method, String path) {
        String normalisedPath = normalise(path);
        return routes.stream()
                .filter(route -> route.method().equalsIgnoreCase(method)
                        && route.pattern().matcher(normalisedPath).matches())
                .max(Comparator.comparingInt(Route::literalSegments));
    }

    private String unknownRoute(String method, String path) {
        List<String> matchingTemplates = allOperations.stream()
                .filter(operation -> operation.startsWith(method + " ")
                        && templatePattern(operation.substring(method.length() + 1))
                                .matcher(path)
                                .matches())
                .sorted()
                .toList();
        if (matchingTemplates.isEmpty()) {
            return "the bot called an endpoint the spec doesn't have: " + method + " /" + path;
        }
        return "the bot called " + method + " /" + path + " (" + String.join(", ", matchingTemplates)
                + "), which the pruned copy of the spec leaves out: add it to DiscordSpecPruner.OPERATIONS and"
                + " re-run the pruner";
    }

    /** Alternatives that each demand one constant (enumerations written as oneOf/const) as one line. */
    private static String describeConstants(List<Error> errors) {
        if (errors.size() == 1) {
            return describe(errors.get(0));
        }
        Error first = errors.get(0);
        String allowed = errors.stream()
                .map(error -> error.getSchemaNode().toString())
                .distinct()
                .collect(Collectors.joining(", "));
        String schema =
                first.getSchemaLocation().getFragment().getParent().getParent().toString();
        return first.getInstanceLocation() + ": must be one of " + allowed + " (value: "
                + abbreviate(first.getInstanceNode()) + ") [spec " + schema + "]";
    }

    private static String describe(Error error) {
        String where = error.getInstanceLocation().toString();
        String message = error.getMessage();
        if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
            message = "unknown field '" + error.getProperty() + "': the spec's schema has no such property"
                    + " (Discord would silently ignore it)";
        }
        // The validator prefixes its message with the instance location; say it once.
        if (message.startsWith(where + ": ")) {
            message = message.substring(where.length() + 2);
        }
        // The validator's messages format limits with grouping ("2,000"); the limits read better as written.
        message = GROUPED_DIGITS.matcher(message).replaceAll("");
        boolean aboutTheValue =
                !(error.getInstanceNode() == null || error.getInstanceNode().isContainerNode());
        String value = aboutTheValue ? " (value: " + abbreviate(error.getInstanceNode()) + ")" : "";
        String schema = error.getSchemaLocation() == null
                ? ""
                : error.getSchemaLocation().getFragment().toString();
        return (where.isEmpty() ? "/" : where) + ": " + message + value + " [spec " + schema + "]";
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        if (node.isTextual() && node.asText().length() > 60) {
            return "a string of " + node.asText().length() + " characters";
        }
        if (node.isArray() && text.length() > 60) {
            return "an array of " + node.size() + " items";
        }
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(node)
                    .replace("\n", "\n  ");
        } catch (IOException e) {
            return node.toString();
        }
    }

    private static String normalise(String path) {
        String result = path;
        int query = result.indexOf('?');
        if (query >= 0) {
            result = result.substring(0, query);
        }
        if (result.startsWith("/api/v10/")) {
            result = result.substring("/api/v10/".length());
        }
        while (result.startsWith("/")) {
            result = result.substring(1);
        }
        return result;
    }

    private static Schema requestSchema(SchemaRegistry registry, String template, String method, JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content").path("application/json");
        if (content.path("schema").isMissingNode()) {
            return null;
        }
        String pointer = "/paths/" + escape(template) + "/" + method + "/requestBody/content/"
                + escape("application/json") + "/schema";
        Schema schema = registry.getSchema(SchemaLocation.of(SPEC_IRI + "#" + pointer));
        schema.initializeValidators();
        return schema;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    static Pattern templatePattern(String template) {
        String regex = Arrays.stream(template.substring(1).split("/", -1))
                .map(segment -> segment.startsWith("{") && segment.endsWith("}") ? "[^/]+" : Pattern.quote(segment))
                .collect(Collectors.joining("/"));
        return Pattern.compile(regex);
    }

    /** Adds {@code additionalProperties: false} to every object schema declaring properties but not saying. */
    private static int closeObjects(JsonNode node) {
        int closed = 0;
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path("properties").isObject()
                    && !object.has("additionalProperties")
                    && !object.has("patternProperties")
                    && !object.has("unevaluatedProperties")
                    && isObjectType(object.path("type"))) {
                object.put("additionalProperties", false);
                closed++;
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                closed += closeObjects(children.next());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                closed += closeObjects(element);
            }
        }
        return closed;
    }

    private static boolean isObjectType(JsonNode type) {
        if (type.isTextual()) {
            return type.asText().equals("object");
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (each.asText().equals("object")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void replace(ObjectNode root, String pointer, JsonNode replacement) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String name = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        ((ObjectNode) parent).set(name, replacement);
    }

    /** An operation of the spec: its method, path template and operationId. */
    public record Operation(String method, String template, String operationId) {
        @Override
        public String toString() {
            return operationId + " (" + method + " " + template + ")";
        }
    }

    /**
     * A documented place where the spec rejects what Discord accepts.
     *
     * @param pointer JSON pointer into the spec of the schema to replace (or add, if its parent exists)
     * @param reason why, for the record and the reader
     * @param replacement the wider schema, from the spec as loaded and the schema being replaced (missing if none)
     */
    record KnownGap(String pointer, String reason, BiFunction<JsonNode, JsonNode, JsonNode> replacement) {}

    private static List<KnownGap> concat(List<KnownGap> first, List<KnownGap> second) {
        List<KnownGap> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static JsonNode anyOf(JsonNode... alternatives) {
        ObjectNode union = JsonNodeFactory.instance.objectNode();
        ArrayNode anyOf = union.putArray("anyOf");
        for (JsonNode alternative : alternatives) {
            anyOf.add(alternative);
        }
        return union;
    }

    /** A schema accepting the decimal strings of the integer {@code const}s an enumeration schema lists. */
    private static JsonNode numericStrings(JsonNode spec, JsonNode enumeration) {
        JsonNode resolved = enumeration.has("$ref")
                ? spec.at(enumeration.get("$ref").asText().substring(1))
                : enumeration;
        ObjectNode strings = JsonNodeFactory.instance.objectNode().put("type", "string");
        ArrayNode values = strings.putArray("enum");
        resolved.path("oneOf").forEach(option -> {
            if (option.path("const").isIntegralNumber()) {
                values.add(option.get("const").asText());
            }
        });
        if (values.isEmpty()) {
            throw new IllegalStateException("no integer constants in " + enumeration);
        }
        return strings;
    }

    private record Route(
            String method,
            String template,
            Pattern pattern,
            int literalSegments,
            Operation operation,
            Set<String> queryParameters,
            boolean bodyRequired,
            Schema requestSchema,
            boolean acceptsMultipart,
            Set<String> fileParts) {

        Route(String method, String template, JsonNode operation, JsonNode pathParameters, Schema requestSchema) {
            this(
                    method,
                    template,
                    templatePattern(template),
                    (int) Arrays.stream(template.substring(1).split("/"))
                            .filter(segment -> !segment.startsWith("{"))
                            .count(),
                    new Operation(
                            method, template, operation.path("operationId").asText()),
                    queryParameters(pathParameters, operation.path("parameters")),
                    operation.path("requestBody").path("required").asBoolean(false),
                    requestSchema,
                    multipart(operation).isObject(),
                    Uploads.declaredFileParts(multipart(operation).path("schema")));
        }

        private static JsonNode multipart(JsonNode operation) {
            return operation.path("requestBody").path("content").path("multipart/form-data");
        }

        private static Set<String> queryParameters(JsonNode pathLevel, JsonNode operationLevel) {
            Map<String, Boolean> names = new LinkedHashMap<>();
            for (JsonNode parameters : List.of(pathLevel, operationLevel)) {
                parameters.forEach(parameter -> {
                    if ("query".equals(parameter.path("in").asText())) {
                        names.put(parameter.path("name").asText(), true);
                    }
                });
            }
            return Set.copyOf(names.keySet());
        }
    }

    private static final class Holder {
        static final DiscordOpenApi INSTANCE = load();

        private static DiscordOpenApi load() {
            try (InputStream in = DiscordOpenApi.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("no " + RESOURCE + " on the test classpath");
                }
                return new DiscordOpenApi(MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
