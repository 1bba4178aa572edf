package studybot.discord.connect;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the bot talks to Discord, and with which token. The REST and gateway URLs are normally absent (JDA then uses
 * discord.com); they exist so tests and staging can point the real client at a stand-in server.
 *
 * <p>{@link #toString()} never reveals the token, so this value is safe to log.
 */
public record DiscordEndpoints(String token, Optional<String> restBaseUrl, Optional<String> gatewayUrl) {

    /** Environment variable holding the bot token. */
    public static final String TOKEN_VARIABLE = "DISCORD_TOKEN";
    /** Environment variable holding the full REST base, e.g. {@code http://127.0.0.1:PORT/api/v10/}. */
    public static final String REST_BASE_URL_VARIABLE = "DISCORD_API_BASE_URL";
    /** Environment variable holding the gateway WebSocket URL, e.g. {@code ws://127.0.0.1:PORT}. */
    public static final String GATEWAY_URL_VARIABLE = "DISCORD_GATEWAY_URL";

    public DiscordEndpoints {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(restBaseUrl, "restBaseUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        if (token.isBlank()) {
            throw new IllegalArgumentException("The Discord token is blank");
        }
        restBaseUrl.ifPresent(url -> requireScheme(url, REST_BASE_URL_VARIABLE, "http://", "https://"));
        gatewayUrl.ifPresent(url -> requireScheme(url, GATEWAY_URL_VARIABLE, "ws://", "wss://"));
    }

    /**
     * Reads the endpoints from an environment ({@code System.getenv()} in production, a plain map in tests). Blank
     * optional variables count as absent.
     *
     * @throws IllegalArgumentException if {@value #TOKEN_VARIABLE} is missing or blank, or a URL has the wrong scheme
     */
    public static DiscordEndpoints fromEnvironment(Map<String, String> environment) {
        String token = environment.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(TOKEN_VARIABLE + " is not set");
        }
        return new DiscordEndpoints(
                token.strip(),
                optional(environment, REST_BASE_URL_VARIABLE),
                optional(environment, GATEWAY_URL_VARIABLE));
    }

    @Override
    public String toString() {
        return "DiscordEndpoints[token=<redacted>, restBaseUrl=" + restBaseUrl.orElse("<discord>") + ", gatewayUrl="
                + gatewayUrl.orElse("<discord>") + "]";
    }

    private static Optional<String> optional(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static void requireScheme(String url, String variable, String... schemes) {
        for (String scheme : schemes) {
            if (url.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return;
            }
        }
        throw new IllegalArgumentException(
                variable + " must start with " + String.join(" or ", schemes) + " but was " + url);
    }
}
