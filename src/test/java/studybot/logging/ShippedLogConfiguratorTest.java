package studybot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedLogConfiguratorTest {

    private static final Path SHIPPED = Path.of("config", "logback.xml");
    private static final String TOKEN = "aW50ZXJhY3Rpb246MTU3Njc2NjM1NTIwNDQ3Mjk1Mzp4eXo.secret-part_9";

    private final List<LoggerContext> contexts = new ArrayList<>();

    @TempDir
    Path data;

    @AfterEach
    void stopContexts() {
        contexts.forEach(LoggerContext::stop);
    }

    @Test
    void setsUpWhatTheShippedXmlSetsUp() throws Exception {
        LoggerContext fromXml = context();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(fromXml);
        joran.doConfigure(SHIPPED.toFile());
        LoggerContext inCode = context();
        ShippedLogConfigurator.configureAsShipped(inCode, data.toString());

        assertThat(describe(inCode)).isEqualTo(describe(fromXml));
        assertThat(describe(inCode))
                .as("both appenders, tokens masked in the message and the stack")
                .anyMatch(line -> line.contains("RollingFileAppender"))
                .anyMatch(line -> line.contains("webhooks/111/<token>/messages") && line.contains("157676/<token>/"))
                .noneMatch(line -> line.contains("secret-part"));
    }

    @Test
    void takesOverOnlyFromTheShippedFileUnchanged() throws Exception {
        Path copy = Files.copy(SHIPPED, data.resolve("logback.xml"));
        Path edited = data.resolve("edited.xml");
        Files.writeString(edited, Files.readString(copy).replace("<maxHistory>14", "<maxHistory>30"));

        assertThat(ShippedLogConfigurator.configure(context(), copy.toString()))
                .isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(ShippedLogConfigurator.configure(context(), edited.toString()))
                .as("an operator's own file is read by logback")
                .isEqualTo(ExecutionStatus.NEUTRAL);
        assertThat(ShippedLogConfigurator.configure(context(), null)).isEqualTo(ExecutionStatus.NEUTRAL);
        assertThat(ShippedLogConfigurator.configure(
                        context(), data.resolve("missing.xml").toString()))
                .isEqualTo(ExecutionStatus.NEUTRAL);
    }

    @Test
    void theJarCarriesTheShippedFile() throws Exception {
        try (InputStream in = ShippedLogConfigurator.class.getResourceAsStream(ShippedLogConfigurator.SHIPPED)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(SHIPPED));
        }
    }

    private LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.putProperty("STUDYBOT_DATA", data.toString());
        contexts.add(context);
        return context;
    }

    /** Levels, turbo filters and each appender's settings, and what each appender writes for a token and a stack. */
    private static List<String> describe(LoggerContext context) throws Exception {
        List<String> lines = new ArrayList<>();
        context.getTurboFilterList()
                .forEach(filter -> lines.add("turbo " + filter.getClass().getName()));
        for (Logger logger : context.getLoggerList()) {
            if (logger.getLevel() != null) {
                lines.add("level " + logger.getName() + " " + logger.getLevel());
            }
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            lines.add(
                    "appender " + appender.getName() + " " + appender.getClass().getName());
            if (appender instanceof ConsoleAppender<ILoggingEvent> console) {
                lines.add("  target " + console.getTarget());
            }
            if (appender instanceof RollingFileAppender<ILoggingEvent> file) {
                lines.add("  file " + file.getFile());
                SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
                lines.add("  pattern " + policy.getFileNamePattern());
                lines.add("  maxFileSize " + field(policy, "maxFileSize"));
                lines.add("  totalSizeCap " + field(policy, "totalSizeCap"));
                lines.add("  maxHistory " + policy.getMaxHistory());
                lines.add("  cleanHistoryOnStart " + policy.isCleanHistoryOnStart());
            }
            OutputStreamAppender<ILoggingEvent> stream = (OutputStreamAppender<ILoggingEvent>) appender;
            PatternLayoutEncoder encoder = (PatternLayoutEncoder) stream.getEncoder();
            lines.add("  encoder " + encoder.getPattern());
            lines.add("  writes " + new String(encoder.encode(event(context)), StandardCharsets.UTF_8));
        }
        return lines;
    }

    private static ILoggingEvent event(LoggerContext context) {
        LoggingEvent event = new LoggingEvent(
                Logger.class.getName(),
                context.getLogger("studybot.Example"),
                Level.WARN,
                "Edit failed for PATCH webhooks/111/" + TOKEN + "/messages/@original",
                new IllegalStateException("POST interactions/157676/" + TOKEN + "/callback"),
                null);
        event.setTimeStamp(1_765_000_000_000L);
        event.setThreadName("main");
        return event;
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
