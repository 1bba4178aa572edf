package studybot.discord.connect;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an interaction's acknowledgement or the edit of its answer again when Discord answers with a server error JDA
 * does not retry itself (JDA retries 502, 503, 504 and 520–524; a 500 reached the caller at once and left the member
 * with "This interaction failed" or "thinking…" for good). Both are safe to repeat: Discord refuses a second
 * acknowledgement of one interaction (40060), and an edit puts the same content in place. The acknowledgement is sent
 * again only while its deadline ({@link InteractionDeadlines}) still leaves time for it to arrive; the edit, whose
 * token is valid for 15 minutes, a few times after a short pause. Each attempt sends the very same bytes.
 */
final class InteractionRetries implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionRetries.class);
    private static final Pattern CALLBACK = Pattern.compile(".*/interactions/(\\d+)/[^/]+/callback");
    private static final Pattern EDIT = Pattern.compile(".*/webhooks/\\d+/[^/]+/messages/[^/]+");
    /** Pauses before the acknowledgement is sent again: short, it has three seconds in all. */
    private static final List<Duration> CALLBACK_PAUSES = List.of(Duration.ofMillis(100), Duration.ofMillis(250));
    /** What an acknowledgement needs to reach Discord after it is sent, kept free of the deadline. */
    private static final Duration IN_FLIGHT = Duration.ofMillis(300);
    /** Pauses before an edit is sent again. */
    private static final List<Duration> EDIT_PAUSES =
            List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));

    private final InteractionDeadlines deadlines;

    InteractionRetries(InteractionDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String path = request.url().encodedPath();
        Matcher callback = CALLBACK.matcher(path);
        boolean isCallback = request.method().equals("POST") && callback.matches();
        boolean isEdit = request.method().equals("PATCH") && EDIT.matcher(path).matches();
        if (!isCallback && !isEdit) {
            return chain.proceed(request);
        }
        Request again = replayable(request);
        List<Duration> pauses = isCallback ? CALLBACK_PAUSES : EDIT_PAUSES;
        OptionalLong deadline = isCallback ? deadlines.acknowledgeBy(callback.group(1)) : OptionalLong.empty();
        for (int attempt = 0; ; attempt++) {
            Response response = chain.proceed(again);
            if (!retriedHere(response.code()) || attempt >= pauses.size()) {
                return response;
            }
            Duration pause = pauses.get(attempt);
            if (isCallback && !inTime(deadline, pause)) {
                return response;
            }
            LOG.debug(
                    "Discord answered {} to {} {}; sending it again in {} ms",
                    response.code(),
                    request.method(),
                    isCallback ? "the acknowledgement of interaction " + callback.group(1) : "an answer's edit",
                    pause.toMillis());
            response.close();
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted before sending again", e);
            }
        }
    }

    /** A server error JDA passes on instead of retrying. */
    static boolean retriedHere(int status) {
        boolean retriedByJda = status >= 502 && status <= 504 || status >= 520 && status <= 524;
        return status >= 500 && status <= 599 && !retriedByJda;
    }

    private static boolean inTime(OptionalLong deadline, Duration pause) {
        return deadline.isPresent()
                && deadline.getAsLong() - System.nanoTime() - pause.toNanos() - IN_FLIGHT.toNanos() > 0;
    }

    /** The request with its body read once into memory, so it can be sent again (JDA streams attachments). */
    private static Request replayable(Request request) throws IOException {
        RequestBody body = request.body();
        if (body == null) {
            return request;
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return request.newBuilder()
                .method(request.method(), RequestBody.create(buffer.readByteString(), body.contentType()))
                .build();
    }
}
