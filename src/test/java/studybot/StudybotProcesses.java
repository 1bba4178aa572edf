package studybot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import studybot.config.ShardsConfig;

/**
 * studybot as separate JVMs on the test classpath ({@link ShiftedClockMain}), one per shard range, sharing a config
 * file, an environment (a fake Discord's) and a clock offset. Each process's output goes to {@code <name>.log} in the
 * folder. Closing kills whatever is still running.
 */
public final class StudybotProcesses implements AutoCloseable {

    private static final String CONNECTED = "studybot: connected to Discord";

    private final Path folder;
    private final Path config;
    private final Map<String, String> environment;
    private final Duration clockOffset;
    private final List<String> jvmOptions;
    private final Map<String, Process> running = new LinkedHashMap<>();

    public StudybotProcesses(
            Path folder, Path config, Map<String, String> environment, Duration clockOffset, List<String> jvmOptions) {
        this.folder = folder;
        this.config = config;
        this.environment = Map.copyOf(environment);
        this.clockOffset = clockOffset;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Starts process {@code name} running shards {@code from}..{@code to} of {@code total}, set by environment. */
    public Process start(String name, int total, int from, int to) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-D" + ShiftedClockMain.OFFSET_PROPERTY + "=" + clockOffset.toMillis(),
                "-cp",
                System.getProperty("java.class.path"),
                ShiftedClockMain.class.getName(),
                "--config",
                config.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(name).toFile()));
        builder.environment().putAll(environment);
        builder.environment().put(ShardsConfig.TOTAL_VARIABLE, Integer.toString(total));
        builder.environment().put(ShardsConfig.FROM_VARIABLE, Integer.toString(from));
        builder.environment().put(ShardsConfig.TO_VARIABLE, Integer.toString(to));
        try {
            Process process = builder.start();
            running.put(name, process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until process {@code name} says it is connected (a restarted one: connected once more). */
    public void awaitConnected(String name, int times, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (output(name).split(CONNECTED, -1).length - 1 < times) {
            Process process = running.get(name);
            if (process != null && !process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + output(name));
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(name + " did not connect within " + timeout + ":\n" + output(name));
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** Ends process {@code name} at once with SIGKILL: no shutdown hook, no bookkeeping, as a crash or OOM kill. */
    public void kill(String name) throws InterruptedException {
        Process process = running.remove(name);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public Process process(String name) {
        return running.get(name);
    }

    /** Everything process {@code name} (and any earlier process of that name) wrote. */
    public String output(String name) {
        try {
            return Files.exists(log(name)) ? Files.readString(log(name)) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path log(String name) {
        return folder.resolve(name + ".log");
    }

    @Override
    public void close() {
        running.values().forEach(Process::destroyForcibly);
        for (Process process : running.values()) {
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
    }
}
