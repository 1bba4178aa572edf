package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import studybot.testing.LogCapture;

/**
 * The features are built beside the login: gateway events that come first wait for them, in order, while JDA's reports
 * on the connection (sent from the login call itself) never wait.
 */
class LateListenersTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final LateListeners late = new LateListeners();
    private final List<GenericEvent> heard = new CopyOnWriteArrayList<>();

    @Test
    void gatewayEventsWaitForTheListenersThenReachThemInOrder() throws Exception {
        GenericEvent first = new GatewayEvent(1);
        GenericEvent second = new GatewayEvent(2);
        Thread gateway = new Thread(() -> {
            late.onEvent(first);
            late.onEvent(second);
        });
        gateway.start();
        gateway.join(100);
        assertThat(gateway.isAlive())
                .as("the gateway waits while the features are built")
                .isTrue();
        assertThat(heard).isEmpty();

        late.attach(List.of(heard::add));

        gateway.join(LIMIT.toMillis());
        assertThat(gateway.isAlive()).isFalse();
        assertThat(heard).containsExactly(first, second);
    }

    @Test
    void theConnectionsOwnEventsNeverWait() {
        StatusChangeEvent loggingIn = new StatusChangeEvent(jda(), JDA.Status.LOGGING_IN, JDA.Status.INITIALIZING);
        assertTimeoutPreemptively(LIMIT, () -> late.onEvent(loggingIn));

        late.attach(List.of(heard::add));
        StatusChangeEvent connected = new StatusChangeEvent(jda(), JDA.Status.CONNECTED, JDA.Status.LOADING_SUBSYSTEMS);
        late.onEvent(connected);

        assertThat(heard).as("only what came once attached").containsExactly(connected);
    }

    @Test
    void aListenerThatThrowsKeepsNoOtherFromTheEvent() {
        GenericEvent event = new GatewayEvent(3);
        EventListener failing = ignored -> {
            throw new IllegalStateException("broken listener");
        };
        late.attach(List.of(failing, heard::add));

        try (LogCapture log = LogCapture.of(LateListeners.class)) {
            late.onEvent(event);

            assertThat(heard).containsExactly(event);
            assertThat(log.messages(Level.ERROR)).singleElement().asString().contains("failed on GatewayEvent");
        }
    }

    @Test
    void listenersThatCouldNotBeBuiltReleaseTheWaitingEvents() throws Exception {
        Thread gateway = new Thread(() -> late.onEvent(new GatewayEvent(4)));
        gateway.start();

        late.attach(List.of());

        gateway.join(LIMIT.toMillis());
        assertThat(gateway.isAlive()).isFalse();
    }

    /** A JDA whose every call answers zero or nothing: enough for an event to be made for it. */
    private static JDA jda() {
        return (JDA) Proxy.newProxyInstance(
                JDA.class.getClassLoader(),
                new Class<?>[] {JDA.class},
                (proxy, method, args) -> method.getReturnType() == long.class ? 0L : null);
    }

    /** An event as the gateway dispatches it. */
    private record GatewayEvent(long sequence) implements GenericEvent {

        @Override
        public long getResponseNumber() {
            return sequence;
        }

        @Override
        public JDA getJDA() {
            return jda();
        }

        @Override
        public DataObject getRawData() {
            return null;
        }
    }
}
