package studybot.discord.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordEndpointsTest {

    private static final String TOKEN = "MTIz.secret-token-value";

    @Test
    void readsTokenAndOverridesFromTheEnvironment() {
        DiscordEndpoints endpoints = DiscordEndpoints.fromEnvironment(Map.of(
                "DISCORD_TOKEN", " " + TOKEN + " ",
                "DISCORD_API_BASE_URL", "http://127.0.0.1:1234/api/v10/",
                "DISCORD_GATEWAY_URL", "ws://127.0.0.1:5678"));

        assertThat(endpoints.token()).isEqualTo(TOKEN);
        assertThat(endpoints.restBaseUrl()).contains("http://127.0.0.1:1234/api/v10/");
        assertThat(endpoints.gatewayUrl()).contains("ws://127.0.0.1:5678");
    }

    @Test
    void overridesAreOptionalAndBlankMeansAbsent() {
        DiscordEndpoints endpoints =
                DiscordEndpoints.fromEnvironment(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_GATEWAY_URL", "  "));

        assertThat(endpoints.restBaseUrl()).isEmpty();
        assertThat(endpoints.gatewayUrl()).isEmpty();
    }

    @Test
    void missingTokenIsReportedByVariableName() {
        assertThatThrownBy(() -> DiscordEndpoints.fromEnvironment(Map.of("DISCORD_TOKEN", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DISCORD_TOKEN");
    }

    @Test
    void urlsWithTheWrongSchemeAreRejected() {
        assertThatThrownBy(() -> new DiscordEndpoints(TOKEN, Optional.of("ws://x/"), Optional.empty()))
                .hasMessageContaining("DISCORD_API_BASE_URL");
        assertThatThrownBy(() -> new DiscordEndpoints(TOKEN, Optional.empty(), Optional.of("http://x")))
                .hasMessageContaining("DISCORD_GATEWAY_URL");
    }

    @Test
    void toStringNeverShowsTheToken() {
        DiscordEndpoints endpoints =
                new DiscordEndpoints(TOKEN, Optional.of("http://127.0.0.1:1/api/v10/"), Optional.empty());

        assertThat(endpoints.toString()).doesNotContain(TOKEN).contains("http://127.0.0.1:1/api/v10/");
    }
}
