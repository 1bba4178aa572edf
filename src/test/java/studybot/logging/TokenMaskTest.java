package studybot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenMaskTest {

    private static final String INTERACTION_TOKEN = "aW50ZXJhY3Rpb246MTU3Njc2NjM1NTIwNDQ3Mjk1Mzp4eXo.secret-part_9";

    @Test
    void masksTheTokenFieldOfAPayload() {
        String payload = "INTERACTION_CREATE -> {\"id\":\"1\",\"token\":\"" + INTERACTION_TOKEN + "\",\"type\":2}";

        assertThat(TokenMask.mask(payload))
                .doesNotContain(INTERACTION_TOKEN)
                .contains("\"token\":\"<token>\"")
                .contains("\"id\":\"1\"")
                .contains("\"type\":2");
    }

    @Test
    void masksTokensInInteractionAndWebhookRoutes() {
        String routes = "POST interactions/157676/" + INTERACTION_TOKEN + "/callback, " + "PATCH webhooks/111/"
                + INTERACTION_TOKEN + "/messages/@original";

        assertThat(TokenMask.mask(routes))
                .doesNotContain(INTERACTION_TOKEN)
                .isEqualTo("POST interactions/157676/<token>/callback, PATCH webhooks/111/<token>/messages/@original");
    }

    @Test
    void masksTokenAssignments() {
        assertThat(TokenMask.mask("InteractionHook(token=" + INTERACTION_TOKEN + ", id=5)"))
                .isEqualTo("InteractionHook(token=<token>, id=5)");
    }

    @Test
    void leavesOtherTextAlone() {
        String line = "command=search server=200000000000000001 outcome=OK took=1 ms";

        assertThat(TokenMask.mask(line)).isSameAs(line);
        assertThat(TokenMask.mask(null)).isNull();
    }
}
