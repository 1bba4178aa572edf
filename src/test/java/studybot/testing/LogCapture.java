package studybot.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Collects what some loggers write while a test runs, instead of printing it, so a failure a test causes on purpose is
 * asserted rather than shown as noise in the build output. Closing it puts the loggers back as they were.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.of(BookReloader.class)) {
 *     ... cause the failure ...
 *     assertThat(log.messages(Level.WARN)).singleElement().asString().contains("b.txt:1");
 * }
 * }</pre>
 *
 * <p>For a whole test, register it on an instance field; it is closed after the test's {@code @AfterEach} methods. With
 * {@code @Order(1)} it is registered before a bot's extension (which has the default order) and so closed after it:
 * what the bot logs while stopping is captured too.
 *
 * <pre>{@code
 * @RegisterExtension
 * @Order(1)
 * final LogCapture log = LogCapture.of(DailyTipService.class);
 * }</pre>
 */
public final class LogCapture implements AutoCloseable, AfterEachCallback {

    private final List<Attached> attached = new ArrayList<>();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(List<String> loggerNames, Level level) {
        appender.start();
        for (String name : loggerNames) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            attached.add(new Attached(logger, logger.getLevel(), logger.isAdditive()));
            if (level != null) {
                logger.setLevel(level);
            }
            logger.addAppender(appender);
            logger.setAdditive(false);
        }
    }

    /** Captures what these classes log, at the levels the test logging config lets through. */
    public static LogCapture of(Class<?>... sources) {
        return new LogCapture(Arrays.stream(sources).map(Class::getName).toList(), null);
    }

    /** Captures what the named loggers (and those under them) log, from {@code level} up. */
    public static LogCapture of(Level level, String... loggerNames) {
        return new LogCapture(List.of(loggerNames), level);
    }

    /** Everything captured so far, oldest first. */
    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    /** The formatted messages logged at {@code level} exactly, oldest first. */
    public List<String> messages(Level level) {
        return events().stream()
                .filter(event -> event.getLevel() == level)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    /** The formatted messages at every level, oldest first. */
    public List<String> messages() {
        return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        for (Attached logger : attached) {
            logger.logger().detachAppender(appender);
            logger.logger().setAdditive(logger.additive());
            logger.logger().setLevel(logger.level());
        }
        appender.stop();
    }

    private record Attached(Logger logger, Level level, boolean additive) {}
}
