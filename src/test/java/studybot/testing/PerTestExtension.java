package studybot.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The lifecycle the test fixtures share: a fixture is started for a test when the test (or one of its
 * {@code @BeforeEach} methods) first asks for it or one of its parts by a parameter of that type, so a test that asks
 * for none starts none; it is closed after the test's {@code @AfterEach} methods, and its temp folder (if it asked for
 * one) deleted. Tests run one at a time, so one fixture at a time is held.
 *
 * @param <T> the fixture
 */
abstract class PerTestExtension<T extends AutoCloseable> implements ParameterResolver, AfterEachCallback {

    private final Map<Class<?>, Function<T, ?>> parts;
    private TempFolder folder;
    private T fixture;

    /**
     * {@code parts}: every type a parameter may ask for, with how to get it from the fixture (the fixture included).
     */
    PerTestExtension(Map<Class<?>, Function<T, ?>> parts) {
        this.parts = Map.copyOf(parts);
    }

    /** Starts the fixture; {@link #folder()} gives it a temp folder of its own if it needs one. */
    abstract T start() throws Exception;

    /** A temp folder for this test, made on first use and deleted after the fixture is closed. */
    final Path folder() {
        if (folder == null) {
            folder = TempFolder.create();
        }
        return folder.path();
    }

    @Override
    public final boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parts.containsKey(parameter.getParameter().getType());
    }

    @Override
    public final Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException(getClass().getSimpleName() + " starts a fixture for each test; "
                    + parameter.getParameter() + " asks for one outside a test");
        }
        if (fixture == null) {
            try {
                fixture = start();
            } catch (Exception e) {
                throw new ParameterResolutionException(getClass().getSimpleName() + " could not start: " + e, e);
            }
        }
        return parts.get(parameter.getParameter().getType()).apply(fixture);
    }

    @Override
    public final void afterEach(ExtensionContext context) throws Exception {
        try (TempFolder started = folder;
                T closing = fixture) {
            fixture = null;
            folder = null;
        }
    }
}
