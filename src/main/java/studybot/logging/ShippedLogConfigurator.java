package studybot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sets logging up as the shipped {@code config/logback.xml} says, without logback's XML reader, when that is the file
 * logback is pointed at, unchanged: logback's start took ~300 ms of CPU on the main thread before the login with its
 * XML reader (Joran), ~200 ms with the same appenders built here. Any other file, an edited copy included, and the
 * tests' {@code logback-test.xml} are read by logback as before ({@link ExecutionStatus#NEUTRAL}), so the operator's
 * own file keeps its say. {@code ShippedLogConfiguratorTest} holds this class to the XML. Logback finds it through
 * {@code META-INF/services}, and so needs the public no-argument constructor.
 */
public final class ShippedLogConfigurator extends ContextAwareBase implements Configurator {

    /** The shipped {@code config/logback.xml}, copied into the jar by the build. */
    static final String SHIPPED = "/studybot/logging/shipped/logback.xml";

    private static final String CONFIG_FILE_PROPERTY = "logback.configurationFile";
    private static final String DATA_FOLDER_VARIABLE = "STUDYBOT_DATA";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        return configure(context, System.getProperty(CONFIG_FILE_PROPERTY));
    }

    /** Sets {@code context} up if {@code configFile} (the file logback is pointed at, or null) is the shipped one. */
    static ExecutionStatus configure(LoggerContext context, String configFile) {
        if (configFile == null || !isShipped(configFile)) {
            return ExecutionStatus.NEUTRAL;
        }
        configureAsShipped(context, dataFolder(context));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** What {@code config/logback.xml} sets up, with the log files under {@code dataFolder}{@code /logs}. */
    static void configureAsShipped(LoggerContext context, String dataFolder) {
        Map<String, Supplier<DynamicConverter<?>>> rules = new HashMap<>();
        rules.put("msg", MaskedMessageConverter::new);
        rules.put("ex", MaskedThrowableConverter::new);
        context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        ReportedElsewhereFilter filter = new ReportedElsewhereFilter();
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(encoder(context, "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n%ex"));
        console.start();

        String logFolder = dataFolder + "/logs";
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logFolder + "/studybot.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logFolder + "/studybot.%d{yyyy-MM-dd}.%i.log.gz");
        rolling.setMaxFileSize(FileSize.valueOf("20MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("1GB"));
        rolling.setCleanHistoryOnStart(true);
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(
                encoder(context, "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n%ex"));
        file.start();

        context.getLogger("net.dv8tion").setLevel(Level.WARN);
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        context.getLogger("com.zaxxer.hikari.pool.PoolBase").setLevel(Level.ERROR);
        context.getLogger("org.apache.lucene").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("studybot").setLevel(Level.INFO);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        root.addAppender(file);
    }

    private static Encoder<ILoggingEvent> encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    /** {@code ${STUDYBOT_DATA:-data}} as the XML reads it: the context's property, the JVM's, the environment's. */
    private static String dataFolder(LoggerContext context) {
        String value = context.getProperty(DATA_FOLDER_VARIABLE);
        if (value == null) {
            value = System.getProperty(DATA_FOLDER_VARIABLE);
        }
        if (value == null) {
            value = System.getenv(DATA_FOLDER_VARIABLE);
        }
        return value == null ? "data" : value;
    }

    private static boolean isShipped(String configFile) {
        try (InputStream shipped = ShippedLogConfigurator.class.getResourceAsStream(SHIPPED)) {
            Path file = Path.of(configFile);
            return shipped != null
                    && Files.isRegularFile(file)
                    && Arrays.equals(shipped.readAllBytes(), Files.readAllBytes(file));
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }
}
