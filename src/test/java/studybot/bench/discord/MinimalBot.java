package studybot.bench.discord;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import studybot.config.ShardsConfig;
import studybot.discord.connect.DiscordConnection;
import studybot.discord.connect.DiscordConnector;
import studybot.discord.connect.DiscordEndpoints;

/**
 * The smallest bot worth comparing studybot with: the same {@link DiscordConnector}, one {@code /search} command
 * registered globally on READY, and a fixed reply to any slash command. Started as a child JVM by {@link DiscordBench}
 * to time a bare JDA startup; runs until killed.
 */
public final class MinimalBot {

    private MinimalBot() {}

    public static void main(String[] args) throws Exception {
        DiscordEndpoints endpoints = DiscordEndpoints.fromEnvironment(System.getenv());
        DiscordConnection connection = new DiscordConnector(endpoints, ShardsConfig.automatic())
                .connect(List.of(new FixedReplyListener(), new RegisterOneCommand()));
        Runtime.getRuntime().addShutdownHook(new Thread(connection::close, "minimal-bot-shutdown"));
        new CountDownLatch(1).await();
    }

    /** Registers {@code /search query:<text>} globally once the first shard is ready. */
    static final class RegisterOneCommand extends ListenerAdapter {
        @Override
        public void onReady(ReadyEvent event) {
            event.getJDA()
                    .updateCommands()
                    .addCommands(Commands.slash("search", "Find the sections that talk about something")
                            .addOption(OptionType.STRING, "query", "Words to look for", true))
                    .queue();
        }
    }
}
