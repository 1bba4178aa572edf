package studybot.discord;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands when the bot connects: globally (every server and DMs, from the first shard), or, when
 * {@code discord.guildIds} lists servers, on those servers only, where updates show instantly.
 */
public final class CommandRegistrar extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRegistrar.class);

    private final List<CommandData> commands;
    private final Set<Long> guildIds;
    private final CountDownLatch registered;

    public CommandRegistrar(List<CommandData> commands, List<Long> guildIds) {
        this.commands = List.copyOf(commands);
        this.guildIds = Set.copyOf(guildIds);
        this.registered = new CountDownLatch(guildIds.isEmpty() ? 1 : guildIds.size());
    }

    @Override
    public void onReady(ReadyEvent event) {
        if (guildIds.isEmpty() && event.getJDA().getShardInfo().getShardId() == 0) {
            event.getJDA()
                    .updateCommands()
                    .addCommands(commands)
                    .queue(
                            done -> {
                                LOG.info("Registered {} slash commands globally", done.size());
                                registered.countDown();
                            },
                            failure -> LOG.error("Could not register slash commands globally: {}", failure.toString()));
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        if (guildIds.contains(event.getGuild().getIdLong())) {
            event.getGuild()
                    .updateCommands()
                    .addCommands(commands)
                    .queue(
                            done -> {
                                LOG.info(
                                        "Registered {} slash commands on server {}",
                                        done.size(),
                                        event.getGuild().getId());
                                registered.countDown();
                            },
                            failure -> LOG.error(
                                    "Could not register slash commands on server {}: {}",
                                    event.getGuild().getId(),
                                    failure.toString()));
        }
    }

    /** Waits until every registration Discord was asked for has been accepted. */
    public boolean awaitRegistered(long timeout, TimeUnit unit) throws InterruptedException {
        return registered.await(timeout, unit);
    }
}
