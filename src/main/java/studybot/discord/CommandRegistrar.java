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
 * {@code discord.guildIds} lists servers, on those servers only, where updates show instantly. Startup waits for it
 * ({@link #awaitRegistered}) before the work that can wait, so a process that registers nothing says so at once.
 */
public final class CommandRegistrar extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRegistrar.class);

    private final List<CommandData> commands;
    private final Set<Long> guildIds;
    private final CountDownLatch registered;

    /**
     * @param guildIds the servers to register on; none: globally
     * @param runsFirstShard whether this process runs shard 0, the one that registers globally
     */
    public CommandRegistrar(List<CommandData> commands, List<Long> guildIds, boolean runsFirstShard) {
        this.commands = List.copyOf(commands);
        this.guildIds = Set.copyOf(guildIds);
        this.registered = new CountDownLatch(guildIds.isEmpty() ? (runsFirstShard ? 1 : 0) : guildIds.size());
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

    /**
     * Waits until every registration Discord was asked for has been accepted; true at once when this process registers
     * nothing.
     */
    public boolean awaitRegistered(long timeout, TimeUnit unit) throws InterruptedException {
        return registered.await(timeout, unit);
    }
}
