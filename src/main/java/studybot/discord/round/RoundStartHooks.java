package studybot.discord.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * The interaction of each member's latest {@code /round start} in each channel, for a while: a round that ends before
 * its first question tells its starter why through it (a follow-up, which Discord accepts for 15 minutes, and which
 * reaches them even where the channel refuses studybot's posts). Kept in memory only: after a restart there is nothing
 * to follow up.
 */
final class RoundStartHooks extends ListenerAdapter {

    /** How long a start is kept: well within Discord's 15 minutes, and far beyond the 3 s before a first question. */
    static final Duration KEPT = Duration.ofMinutes(10);

    private record Started(InteractionHook hook, Instant at) {}

    private record Key(long channelId, long memberId) {}

    private final Map<Key, Started> started = new ConcurrentHashMap<>();
    private final Clock clock;

    RoundStartHooks(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!"round".equals(event.getName()) || !"start".equals(event.getSubcommandName())) {
            return;
        }
        Instant now = clock.instant();
        started.values().removeIf(start -> start.at().plus(KEPT).isBefore(now));
        started.put(new Key(event.getChannelIdLong(), event.getUser().getIdLong()), new Started(event.getHook(), now));
    }

    /** The member's {@code /round start} in the channel, if it was within {@link #KEPT}; it is used once. */
    Optional<InteractionHook> take(long channelId, long memberId) {
        Instant now = clock.instant();
        return Optional.ofNullable(started.remove(new Key(channelId, memberId)))
                .filter(start -> !start.at().plus(KEPT).isBefore(now))
                .map(Started::hook);
    }
}
