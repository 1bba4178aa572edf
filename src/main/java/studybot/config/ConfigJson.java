package studybot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the config's JSON into {@link JsonValue}s with jackson-core's streaming parser alone, as strictly as the config
 * wants it: a key given twice in one object or anything after the top value is refused, with its line and column, and
 * with the key's name or the nesting limit where that is the reason. A byte order mark, which Windows editors write
 * before the text, is no JSON but no mistake either: it is skipped.
 */
final class ConfigJson {

    /** How deep objects and arrays may nest: far beyond any config, far below what could exhaust the stack. */
    static final int MAX_NESTING = 100;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();
    /** How jackson-core names a key given twice. */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '(.*)'");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ConfigJson() {}

    /** Why a text is not the config's JSON, and where. */
    static final class NotJsonException extends Exception {

        private static final long serialVersionUID = 1L;

        NotJsonException(JsonLocation location, Throwable cause) {
            super(
                    "not valid JSON at line " + location.getLineNr() + ", column " + location.getColumnNr()
                            + reason(cause),
                    cause);
        }

        NotJsonException(String message, Throwable cause) {
            super(message, cause);
        }

        /** What the parser's own message says that the line and column do not: which key came twice. */
        private static String reason(Throwable cause) {
            if (cause instanceof JacksonException jackson) {
                Matcher duplicate = DUPLICATE_KEY.matcher(jackson.getOriginalMessage());
                if (duplicate.find()) {
                    return ": the key '" + duplicate.group(1) + "' is given twice";
                }
            }
            return "";
        }
    }

    /** The one JSON value {@code text} holds. */
    static JsonValue read(String text) throws NotJsonException {
        String json = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new NotJsonException(parser.currentLocation(), null);
            }
            JsonValue value = value(parser);
            if (parser.nextToken() != null) {
                throw new NotJsonException(parser.currentTokenLocation(), null);
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw new NotJsonException("not valid JSON: nested more than " + MAX_NESTING + " levels deep", e);
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
