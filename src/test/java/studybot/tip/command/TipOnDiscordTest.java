package studybot.tip.command;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.InteractionResponder;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.SentInteraction;
import studybot.stats.InteractionLog;
import studybot.store.StoreBusyException;
import studybot.testing.LogCapture;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;
import studybot.tip.SqlTipRotationStore;

/**
 * {@code /tip} on the fake Discord, wired as {@code DiscordMode} wires it: the channel's round is in the store, so a
 * restart continues it, and a locked store still gets a tip.
 */
class TipOnDiscordTest {

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(Instant.parse("2026-11-30T08:00:00Z"));

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Test
    void aRestartContinuesTheChannelsRoundInsteadOfStartingAFreshOne() throws Exception {
        int tips = bot.book().get().tips().size();
        assertThat(tips).isGreaterThan(3);
        Set<String> shown = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            assertThat(shown.add(tip())).isTrue();
        }
        bot.stopBot();
        bot.startBot();
        for (int i = 3; i < tips; i++) {
            String tip = tip();
            assertThat(shown.add(tip)).as("shown before the restart: " + tip).isTrue();
        }
        assertThat(shown).hasSize(tips);
    }

    @Test
    void aLockedStoreStillGetsATipNotAnError() throws Exception {
        try (LogCapture log = LogCapture.of(Level.DEBUG, SqlTipRotationStore.class.getName());
                Connection other = bot.openStoreFile();
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            String tip = tip();
            lock.execute("ROLLBACK");
            assertThat(tip).startsWith("Study tip\n");
            assertThat(bot.book().get().tips().tips())
                    .anySatisfy(known -> assertThat(tip).contains(known.text()));
            assertThat(log.messages(Level.DEBUG)).singleElement().asString().contains("drew a tip at random");
        }
    }

    /**
     * Admins' {@code /tips} changes wait on a locked store until its busy timeout, and more wait in the queue; once the
     * store has not kept up for that long, a {@code /tip} is not told "the store is busy" but answered on the other
     * threads, with a random tip (deferred first only when those threads are slow, as on a loaded machine).
     * {@code /tips status}, which has no answer without the store, is told the store is busy, and the refusal still
     * gets its interaction log line.
     */
    @Test
    void whenTheStoreThreadsAreAllTakenTipIsAnsweredWithoutTheStore() throws Exception {
        bot.setTips(Invoker.ADMIN, "09:01");
        List<SentInteraction> waiting = new ArrayList<>();
        try (LogCapture log = LogCapture.of(Level.DEBUG, InteractionResponder.class.getName());
                LogCapture interactions = LogCapture.of(Level.INFO, InteractionLog.class.getName());
                Connection other = bot.openStoreFile();
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            for (int i = 0; i < 24; i++) {
                waiting.add(discord.slashCommand("tips")
                        .subcommand("off")
                        .by(Invoker.ADMIN)
                        .send());
            }
            assertThat(text(discord.awaitOriginalEdit(waiting.get(0), WAIT).json()))
                    .contains("busy");
            for (int i = 0; i < 24; i++) {
                waiting.add(discord.slashCommand("tips")
                        .subcommand("off")
                        .by(Invoker.ADMIN)
                        .send());
            }
            SentInteraction request = discord.slashCommand("tip").send();
            JsonNode callback = discord.awaitCallback(request, WAIT).json();
            SentInteraction status = discord.slashCommand("tips")
                    .subcommand("status")
                    .by(Invoker.ADMIN)
                    .send();
            JsonNode refused = discord.awaitCallback(status, WAIT).json();
            lock.execute("ROLLBACK");

            JsonNode answer = callback.path("type").asInt() == 4
                    ? callback.path("data")
                    : discord.awaitOriginalEdit(request, WAIT).json();
            assertThat(callback.path("data").path("flags").asInt() & EPHEMERAL).isZero();
            assertThat(text(answer)).startsWith("Study tip\n");
            assertThat(log.messages(Level.DEBUG))
                    .anySatisfy(line ->
                            assertThat(line).contains("Interaction " + request.id() + " answered without the store"));
            assertThat(text(refused.path("data"))).contains(StoreBusyException.ADVICE);
            assertThat(interactions.messages(Level.INFO))
                    .anySatisfy(line -> assertThat(line)
                            .contains("interaction=" + status.id())
                            .contains("outcome=REFUSED"));
        }
        waiting.forEach(request -> discord.awaitCallback(request, WAIT));
    }

    /** The text of a public {@code /tip} answer in the world's channel, deferred or not. */
    private String tip() {
        SentInteraction request = discord.slashCommand("tip").send();
        JsonNode callback = discord.awaitCallback(request, WAIT).json();
        assertThat(callback.path("data").path("flags").asInt() & EPHEMERAL)
                .as("a tip is public")
                .isZero();
        if (callback.path("type").asInt() != 5) {
            return text(callback.path("data"));
        }
        return text(discord.awaitOriginalEdit(request, WAIT).json());
    }
}
