package studybot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@link StudybotConfig}: every key is optional and a key left out takes its documented default
 * ({@code docs/configuration.md}), so a config written for an older studybot keeps working after an upgrade. An unknown
 * key, a wrong type or an out-of-range value still stops startup with a message naming the key, rather than running on
 * something the host did not mean. Relative folders are resolved against the config file's own folder (as
 * {@code logback.xml} beside it is found), so the bot reads the same seeds whatever directory it is started from.
 */
public final class ConfigLoader {

    /** Every key's default, in a file with the config's own shape. */
    static final String DEFAULTS = "/studybot/config/defaults.json";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final JsonNode defaults = readDefaults();

    public StudybotConfig load(Path file) throws ConfigException {
        return load(file, Map.of());
    }

    /**
     * Reads {@code file}, then lets the variables a service template sets per process take the place of the file's
     * values: {@code STUDYBOT_SHARDS_TOTAL}, {@code STUDYBOT_SHARDS_FROM}, {@code STUDYBOT_SHARDS_TO} and
     * {@code STUDYBOT_METRICS_PORT}.
     */
    public StudybotConfig load(Path file, Map<String, String> environment) throws ConfigException {
        StudybotConfig config = read(file);
        try {
            return config.withDiscord(config.discord().withShardsFrom(environment))
                    .withMetrics(config.metrics().overriddenBy(environment));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }

    private StudybotConfig read(Path file) throws ConfigException {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": config file not found (pass another with --config PATH)");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the config file: " + e.getMessage());
        }
        return parse(file, json).resolvedAgainst(file.toAbsolutePath().getParent());
    }

    StudybotConfig parse(Path file, String json) throws ConfigException {
        JsonNode given;
        try {
            given = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new ConfigException(
                    file + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr());
        }
        if (given == null || !given.isObject()) {
            throw new ConfigException(file + ": the config must be one JSON object, e.g. {} for every default");
        }
        Optional<String> unknown = unknownKey(given, defaults, "");
        if (unknown.isPresent()) {
            throw new ConfigException(file + ": unknown key '" + unknown.get() + "'");
        }
        try {
            return ConfigBinder.bind(withDefaults(defaults, given));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }

    /** {@code given} laid over {@code defaults}, object by object: a key the file leaves out keeps its default. */
    private static JsonNode withDefaults(JsonNode defaults, JsonNode given) {
        if (!defaults.isObject() || !given.isObject()) {
            return given;
        }
        ObjectNode merged = ((ObjectNode) defaults).deepCopy();
        for (Map.Entry<String, JsonNode> field : given.properties()) {
            JsonNode fallback = merged.get(field.getKey());
            merged.set(field.getKey(), fallback == null ? field.getValue() : withDefaults(fallback, field.getValue()));
        }
        return merged;
    }

    /** Every key's default, as docs/configuration.md lists them. */
    private JsonNode readDefaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the jar");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(DEFAULTS + " cannot be read", e);
        }
    }

    /**
     * The first key of {@code given} that {@code known} (the defaults, which hold every key) lacks, as a dotted path.
     */
    private static Optional<String> unknownKey(JsonNode given, JsonNode known, String prefix) {
        for (Map.Entry<String, JsonNode> field : given.properties()) {
            JsonNode fallback = known.get(field.getKey());
            if (fallback == null) {
                return Optional.of(prefix + field.getKey());
            }
            if (fallback.isObject() && field.getValue().isObject()) {
                Optional<String> nested = unknownKey(field.getValue(), fallback, prefix + field.getKey() + ".");
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }
}
