package studybot.discord.connect;

/**
 * Discord could not be reached at all (no network, DNS, an outage). Unlike a rejected token this fixes itself, so the
 * caller waits and tries again instead of giving up.
 */
public final class DiscordUnreachableException extends Exception {

    DiscordUnreachableException(Throwable cause) {
        super("Discord is unreachable (" + rootMessage(cause) + ")", cause);
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
