package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.DailyTipsFixture.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.library.SectionNumber;
import studybot.store.Dialect;
import studybot.tip.Tip;

/** Runs on both stores: SQLite and the test run's PostgreSQL. */
@ParameterizedClass
@EnumSource(Dialect.class)
class RotationTest {

    @Parameter
    Dialect dialect;

    private static final long SERVER = 5;
    private static final long OTHER_SERVER = 6;
    private static final Instant START = Instant.parse("2024-06-01T08:00:00Z");

    @TempDir
    Path temp;

    @Test
    void aFullCycleVisitsEveryTipOnceAcrossRestarts() {
        try (DailyTipsFixture fixture = new DailyTipsFixture(dialect, temp, START, 10)) {
            fixture.service().saveSettings(SERVER, settings(1, "09:00", "UTC"));

            List<String> shown = postDaily(fixture, 20);

            Set<String> all = ids(fixture.deck.get());
            assertThat(shown.subList(0, 10)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
            assertThat(shown.subList(10, 20)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
            assertThat(shown.get(10))
                    .as("a new cycle does not open with the tip that closed the last")
                    .isNotEqualTo(shown.get(9));
            assertThat(shown.subList(10, 20)).as("each cycle has its own order").isNotEqualTo(shown.subList(0, 10));
        }
    }

    @Test
    void serversHaveTheirOwnOrder() {
        try (DailyTipsFixture fixture = new DailyTipsFixture(dialect, temp, START, 10)) {
            fixture.service().saveSettings(SERVER, settings(1, "09:00", "UTC"));
            fixture.service().saveSettings(OTHER_SERVER, settings(2, "09:00", "UTC"));

            fixture.runUntil(START.plus(Duration.ofDays(10)), Duration.ofHours(1));

            List<String> first = tipsPostedTo(fixture, 1);
            List<String> second = tipsPostedTo(fixture, 2);
            assertThat(first).containsExactlyInAnyOrderElementsOf(second);
            assertThat(first).isNotEqualTo(second);
        }
    }

    @Test
    void deckChangesMidCycleSkipRemovedTipsIncludeNewOnesAndRepeatNothing() {
        try (DailyTipsFixture fixture = new DailyTipsFixture(dialect, temp, START, 10)) {
            fixture.service().saveSettings(SERVER, settings(1, "09:00", "UTC"));
            List<String> before = postDaily(fixture, 4);

            List<Tip> unseen = fixture.deck.get().stream()
                    .filter(tip -> !before.contains(tip.id()))
                    .toList();
            Set<String> removed =
                    Set.of(before.get(0), unseen.get(0).id(), unseen.get(1).id());
            List<Tip> added = List.of(tip("new-1"), tip("new-2"), tip("new-3"));
            List<Tip> reloaded = Stream.concat(
                            fixture.deck.get().stream().filter(tip -> !removed.contains(tip.id())), added.stream())
                    .toList();
            fixture.deck.set(reloaded);

            List<String> after = postDaily(fixture, 7);

            Set<String> expected = ids(reloaded);
            expected.removeAll(before);
            assertThat(expected).hasSize(7).contains("new-1", "new-2", "new-3");
            assertThat(after)
                    .as("the rest of the cycle: unseen and new tips, each once")
                    .containsExactlyInAnyOrderElementsOf(expected);

            List<String> nextCycle = postDaily(fixture, 10);
            assertThat(nextCycle).containsExactlyInAnyOrderElementsOf(ids(reloaded));
        }
    }

    /** Runs {@code days} days, restarting the bot before each, and returns the tips posted in order. */
    private static List<String> postDaily(DailyTipsFixture fixture, int days) {
        int already = fixture.discord.messages().size();
        for (int day = 0; day < days; day++) {
            fixture.restart();
            fixture.runUntil(fixture.clock.instant().plus(Duration.ofDays(1)), Duration.ofHours(1));
        }
        List<String> tips = fixture.discord.messages().stream()
                .skip(already)
                .map(message -> message.post().tip().orElseThrow().id())
                .toList();
        assertThat(tips).hasSize(days);
        return tips;
    }

    private static List<String> tipsPostedTo(DailyTipsFixture fixture, long channelId) {
        return fixture.discord.messages().stream()
                .filter(message -> message.channelId() == channelId)
                .map(message -> message.post().tip().orElseThrow().id())
                .toList();
    }

    private static Set<String> ids(List<Tip> tips) {
        Set<String> ids = new HashSet<>();
        tips.forEach(tip -> ids.add(tip.id()));
        return ids;
    }

    private static Tip tip(String id) {
        return new Tip(id, "Text of " + id, new SectionNumber(99, 1));
    }
}
