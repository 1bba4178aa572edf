package studybot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StartupStepsTest {

    @Test
    void theTimeSinceTheProcessStartedAgreesWithTheJvmsOwnUptime() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux only");

        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        Duration sinceStart = StartupSteps.sinceProcessStart().orElseThrow();

        assertThat(sinceStart.toMillis())
                .as(
                        "the process starts a little before the JVM does; a boot time in whole seconds was off by up to 1 s")
                .isBetween(jvmUptime - 50, jvmUptime + 250);
    }
}
