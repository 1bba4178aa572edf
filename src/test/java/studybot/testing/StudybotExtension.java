package studybot.testing;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.FakeWorld;

/**
 * studybot started on a fake Discord for a test ({@link StudybotOnFakeDiscord}: the composition root's wiring, a SQLite
 * store in a temp data folder of the test's own, a clock the test moves) that asks for it, or for its
 * {@link FakeDiscord} or {@link MutableClock}, by a {@link Started} field or a parameter; closed after the test's
 * {@code @AfterEach} methods and its folder deleted.
 *
 * <pre>{@code
 * @RegisterExtension
 * final StudybotExtension studybot = StudybotExtension.startingAt(Instant.parse("2026-12-01T08:00:00Z"));
 *
 * @Started
 * private FakeDiscord discord;
 *
 * @Test
 * void answers(StudybotOnFakeDiscord bot) { ... }
 * }</pre>
 */
public final class StudybotExtension extends PerTestExtension<StudybotOnFakeDiscord> {

    private final Instant start;
    private final FakeWorld world;

    private StudybotExtension(Instant start, FakeWorld world) {
        super(Map.of(
                StudybotOnFakeDiscord.class,
                Function.identity(),
                FakeDiscord.class,
                StudybotOnFakeDiscord::discord,
                MutableClock.class,
                StudybotOnFakeDiscord::clock));
        this.start = start;
        this.world = world;
    }

    /** Each test's bot starts with its clock at {@code start}, in {@link FakeWorld#standard()}. */
    public static StudybotExtension startingAt(Instant start) {
        return new StudybotExtension(start, FakeWorld.standard());
    }

    /** The same, in {@code world} instead (such as a Community server with another preferred locale). */
    public StudybotExtension in(FakeWorld world) {
        return new StudybotExtension(start, world);
    }

    @Override
    StudybotOnFakeDiscord start() throws Exception {
        return StudybotOnFakeDiscord.start(folder(), start, world);
    }
}
