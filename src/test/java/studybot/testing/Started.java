package studybot.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a test that a fixture extension of the test ({@link StudybotExtension},
 * {@link OfflineStudybotExtension}, {@link FakeDiscordExtension}) sets before each test, before the test's
 * {@code @BeforeEach} methods, to the fixture it started or the part of it the field's type names, as JUnit's
 * {@code @TempDir} sets a folder. For tests whose helper methods share the fixture; a single test method can ask for it
 * by a parameter instead.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Started {}
