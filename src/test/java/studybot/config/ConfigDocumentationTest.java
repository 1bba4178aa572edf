package studybot.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md lists every key of the config records, each with the default {@code defaults.json} gives it,
 * and nothing else: a key added to a record without its default and its line fails here.
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

        assertThat(documented.keySet())
                .as("keys in docs/configuration.md")
                .containsExactlyInAnyOrderElementsOf(keys(StudybotConfig.class, ""));
        assertThat(defaults.keySet())
                .as("keys in defaults.json")
                .containsExactlyInAnyOrderElementsOf(keys(StudybotConfig.class, ""));
        assertThat(documented).as("defaults in docs/configuration.md").isEqualTo(defaults);
    }

    /** Every key of a config record, nested records' keys spelt with dots. */
    private static List<String> keys(Class<?> record, String prefix) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = keyOf(component);
            if (component.getType().isRecord()) {
                keys.addAll(keys(component.getType(), prefix + name + "."));
            } else {
                keys.add(prefix + name);
            }
        }
        return keys;
    }

    /** The key a component is read from: its {@link JsonProperty} name ({@code book.default}), else its own. */
    private static String keyOf(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property == null) {
            property = component.getAnnotation(JsonProperty.class);
        }
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
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
