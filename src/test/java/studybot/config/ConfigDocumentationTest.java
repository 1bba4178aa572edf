package studybot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import studybot.config.JsonValue.JsonObject;
import studybot.config.JsonValue.JsonText;

/**
 * docs/configuration.md lists every key the config binder reads, each with the default {@code defaults.json} gives it,
 * and nothing else: a key bound without its default and its line, or a default nothing binds, fails here.
 */
class ConfigDocumentationTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z.]+)` \\| `([^`]*)` \\|", Pattern.MULTILINE);

    @Test
    void everyKeyIsDocumentedWithItsDefault() throws IOException, ConfigJson.NotJsonException {
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("docs", "configuration.md")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        leaves(defaults(), "", defaults);
        List<String> bound = ConfigBinder.keysRead(defaults());

        assertThat(documented.keySet()).as("keys in docs/configuration.md").containsExactlyInAnyOrderElementsOf(bound);
        assertThat(defaults.keySet()).as("keys in defaults.json").containsExactlyInAnyOrderElementsOf(bound);
        assertThat(documented).as("defaults in docs/configuration.md").isEqualTo(defaults);
    }

    /** Each leaf as docs/configuration.md writes it: text in quotes, a list in brackets, anything else as is. */
    private static void leaves(JsonObject node, String prefix, Map<String, String> into) {
        node.fields().forEach((key, value) -> {
            if (value instanceof JsonObject object) {
                leaves(object, prefix + key + ".", into);
            } else {
                into.put(prefix + key, written(value));
            }
        });
    }

    private static String written(JsonValue value) {
        if (value instanceof JsonText text) {
            return '"' + text.text() + '"';
        }
        if (value instanceof JsonValue.JsonArray array) {
            return array.elements().stream()
                    .map(ConfigDocumentationTest::written)
                    .collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof JsonValue.JsonNumber number) {
            return number.value().toPlainString();
        }
        return value instanceof JsonValue.JsonBoolean bool ? Boolean.toString(bool.value()) : "null";
    }

    private static JsonObject defaults() throws IOException, ConfigJson.NotJsonException {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(ConfigLoader.DEFAULTS)) {
            return (JsonObject) ConfigJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
