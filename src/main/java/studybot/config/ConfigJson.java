package studybot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the config's JSON into {@link JsonValue}s with jackson-core's streaming parser alone, as strictly as the config
 * wants it: a key given twice in one object or anything after the top value is refused, with its line and column.
 */
final class ConfigJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ConfigJson() {}

    /** Why a text is not the config's JSON, and where. */
    static final class NotJsonException extends Exception {

        private static final long serialVersionUID = 1L;

        NotJsonException(JsonLocation location, Throwable cause) {
            super("not valid JSON at line " + location.getLineNr() + ", column " + location.getColumnNr(), cause);
        }
    }

    /** The one JSON value {@code text} holds. */
    static JsonValue read(String text) throws NotJsonException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new NotJsonException(parser.currentLocation(), null);
            }
            JsonValue value = value(parser);
            if (parser.nextToken() != null) {
                throw new NotJsonException(parser.currentTokenLocation(), null);
            }
            return value;
        } catch (JacksonException e) {
            throw new NotJsonException(e.getLocation() == null ? JsonLocation.NA : e.getLocation(), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from a string does no I/O", e);
        }
    }

    /** The value whose first token the parser is on; leaves it on the value's last token. */
    private static JsonValue value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> new JsonValue.JsonText(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonValue.JsonNumber(parser.getDecimalValue());
            case VALUE_TRUE -> new JsonValue.JsonBoolean(true);
            case VALUE_FALSE -> new JsonValue.JsonBoolean(false);
            case VALUE_NULL -> new JsonValue.JsonNull();
            default -> throw new IllegalStateException("a value cannot start with " + parser.currentToken());
        };
    }

    private static JsonValue object(JsonParser parser) throws IOException {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            fields.put(key, value(parser));
        }
        return new JsonValue.JsonObject(fields);
    }

    private static JsonValue array(JsonParser parser) throws IOException {
        List<JsonValue> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(value(parser));
        }
        return new JsonValue.JsonArray(elements);
    }
}
