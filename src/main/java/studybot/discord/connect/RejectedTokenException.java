package studybot.discord.connect;

/**
 * Discord refused the bot token. Startup cannot succeed until someone fixes the configuration, so the caller should
 * print {@link #getMessage()} (which never contains the token) and exit non-zero rather than retry.
 */
public final class RejectedTokenException extends Exception {

    RejectedTokenException(Throwable cause) {
        super(
                "Discord rejected the bot token (401 Unauthorized). Check " + DiscordEndpoints.TOKEN_VARIABLE
                        + ": it may be mistyped, revoked or reset in the Discord developer portal.",
                cause);
    }
}
