package studybot.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md lists every key the config binder reads, each with the default {@code defaults.json} gives it,
 * and nothing else: a key bound without its default and its line, or a default nothing binds, fails here.
 */
class ConfigDocumentationTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z.]+)` \\| `([^`]*)` \\|", Pattern.MULTILINE);

    @Test
    void everyKeyIsDocumentedWithItsDefault() throws IOException {
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

    private static void leaves(JsonNode node, String prefix, Map<String, String> into) {
        node.properties().forEach(field -> {
            if (field.getValue().isObject()) {
                leaves(field.getValue(), prefix + field.getKey() + ".", into);
            } else {
                into.put(prefix + field.getKey(), field.getValue().toString());
            }
        });
    }

    private static JsonNode defaults() throws IOException {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(ConfigLoader.DEFAULTS)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
