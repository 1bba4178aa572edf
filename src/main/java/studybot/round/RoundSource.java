package studybot.round;

import java.util.Map;

/**
 * Where a round's cards come from, as a text of the {@code round} bundle and its arguments, so that the start names it
 * in the place's language while the store keeps it in English.
 *
 * @param key the text's key, e.g. {@code source.section}
 * @param arguments the text's arguments, e.g. the section's number
 */
record RoundSource(String key, Map<String, String> arguments) {

    RoundSource {
        arguments = Map.copyOf(arguments);
    }

    static RoundSource of(String key) {
        return new RoundSource(key, Map.of());
    }
}
