package studybot;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * {@link Main} with its scheduling clock shifted by {@code -Dstudybot.clockOffsetMillis}, so end-to-end tests can start
 * studybot processes just before a daily tip's time. Every process of a test gets the same offset, so they agree on the
 * time as real processes on NTP-synced machines do.
 */
public final class ShiftedClockMain {

    /** The system property holding the offset from the real time, in milliseconds. */
    public static final String OFFSET_PROPERTY = "studybot.clockOffsetMillis";

    private ShiftedClockMain() {}

    public static void main(String[] args) {
        Duration offset = Duration.ofMillis(Long.parseLong(System.getProperty(OFFSET_PROPERTY)));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        StopRequest stop = new StopRequest();
        StopSignals.install(stop);
        System.exit(Main.run(args, System.getenv(), out, err, Clock.offset(Clock.systemUTC(), offset), stop));
    }
}
