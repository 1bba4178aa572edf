package studybot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One object of the config tree with the key path that leads to it, read with the config's strict types: text in
 * quotes, {@code true} or {@code false}, a whole number where a count is meant ({@code 5} or {@code 5.0}, never
 * {@code "5"} or {@code 5.5}, which Jackson's binding cut to 5), a list where a list is meant. Anything else,
 * {@code null} included, stops startup with {@code wrong type or value for key 'search.maxResults'}, so the host reads
 * which key to fix rather than a guess.
 *
 * @param prefix the key path up to this object, ending in a dot ({@code book.uploads.}), empty at the top
 * @param keysRead told the path of every key read that is not an object ({@code book.uploads.maxBytes})
 */
record ConfigNode(JsonNode node, String prefix, Consumer<String> keysRead) {

    static ConfigNode root(JsonNode tree, Consumer<String> keysRead) {
        return new ConfigNode(tree, "", keysRead);
    }

    ConfigNode section(String key) {
        return new ConfigNode(present(key, JsonNode::isObject), prefix + key + ".", keysRead);
    }

    String text(String key) {
        return value(key, JsonNode::isTextual).textValue();
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
        return value(key, JsonNode::isBoolean).booleanValue();
    }

    int integer(String key) {
        return value(key, value -> whole(value) && value.canConvertToInt()).asInt();
    }

    long longInteger(String key) {
        return value(key, value -> whole(value) && value.canConvertToLong()).asLong();
    }

    List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : elements(key, JsonNode::isTextual)) {
            texts.add(element.textValue());
        }
        return texts;
    }

    List<Long> longIntegers(String key) {
        List<Long> numbers = new ArrayList<>();
        for (JsonNode element : elements(key, value -> whole(value) && value.canConvertToLong())) {
            numbers.add(element.asLong());
        }
        return numbers;
    }

    private List<JsonNode> elements(String key, Predicate<JsonNode> fits) {
        JsonNode array = value(key, JsonNode::isArray);
        List<JsonNode> elements = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!fits.test(element)) {
                throw wrongTypeOrValue(key + "[" + i + "]");
            }
            elements.add(element);
        }
        return elements;
    }

    private JsonNode value(String key, Predicate<JsonNode> fits) {
        keysRead.accept(prefix + key);
        return present(key, fits);
    }

    private JsonNode present(String key, Predicate<JsonNode> fits) {
        JsonNode value = node.get(key);
        if (value == null || !fits.test(value)) {
            throw wrongTypeOrValue(key);
        }
        return value;
    }

    private static boolean whole(JsonNode value) {
        return value.isNumber() && value.canConvertToExactIntegral();
    }

    private IllegalArgumentException wrongTypeOrValue(String key) {
        return new IllegalArgumentException("wrong type or value for key '" + prefix + key + "'");
    }
}
