package studybot.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import studybot.config.JsonValue.JsonArray;
import studybot.config.JsonValue.JsonBoolean;
import studybot.config.JsonValue.JsonNumber;
import studybot.config.JsonValue.JsonObject;
import studybot.config.JsonValue.JsonText;

/**
 * One object of the config tree with the key path that leads to it, read with the config's strict types: text in
 * quotes, {@code true} or {@code false}, a whole number where a count is meant ({@code 5} or {@code 5.0}, never
 * {@code "5"} or {@code 5.5}), a list where a list is meant. Anything else, {@code null} included, stops startup with
 * {@code wrong type or value for key 'search.maxResults'}, so the host reads which key to fix rather than a guess.
 *
 * @param prefix the key path up to this object, ending in a dot ({@code book.uploads.}), empty at the top
 * @param keysRead told the path of every key read that is not an object ({@code book.uploads.maxBytes})
 */
record ConfigNode(JsonObject node, String prefix, Consumer<String> keysRead) {

    /** A number as an {@code int}, or {@link ArithmeticException} if it is not one exactly. */
    private static final Function<JsonNumber, Integer> INT =
            number -> number.value().intValueExact();
    /** A number as a {@code long}, or {@link ArithmeticException} if it is not one exactly. */
    private static final Function<JsonNumber, Long> LONG =
            number -> number.value().longValueExact();

    static ConfigNode root(JsonObject tree, Consumer<String> keysRead) {
        return new ConfigNode(tree, "", keysRead);
    }

    ConfigNode section(String key) {
        return new ConfigNode((JsonObject) present(key, JsonObject.class::isInstance), prefix + key + ".", keysRead);
    }

    String text(String key) {
        return ((JsonText) value(key, JsonText.class::isInstance)).text();
    }

    /** A folder, written as a path or as a {@code file:} URI. */
    Path path(String key) {
        String text = text(key);
        try {
            return text.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(text)) : Path.of(text);
        } catch (IllegalArgumentException e) {
            throw wrongTypeOrValue(key);
        }
    }

    boolean bool(String key) {
        return ((JsonBoolean) value(key, JsonBoolean.class::isInstance)).value();
    }

    int integer(String key) {
        return whole(key, INT);
    }

    long longInteger(String key) {
        return whole(key, LONG);
    }

    List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (JsonValue element : elements(key, JsonText.class::isInstance)) {
            texts.add(((JsonText) element).text());
        }
        return texts;
    }

    List<Long> longIntegers(String key) {
        List<Long> numbers = new ArrayList<>();
        for (JsonValue element : elements(key, value -> exact(value, LONG))) {
            numbers.add(LONG.apply((JsonNumber) element));
        }
        return numbers;
    }

    private <T extends Number> T whole(String key, Function<JsonNumber, T> exactly) {
        JsonNumber number = (JsonNumber) value(key, value -> exact(value, exactly));
        return exactly.apply(number);
    }

    /** Whether the value is a whole number that {@code exactly} converts without losing anything. */
    private static boolean exact(JsonValue value, Function<JsonNumber, ? extends Number> exactly) {
        if (!(value instanceof JsonNumber number)) {
            return false;
        }
        try {
            exactly.apply(number);
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private List<JsonValue> elements(String key, Predicate<JsonValue> fits) {
        List<JsonValue> elements = ((JsonArray) value(key, JsonArray.class::isInstance)).elements();
        for (int i = 0; i < elements.size(); i++) {
            if (!fits.test(elements.get(i))) {
                throw wrongTypeOrValue(key + "[" + i + "]");
            }
        }
        return elements;
    }

    private JsonValue value(String key, Predicate<JsonValue> fits) {
        keysRead.accept(prefix + key);
        return present(key, fits);
    }

    private JsonValue present(String key, Predicate<JsonValue> fits) {
        JsonValue value = node.fields().get(key);
        if (value == null || !fits.test(value)) {
            throw wrongTypeOrValue(key);
        }
        return value;
    }

    private IllegalArgumentException wrongTypeOrValue(String key) {
        return new IllegalArgumentException("wrong type or value for key '" + prefix + key + "'");
    }
}
