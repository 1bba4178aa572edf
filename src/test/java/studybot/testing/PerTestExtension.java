package studybot.testing;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The lifecycle the test fixtures share: a fixture is started for a test that asks for it or one of its parts, by a
 * {@link Started} field or by a parameter of the test or of one of its {@code @BeforeEach} methods, so a test that asks
 * for none starts none; it is closed after the test's {@code @AfterEach} methods, and its temp folder (if it asked for
 * one) deleted. Tests run one at a time, so one fixture at a time is held.
 *
 * @param <T> the fixture
 */
abstract class PerTestExtension<T extends AutoCloseable>
        implements BeforeEachCallback, ParameterResolver, AfterEachCallback {

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

    /** Sets the test's {@link Started} fields whose types this fixture gives. */
    @Override
    public final void beforeEach(ExtensionContext context) throws Exception {
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : AnnotationSupport.findAnnotatedFields(instance.getClass(), Started.class)) {
                if (parts.containsKey(field.getType())) {
                    field.setAccessible(true);
                    field.set(instance, part(field.getType()));
                }
            }
        }
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
        try {
            return part(parameter.getParameter().getType());
        } catch (Exception e) {
            throw new ParameterResolutionException(getClass().getSimpleName() + " could not start: " + e, e);
        }
    }

    /** The fixture's part of this type, the fixture started first if this test has not started it yet. */
    private Object part(Class<?> type) throws Exception {
        if (fixture == null) {
            fixture = start();
        }
        return parts.get(type).apply(fixture);
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
