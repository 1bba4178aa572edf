package studybot.dailytips.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.testing.StudybotExtension;

/**
 * 100 {@code /tips set} at once on an idle store are all applied: each is queued for the store handlers (and deferred
 * if its turn comes late), none is told the store is busy.
 */
class TipsSetBurstTest {

    private static final int REQUESTS = 100;
    private static final int DEFERRED = 5;

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(Instant.parse("2026-12-01T08:00:00Z"));

    @Test
    void aHundredSettingsAtOnceAreAllSaved(FakeDiscord discord) throws Exception {
        List<SentInteraction> sent = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            sent.add(discord.slashCommand("tips")
                    .subcommand("set")
                    .option("channel", discord.world().channelId())
                    .option("time", String.format("%02d:%02d", 6 + i / 60, i % 60))
                    .option("timezone", "Europe/Berlin")
                    .by(Invoker.ADMIN)
                    .send());
        }

        List<String> answers = new ArrayList<>();
        for (SentInteraction request : sent) {
            RecordedRequest callback = discord.awaitCallback(request, WAIT);
            answers.add(
                    callback.json().path("type").asInt() == DEFERRED
                            ? text(discord.awaitOriginalEdit(request, WAIT).json())
                            : text(callback.json().path("data")));
        }

        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer).contains("Saved.").doesNotContain("busy"));
    }
}
