package studybot.discord.connect;

import java.util.Objects;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Keeps JDA on a gateway URL we chose instead of the one Discord advertises. JDA asks the session controller for the
 * gateway both on first connect ({@link #getShardedGateway}, answered from {@code GET gateway/bot}) and after a lost
 * session ({@link #getGateway}); both must agree or a reconnect would wander off to discord.gg.
 */
final class FixedGatewaySessionController extends SessionControllerAdapter {

    private final String gatewayUrl;

    FixedGatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway advertised = super.getShardedGateway(api);
        return new ShardedGateway(gatewayUrl, advertised.getShardTotal(), advertised.getConcurrency());
    }
}
