package studybot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Where slash commands are registered. Empty {@code guildIds} registers them globally (every server and DMs);
 * listing servers registers them there instead, which updates instantly while developing.
 */
public record DiscordConfig(
        @JsonProperty(value = "guildIds", required = true) List<Long> guildIds,
        @JsonProperty(value = "shutdownGraceSeconds", required = true) int shutdownGraceSeconds) {

    public DiscordConfig {
        guildIds = List.copyOf(guildIds);
        ConfigChecks.between("discord.shutdownGraceSeconds", shutdownGraceSeconds, 0, 300);
    }
}
