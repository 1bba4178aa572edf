package studybot.testing;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import studybot.OfflineStudybot;
import studybot.Studybot;
import studybot.config.ConfigLoader;

/**
 * studybot as the console wires it ({@link OfflineStudybot}: the shipped config, its data folder and SQLite store in a
 * temp folder of the test's own, the first edition loaded) for a test that asks for it, as an {@link OfflineStudybot}
 * or a {@link Studybot}, by a {@link Started} field or a parameter, to put the features on a transport of its own or to
 * ask them directly; closed after the test's {@code @AfterEach} methods and its folder deleted.
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

    private final UnaryOperator<String> edit;

    private OfflineStudybotExtension(UnaryOperator<String> edit) {
        super(Map.of(OfflineStudybot.class, Function.identity(), Studybot.class, OfflineStudybot::studybot));
        this.edit = edit;
    }

    /** On the shipped config ({@link TestConfig#in}), on the system clock. */
    public static OfflineStudybotExtension shipped() {
        return new OfflineStudybotExtension(UnaryOperator.identity());
    }

    /**
     * On the shipped config with its JSON text edited, e.g. {@code json -> json.replace("\"semantic\": true", ...)}.
     */
    public static OfflineStudybotExtension withConfig(UnaryOperator<String> edit) {
        return new OfflineStudybotExtension(edit);
    }

    @Override
    OfflineStudybot start() throws Exception {
        return OfflineStudybot.load(new ConfigLoader().load(TestConfig.in(folder(), edit)), Clock.systemUTC());
    }
}
