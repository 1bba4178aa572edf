package studybot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InteractionLogTest {

    private final LoggerContext context = new LoggerContext();
    private final Logger logger = context.getLogger(InteractionLog.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final InteractionLog log = new InteractionLog(logger);

    @BeforeEach
    void capture() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        appender.setContext(context);
        appender.start();
        logger.addAppender(appender);
    }

    @Test
    void oneInfoLinePerInteractionWithoutWhatWasTyped() {
        logger.setLevel(Level.INFO);

        log.record(new Interaction(
                "1001", "section", OptionalLong.of(123456789012345678L), "20.4 secret words", Outcome.OK, 1_240_000));
        log.record(new Interaction("1002", "search", OptionalLong.empty(), "pooling", Outcome.PROBLEM, 850));

        assertThat(appender.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO, Level.INFO);
        assertThat(appender.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        "interaction=1001 command=section server=123456789012345678 outcome=OK took=1.2 ms",
                        "interaction=1002 command=search server=dm outcome=PROBLEM took=850 ns");
        assertThat(appender.list)
                .allSatisfy(event -> assertThat(event.getFormattedMessage())
                        .doesNotContain("secret")
                        .doesNotContain("pooling"));
    }

    @Test
    void whatWasTypedOnlyAtDebugEscapedAndCut() {
        logger.setLevel(Level.DEBUG);

        log.record(new Interaction(
                "1003",
                "search",
                OptionalLong.of(42),
                "pool\nFAKE \"line\" " + "x".repeat(300),
                Outcome.ERROR,
                5_000_000));

        assertThat(appender.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO, Level.DEBUG);
        assertThat(appender.list.get(0).getFormattedMessage())
                .isEqualTo("interaction=1003 command=search server=42 outcome=ERROR took=5.0 ms");
        String debug = appender.list.get(1).getFormattedMessage();
        assertThat(debug)
                .startsWith("command=search server=42 typed=\"pool\\u000aFAKE \\\"line\\\" xxx")
                .endsWith("x…\"")
                .doesNotContain("\n");
        assertThat(debug.length()).isLessThan(InteractionLog.MAX_TYPED_LENGTH + 60);
    }

    @Test
    void nothingTypedIsNoDebugLine() {
        logger.setLevel(Level.DEBUG);

        log.record(new Interaction("1004", "tip", OptionalLong.empty(), "", Outcome.OK, 1000));

        assertThat(appender.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO);
    }
}
