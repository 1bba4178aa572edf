package studybot.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where slash commands are registered. Empty {@code guildIds} registers them globally (every server and DMs); listing
 * servers registers them there instead, which updates instantly while developing. {@code userInstall} offers the
 * commands that reach everywhere to members who install studybot for themselves as well (globally registered commands
 * only: a server's own commands exist in that server alone); the app must offer User Install in the Developer Portal.
 * {@code shards} says which of the bot's shards this process runs.
 */
public record DiscordConfig(List<Long> guildIds, int shutdownGraceSeconds, boolean userInstall, ShardsConfig shards) {

    public DiscordConfig {
        guildIds = List.copyOf(guildIds);
        Objects.requireNonNull(shards, "shards");
        ConfigChecks.between("discord.shutdownGraceSeconds", shutdownGraceSeconds, 0, 300);
    }

    /** Whether the registered commands are offered to members' own installs: asked for, and registered globally. */
    public boolean offersUserInstall() {
        return userInstall && guildIds.isEmpty();
    }

    /** This config with its shard range overridden from the environment, see {@link ShardsConfig#overriddenBy}. */
    public DiscordConfig withShardsFrom(Map<String, String> environment) {
        ShardsConfig overridden = shards.overriddenBy(environment);
        return overridden.equals(shards)
                ? this
                : new DiscordConfig(guildIds, shutdownGraceSeconds, userInstall, overridden);
    }
}
