package studybot.discord;

import java.util.List;
import java.util.function.Consumer;
import studybot.command.CommandRegistry;
import studybot.stats.Interaction;

/**
 * What the bot answers with, apart from the connection: these may still be being built while the bot logs in, since the
 * login needs none of them.
 *
 * @param registry every command, with the specs registered on Discord
 * @param observer where every answered interaction is reported, for the log and {@code /stats}
 * @param services what needs the connection itself, started once the store has opened
 */
public record BotFeatures(CommandRegistry registry, Consumer<Interaction> observer, List<DiscordService> services) {

    public BotFeatures {
        services = List.copyOf(services);
    }
}
