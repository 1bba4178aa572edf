package studybot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import studybot.config.ConfigJson.NotJsonException;
import studybot.config.JsonValue.JsonObject;

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

    private final JsonObject defaults = readDefaults();

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
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": the config file is not UTF-8 text; save it as UTF-8 (an editor may have"
                    + " saved it as UTF-16)");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the config file: " + e.getMessage());
        }
        return parse(file, json).resolvedAgainst(file.toAbsolutePath().getParent());
    }

    StudybotConfig parse(Path file, String json) throws ConfigException {
        JsonValue read;
        try {
            read = ConfigJson.read(json);
        } catch (NotJsonException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
        if (!(read instanceof JsonObject given)) {
            throw new ConfigException(file + ": the config must be one JSON object, e.g. {} for every default");
        }
        Optional<String> unknown = unknownKey(given, defaults, "");
        if (unknown.isPresent()) {
            throw new ConfigException(file + ": unknown key '" + unknown.get() + "'");
        }
        try {
            return ConfigBinder.bind((JsonObject) withDefaults(defaults, given));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }

    /** {@code given} laid over {@code defaults}, object by object: a key the file leaves out keeps its default. */
    private static JsonValue withDefaults(JsonValue defaults, JsonValue given) {
        if (!(defaults instanceof JsonObject defaultObject) || !(given instanceof JsonObject givenObject)) {
            return given;
        }
        Map<String, JsonValue> merged = new LinkedHashMap<>(defaultObject.fields());
        givenObject.fields().forEach((key, value) -> merged.merge(key, value, ConfigLoader::withDefaults));
        return new JsonObject(merged);
    }

    /** Every key's default, as docs/configuration.md lists them. */
    private static JsonObject readDefaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the jar");
            }
            return (JsonObject) ConfigJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(DEFAULTS + " cannot be read", e);
        } catch (NotJsonException e) {
            throw new IllegalStateException(DEFAULTS + " is " + e.getMessage(), e);
        }
    }

    /**
     * The first key of {@code given} that {@code known} (the defaults, which hold every key) lacks, as a dotted path.
     */
    private static Optional<String> unknownKey(JsonObject given, JsonObject known, String prefix) {
        for (Map.Entry<String, JsonValue> field : given.fields().entrySet()) {
            JsonValue fallback = known.fields().get(field.getKey());
            if (fallback == null) {
                return Optional.of(prefix + field.getKey());
            }
            if (fallback instanceof JsonObject knownObject && field.getValue() instanceof JsonObject givenObject) {
                Optional<String> nested = unknownKey(givenObject, knownObject, prefix + field.getKey() + ".");
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }
}
