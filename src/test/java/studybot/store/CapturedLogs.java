package studybot.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects what some classes log while a test runs, at every level, instead of printing it. */
public final class CapturedLogs implements AutoCloseable {

    private final List<Logger> loggers;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public CapturedLogs(Class<?>... sources) {
        this(Arrays.stream(sources).map(Class::getName).toArray(String[]::new));
    }

    /** By logger name, e.g. for a library's class that is not public. */
    public CapturedLogs(String... names) {
        this.loggers = Arrays.stream(names).map(name -> (Logger) LoggerFactory.getLogger(name)).toList();
        appender.start();
        for (Logger logger : loggers) {
            logger.addAppender(appender);
            logger.setAdditive(false);
            logger.setLevel(Level.DEBUG);
        }
    }

    public List<ILoggingEvent> events() {
        synchronized (appender.list) {
            return List.copyOf(appender.list);
        }
    }

    /** The formatted messages logged at {@code level}. */
    public List<String> at(Level level) {
        return events().stream().filter(event -> event.getLevel() == level).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Override
    public void close() {
        for (Logger logger : loggers) {
            logger.setAdditive(true);
            logger.setLevel(null);
            logger.detachAppender(appender);
        }
        appender.stop();
    }
}
