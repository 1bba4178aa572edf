package studybot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long each step of a start took, for one INFO line once the login is under way: the time before the first request
 * to Discord is what every restart makes members wait for, so where it goes is logged where operators and the startup
 * benchmark ({@code DiscordBench}) read it, rather than guessed from a class-loading trace.
 */
final class StartupSteps {

    /** {@code starttime}, field 22 of {@code /proc/[pid]/stat}, counted from field 3, the first after the name. */
    private static final int START_TIME_FIELD = 22 - 3;
    /** Linux's {@code USER_HZ}, the unit of {@code /proc}'s clock ticks, 100 on every architecture it runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private final long started;
    private final Optional<Duration> beforeMain;
    private final List<String> names = new ArrayList<>();
    private final List<Long> ends = new ArrayList<>();
    private final List<String> beside = new ArrayList<>();

    private StartupSteps(long started, Optional<Duration> beforeMain) {
        this.started = started;
        this.beforeMain = beforeMain;
    }

    /**
     * Starts counting now; the JVM's own start, before {@code main}, is read from the operating system if it can be.
     */
    static StartupSteps begin() {
        return new StartupSteps(System.nanoTime(), sinceProcessStart());
    }

    /**
     * How long this process has run. On Linux from {@code /proc}: the seconds since boot ({@code /proc/uptime}, to the
     * hundredth) less the process's start in clock ticks since boot ({@code /proc/self/stat}, 100 a second). Elsewhere
     * from {@link ProcessHandle}, which on Linux would count from a boot time in whole seconds and be off by a constant
     * of up to a second.
     */
    static Optional<Duration> sinceProcessStart() {
        Instant now = Instant.now();
        try {
            String uptime = Files.readString(Path.of("/proc/uptime"));
            String stat = Files.readString(Path.of("/proc/self/stat"));
            double secondsSinceBoot = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[START_TIME_FIELD]);
            return Optional.of(
                    Duration.ofMillis(Math.round(secondsSinceBoot * 1000) - startTicks * 1000 / TICKS_PER_SECOND));
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant().map(start -> Duration.between(start, now));
        }
    }

    /** Marks the end of the step called {@code name}, which began when the previous one ended. */
    synchronized void done(String name) {
        names.add(name);
        ends.add(System.nanoTime());
    }

    /** Notes a step that ran beside the others, on a thread of its own, taking {@code took}. */
    synchronized void besideTook(String name, Duration took) {
        beside.add(name + " " + took.toMillis() + " ms");
    }

    /** {@code JVM before main ~120 ms; config 210 ms, logging 80 ms, ... (1020 ms after main); beside them: ...}. */
    @Override
    public synchronized String toString() {
        StringBuilder line = new StringBuilder();
        beforeMain.ifPresent(
                jvm -> line.append("JVM before main ~").append(jvm.toMillis()).append(" ms; "));
        long previous = started;
        for (int i = 0; i < names.size(); i++) {
            line.append(i == 0 ? "" : ", ")
                    .append(names.get(i))
                    .append(' ')
                    .append((ends.get(i) - previous) / 1_000_000)
                    .append(" ms");
            previous = ends.get(i);
        }
        line.append(" (").append((previous - started) / 1_000_000).append(" ms after main)");
        if (!beside.isEmpty()) {
            line.append("; beside them: ").append(String.join(", ", beside));
        }
        return line.toString();
    }
}
