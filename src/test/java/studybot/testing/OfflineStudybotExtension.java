package studybot.testing;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import studybot.OfflineStudybot;
import studybot.Studybot;
import studybot.config.ConfigLoader;

/**
 * studybot as the console wires it ({@link OfflineStudybot}: the shipped config, its data folder and SQLite store in a
 * temp folder of the test's own, the first edition loaded) for each test that puts the features on a transport of its
 * own or asks them directly; closed after the test's {@code @AfterEach} methods and its folder deleted. Parameters ask
 * for {@link OfflineStudybot} or {@link Studybot}.
 *
 * <pre>{@code
 * @RegisterExtension
 * final OfflineStudybotExtension offline = OfflineStudybotExtension.shipped();
 *
 * @Test
 * void lists(Studybot studybot) { ... }
 * }</pre>
 */
public final class OfflineStudybotExtension extends PerTestExtension<OfflineStudybot> {

    private OfflineStudybotExtension() {
        super(Map.of(OfflineStudybot.class, Function.identity(), Studybot.class, OfflineStudybot::studybot));
    }

    /** On the shipped config ({@link TestConfig#in}), on the system clock. */
    public static OfflineStudybotExtension shipped() {
        return new OfflineStudybotExtension();
    }

    @Override
    OfflineStudybot start() throws Exception {
        return OfflineStudybot.load(new ConfigLoader().load(TestConfig.in(folder())), Clock.systemUTC());
    }
}
