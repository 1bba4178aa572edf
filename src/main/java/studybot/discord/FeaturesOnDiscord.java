package studybot.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.hooks.EventListener;
import studybot.config.DiscordConfig;
import studybot.discord.connect.InteractionDeadlines;
import studybot.i18n.Texts;

/**
 * The features put on Discord once they are built: their listeners (interactions, the services' own, and the command
 * registration), the responder that keeps Discord's deadlines, and the services to start and stop. Built beside the
 * login, so the words and command specs it loads cost the login nothing.
 */
record FeaturesOnDiscord(
        InteractionResponder responder,
        CommandRegistrar registrar,
        List<DiscordService> services,
        List<EventListener> listeners) {

    /** Answer directly when the handler is quicker than this, otherwise defer first: well inside Discord's 3 s. */
    private static final Duration DEFER_AFTER = Duration.ofMillis(1500);

    static FeaturesOnDiscord on(
            BotFeatures features,
            DiscordConfig discord,
            ExecutorService handlers,
            ExecutorService storeHandlers,
            ScheduledExecutorService timers,
            Executor foresight,
            InteractionDeadlines deadlines) {
        Texts texts = Texts.load("discord");
        InteractionResponder responder = new InteractionResponder(
                handlers,
                storeHandlers,
                timers,
                new DiscordRenderer(),
                DEFER_AFTER,
                features.observer(),
                texts,
                Clock.systemUTC(),
                deadlines);
        CommandRegistrar registrar = new CommandRegistrar(
                SlashCommands.of(features.registry().specs(), discord.offersUserInstall()),
                discord.guildIds(),
                discord.shards().from() == 0);
        List<EventListener> listeners = new ArrayList<>();
        listeners.add(new RegistryInteractions(features.registry(), responder, texts, foresight));
        features.services().forEach(service -> listeners.addAll(service.listeners()));
        listeners.add(registrar);
        return new FeaturesOnDiscord(responder, registrar, features.services(), List.copyOf(listeners));
    }
}
