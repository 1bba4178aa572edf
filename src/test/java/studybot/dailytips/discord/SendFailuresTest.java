package studybot.dailytips.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import org.junit.jupiter.api.Test;
import studybot.dailytips.PauseReason;
import studybot.dailytips.PermanentSendFailure;
import studybot.dailytips.TipSendException;
import studybot.dailytips.TransientSendFailure;

class SendFailuresTest {

    private static final long CHANNEL = 300000000000000001L;

    @Test
    void aDeletedChannelIsPermanentAndSaysToChooseAnother() {
        TipSendException failure = SendFailures.classify(error(ErrorResponse.UNKNOWN_CHANNEL, 404), CHANNEL);

        assertThat(failure)
                .isInstanceOfSatisfying(
                        PermanentSendFailure.class,
                        permanent -> assertThat(permanent.reason())
                                .isEqualTo(new PauseReason(PauseReason.Cause.CHANNEL_GONE, CHANNEL)));
        assertThat(failure.getMessage()).contains("deleted").contains("/tips set");
    }

    @Test
    void missingAccessAndPermissionsArePermanentAndNameWhatToGrant() {
        TipSendException access = SendFailures.classify(error(ErrorResponse.MISSING_ACCESS, 403), CHANNEL);
        TipSendException permissions = SendFailures.classify(error(ErrorResponse.MISSING_PERMISSIONS, 403), CHANNEL);

        assertThat(access).isInstanceOf(PermanentSendFailure.class);
        assertThat(access.getMessage()).contains("View Channel");
        assertThat(permissions).isInstanceOf(PermanentSendFailure.class);
        assertThat(permissions.getMessage()).contains("Send Messages").contains("Embed Links");
    }

    @Test
    void aServerErrorIsTransient() {
        TipSendException failure = SendFailures.classify(error(ErrorResponse.SERVER_ERROR, 500), CHANNEL);

        assertThat(failure).isInstanceOf(TransientSendFailure.class);
        assertThat(failure.getMessage()).contains("500");
    }

    @Test
    void aRateLimitIsTransientWithDiscordsWait() {
        TipSendException failure =
                SendFailures.classify(new RateLimitedException("channels/1/messages", 7_500), CHANNEL);

        assertThat(failure)
                .isInstanceOfSatisfying(
                        TransientSendFailure.class,
                        limited -> assertThat(limited.retryAfter()).contains(Duration.ofMillis(7_500)));
    }

    @Test
    void aNetworkFailureIsTransient() {
        TipSendException failure = SendFailures.classify(new SocketTimeoutException("read timed out"), CHANNEL);

        assertThat(failure).isInstanceOf(TransientSendFailure.class);
        assertThat(failure.getMessage()).contains("Could not reach Discord").contains("read timed out");
    }

    private static ErrorResponseException error(ErrorResponse response, int status) {
        return ErrorResponseException.create(response, new Response(null, status, "error", -1, Set.of()));
    }
}
