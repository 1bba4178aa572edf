package studybot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import studybot.book.Book;
import studybot.command.Asker;
import studybot.command.Place;
import studybot.config.ConfigException;
import studybot.config.StudybotConfig;
import studybot.console.Console;
import studybot.console.ConsoleRenderer;
import studybot.console.round.ConsoleRoundChannel;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.LibraryException;
import studybot.metrics.MetricsEndpoint;
import studybot.reload.SeedsWatcher;
import studybot.store.Store;
import studybot.store.Stores;

/**
 * studybot without Discord: answers commands typed (or piped) into the terminal until end of input, {@code /quit},
 * SIGTERM or Ctrl-C, all of which end it with status 0. It opens the same daily-tip store the bot uses, so
 * {@code /tips} can show what is set up, but posts nothing. Input is read on a thread of its own, since a blocked read
 * of the terminal cannot be interrupted; the main thread waits for whichever ending comes first. It answers once the
 * books are read, as the Discord mode does, typed or piped: search by meaning is built in the background, and until a
 * book's vectors are ready {@code /search} answers from BM25 alone.
 */
final class ConsoleMode {

    private final StudybotConfig config;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    /** The {@code console} bundle, for the lines printed before the first command. */
    private final Texts texts = Texts.load("console");

    ConsoleMode(StudybotConfig config, Clock clock, PrintStream out, PrintStream err, Map<String, String> env) {
        this.config = config;
        this.env = env;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /**
     * @param asked whether the console was asked for ({@code console}) rather than fallen back to for lack of a token;
     *     only the fallback explains how to connect
     * @param stop asked for by a signal, or by this console at the end of input; a signal is named in one line on
     *     {@code err} once everything is closed
     * @return the exit status
     * @throws LibraryException when the seeds are bad
     * @throws ConfigException when {@code book.default} names no book of the seeds folder
     * @throws studybot.store.StoreException when the daily-tip store can't be used
     */
    int run(InputStream in, boolean asked, boolean interactive, StopRequest stop)
            throws LibraryException, ConfigException, InterruptedException {
        ConsoleRenderer renderer = ConsoleRenderer.forTerminal(interactive, env, config.dataFolder(), clock);
        int status = answerUntilStopped(renderer, in, asked, interactive, stop);
        stop.signal().ifPresent(signal -> err.println("studybot: stopped by " + signal));
        return status;
    }

    private int answerUntilStopped(
            ConsoleRenderer renderer, InputStream in, boolean asked, boolean interactive, StopRequest stop)
            throws LibraryException, ConfigException, InterruptedException {
        CompletableFuture<Started> starting = startBeside(renderer);
        try {
            CompletableFuture.anyOf(starting, stop.asFuture()).get();
        } catch (ExecutionException e) {
            // the start failed: thrown below, from the start's own future
        }
        if (!starting.isDone()) {
            // the JVM exits with the stop's status; the start's thread is a daemon
            return stop.await();
        }
        Started started = started(starting);
        try (Store store = started.store()) {
            ConsoleStudybot wired = started.wired();
            Studybot studybot = wired.studybot();
            Optional<SeedsWatcher> watcher = studybot.watchSeeds();
            Optional<MetricsEndpoint> metrics = studybot.serveMetrics();
            studybot.startSearchByMeaning();
            wired.startRounds();
            try {
                return answer(studybot, renderer, in, asked, interactive, stop);
            } finally {
                studybot.stopSearchByMeaning();
                wired.stopRounds();
                watcher.ifPresent(SeedsWatcher::close);
                metrics.ifPresent(MetricsEndpoint::close);
            }
        }
    }

    /** The store opened and the books read: what the console answers from. */
    private record Started(Store store, ConsoleStudybot wired) {}

    /**
     * Opens the store and reads the books on a thread of their own, so that SIGTERM or Ctrl-C meanwhile (a large book
     * read from its files, a store another process holds) ends the console at once instead of after the start.
     */
    private CompletableFuture<Started> startBeside(ConsoleRenderer renderer) {
        CompletableFuture<Started> started = new CompletableFuture<>();
        Thread starter = new Thread(
                () -> {
                    Store store = null;
                    try {
                        store = Stores.open(config.store(), config.dataFolder(), env, StoreSchemas.ALL, clock);
                        ConsoleStudybot wired =
                                CompositionRoot.offline(config, store, clock, new ConsoleRoundChannel(out, renderer));
                        wired.studybot().loadBook();
                        started.complete(new Started(store, wired));
                    } catch (LibraryException | ConfigException | RuntimeException | Error e) {
                        if (store != null) {
                            store.close();
                        }
                        started.completeExceptionally(e);
                    }
                },
                "studybot-start");
        starter.setDaemon(true);
        starter.start();
        return started;
    }

    private static Started started(CompletableFuture<Started> starting)
            throws LibraryException, ConfigException, InterruptedException {
        try {
            return starting.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LibraryException library) {
                throw library;
            }
            if (cause instanceof ConfigException config) {
                throw config;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) cause;
        }
    }

    /**
     * The first line: how to leave, the book the console reads (its own choice with {@code /book use}, or the default),
     * named as {@code /book use} names it, and its size, in the console's language.
     */
    private String banner(Studybot studybot, Locale language) {
        Book book = studybot.registry().bookAt(Place.console()).get();
        int size = book.library().size();
        return studybot.shelf()
                .holding(book)
                .map(shelved -> texts.format(
                        language,
                        "start.reading",
                        Map.of("title", shelved.title(), "id", shelved.id(), "sections", size)))
                .orElse(texts.format(language, "start.loaded", Map.of("sections", size)));
    }

    private int answer(
            Studybot studybot,
            ConsoleRenderer renderer,
            InputStream in,
            boolean asked,
            boolean interactive,
            StopRequest stop)
            throws InterruptedException {
        Locale language = Languages.ofEnvironment(env);
        if (!asked) {
            err.println(texts.text(language, "start.offline"));
            err.println(texts.text(language, "start.connect"));
        }
        err.println(banner(studybot, language));
        Console console = new Console(
                studybot.registry(),
                renderer,
                studybot.interactions(),
                Asker.console(System.getProperty("user.name", "you")).speaking(language, language));
        Thread reader = new Thread(
                () -> {
                    try {
                        console.run(
                                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                                out,
                                interactive);
                        stop.request(0);
                    } catch (IOException e) {
                        err.println("studybot: cannot read input: " + e.getMessage());
                    } finally {
                        stop.request(1);
                    }
                },
                "studybot-console");
        reader.setDaemon(true);
        reader.start();
        return stop.await();
    }
}
