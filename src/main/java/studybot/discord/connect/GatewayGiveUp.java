package studybot.discord.connect;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * Notices a shard that JDA stopped on its own: Discord closed the gateway with a code that forbids resuming (4004
 * authentication failed, as when the token is revoked mid-session, or 4010–4014 for shards, API version and intents),
 * or JDA gave up reconnecting; or a REST call made with the bot token was refused with 401. Left alone the process
 * would stay up, disconnected, for ever; this tells the caller once, in one readable line, so it can exit and the
 * service manager can notice. A shutdown studybot asked for itself is not reported.
 */
final class GatewayGiveUp implements EventListener {

    private static final int AUTHENTICATION_FAILED = 4004;
    private static final String TOKEN_ADVICE = "the bot token was revoked or reset: set "
            + DiscordEndpoints.TOKEN_VARIABLE + " to the current token and start studybot again";
    /**
     * Discord's close codes after which it will not let the bot resume or reconnect as it is. JDA knows all but 4012
     * (invalid API version), which it would retry for ever.
     */
    private static final Set<Integer> NOT_RESUMABLE = Set.of(4004, 4010, 4011, 4012, 4013, 4014);

    private final AtomicBoolean closing = new AtomicBoolean();
    private final CompletableFuture<String> gaveUp = new CompletableFuture<>();

    @Override
    public void onEvent(GenericEvent event) {
        if (closing.get()) {
            return;
        }
        if (event instanceof ShutdownEvent shutdown) {
            gaveUp.complete(describe(shutdown.getCode(), shutdown.getCloseCode()));
        } else if (event instanceof SessionDisconnectEvent disconnect
                && disconnect.isClosedByServer()
                && disconnect.getServiceCloseFrame() != null
                && NOT_RESUMABLE.contains(disconnect.getServiceCloseFrame().getCloseCode())) {
            gaveUp.complete(describe(disconnect.getServiceCloseFrame().getCloseCode(), disconnect.getCloseCode()));
        }
    }

    /**
     * Discord answered 401 to a call made with the bot token: it was revoked or reset while the gateway stayed up (a
     * revoked token usually also closes the gateway with 4004, which says the same).
     */
    void tokenRejected() {
        if (!closing.get()) {
            gaveUp.complete("Discord refused the bot token (HTTP 401); " + TOKEN_ADVICE);
        }
    }

    /** From now on shards stop because studybot asked them to. */
    void closing() {
        closing.set(true);
    }

    /** Completes, once, with why the gateway is gone for good. */
    CompletableFuture<String> gaveUp() {
        return gaveUp;
    }

    static String describe(int code, CloseCode closeCode) {
        String meaning = closeCode == null ? "" : " (" + closeCode.getMeaning().replaceAll("\\.$", "") + ")";
        String advice =
                code == AUTHENTICATION_FAILED ? TOKEN_ADVICE : "this connection cannot be resumed, so studybot stops";
        return "Discord closed the gateway with code " + code + meaning + "; " + advice;
    }
}
