package studybot.discord.fake;

/**
 * A canned error answer for {@link FakeRest#failNext}. Rate limits look like Discord's own (not Cloudflare's): they
 * carry {@code Via: 1.1 google}, a whole-seconds {@code Retry-After} and a JSON {@code retry_after}; without the
 * {@code Via} header JDA would treat the 429 as a Cloudflare ban on every route.
 *
 * @param status HTTP status to answer with
 * @param code Discord JSON error code
 * @param message Discord JSON error message
 * @param retryAfterSeconds for 429 only: how long the bot must wait
 */
public record Failure(int status, int code, String message, int retryAfterSeconds) {

    public static Failure rateLimited(int retryAfterSeconds) {
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("Retry-After is whole seconds, at least 1");
        }
        return new Failure(429, 0, "You are being rate limited.", retryAfterSeconds);
    }

    /** A 5xx; JDA retries 502, 503, 504 and 520–524 by itself, other codes reach the caller. */
    public static Failure serverError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("Not a server error: " + status);
        }
        return new Failure(status, 0, status + ": Server Error", 0);
    }

    public static Failure unauthorized() {
        return new Failure(401, 0, "401: Unauthorized", 0);
    }

    public static Failure unknownChannel() {
        return new Failure(404, 10003, "Unknown Channel", 0);
    }

    public static Failure missingPermissions() {
        return new Failure(403, 50013, "Missing Permissions", 0);
    }

    /** Discord's answer to a DM the member does not accept (DMs closed, the bot blocked, no shared server). */
    public static Failure cannotSendToUser() {
        return new Failure(403, 50007, "Cannot send messages to this user", 0);
    }

    public static Failure unknownInteraction() {
        return new Failure(404, 10062, "Unknown interaction", 0);
    }

    /** Discord's answer to a second thread on one message. */
    public static Failure threadAlreadyCreated() {
        return new Failure(400, 160004, "A thread has already been created for this message", 0);
    }

    /**
     * Discord's answer to an operation an archived thread does not allow, such as editing one of its messages: only a
     * new message (or unarchiving) brings it back.
     */
    public static Failure threadArchived() {
        return new Failure(400, 50083, "Thread is archived", 0);
    }

    public static Failure notFound() {
        return new Failure(404, 0, "404: Not Found", 0);
    }

    boolean isRateLimit() {
        return status == 429;
    }
}
