package studybot.discord;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.events.ExceptionEvent;
import net.dv8tion.jda.api.events.GatewayPingEvent;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.http.HttpRequestEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's listener for listeners still being built when the bot logs in: JDA takes its listeners before the login, and
 * studybot's features are built beside it. A gateway event (an interaction, READY, a server joined or left) that comes
 * first waits for them on JDA's own thread, so none is lost and they keep their order; in practice the features are
 * ready before the gateway's handshake is over. JDA's reports on the connection itself (its status, each REST request,
 * its pings and exceptions) come from the login's own threads, the login call among them, so they never wait: they go
 * to whatever listeners are attached already, none before.
 */
final class LateListeners implements EventListener {

    private static final Logger LOG = LoggerFactory.getLogger(LateListeners.class);

    private final CompletableFuture<List<EventListener>> listeners = new CompletableFuture<>();

    /** Hands every event, from now on and those waiting, to {@code ready}, in order; none when they failed. */
    void attach(List<EventListener> ready) {
        listeners.complete(List.copyOf(ready));
    }

    @Override
    public void onEvent(GenericEvent event) {
        List<EventListener> ready = aboutTheConnection(event) ? listeners.getNow(List.of()) : listeners.join();
        for (EventListener listener : ready) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                // as JDA's own event manager does for each listener: one that throws does not keep the others from it
                LOG.error(
                        "{} failed on {}",
                        listener.getClass().getSimpleName(),
                        event.getClass().getSimpleName(),
                        e);
            }
        }
    }

    private static boolean aboutTheConnection(GenericEvent event) {
        return event instanceof StatusChangeEvent
                || event instanceof HttpRequestEvent
                || event instanceof GatewayPingEvent
                || event instanceof ExceptionEvent;
    }
}
