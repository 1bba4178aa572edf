package studybot.discord.connect;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Notices Discord refusing the bot token on a REST call. JDA passes such a 401 to whoever made the call, so a token
 * revoked while the gateway stays connected left studybot running, answering nobody, with a vague line per interaction.
 * A 401 to a call that carried the bot token means the token is no longer valid (calls without it, such as an
 * interaction's acknowledgement, are not counted), and {@link GatewayGiveUp} stops studybot with one line.
 */
final class RejectedTokenWatch implements Interceptor {

    private static final int UNAUTHORIZED = 401;

    private final GatewayGiveUp giveUp;

    RejectedTokenWatch(GatewayGiveUp giveUp) {
        this.giveUp = giveUp;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String authorization = chain.request().header("Authorization");
        if (response.code() == UNAUTHORIZED && authorization != null && authorization.startsWith("Bot ")) {
            giveUp.tokenRejected();
        }
        return response;
    }
}
