package studybot.config;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of the config's JSON, as {@link ConfigJson} reads it: just what the binder asks of it (an object's fields, an
 * array's elements, text, a number kept exact, a truth value, null). Jackson's own tree lives in jackson-databind,
 * whose first use in a JVM loads ~300 classes on the main thread before the login; the config needs none of them.
 */
sealed interface JsonValue {

    /** The fields in the file's order, each key once ({@link ConfigJson} refuses a duplicate). */
    record JsonObject(Map<String, JsonValue> fields) implements JsonValue {
        public JsonObject {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    record JsonArray(List<JsonValue> elements) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }
    }

    record JsonText(String text) implements JsonValue {}

    /** A number exactly as written, so {@code 5.0} is whole and {@code 5.5} is not. */
    record JsonNumber(BigDecimal value) implements JsonValue {}

    record JsonBoolean(boolean value) implements JsonValue {}

    record JsonNull() implements JsonValue {}
}
