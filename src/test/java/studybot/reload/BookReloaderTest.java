package studybot.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.reload.SeedFolder.seed;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studybot.book.Book;
import studybot.book.CurrentBook;
import studybot.library.SectionNumber;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.search.SearchResults;
import studybot.section.OpenSection;
import studybot.section.SectionPager;
import studybot.section.SectionReplies;
import studybot.testing.LogCapture;

class BookReloaderTest {

    private static final String REPLICATION_OLD = "Replicas copy the primary node asynchronously.";
    private static final String REPLICATION_NEW = "Read replicas answer reads while the primary takes every write.";

    @TempDir
    Path folder;

    private SeedFolder seeds;
    private final SectionReplies sectionReplies = new SectionReplies(new SectionPager(3000));

    @BeforeEach
    void writeTheBook() {
        seeds = new SeedFolder(folder);
        seeds.write(
                "a.txt",
                seed(
                        "20.4 Replication Groups", REPLICATION_OLD,
                        "20.5 Scaling", "Add shards when one primary is not enough.",
                        "20.7 Backup and Restore", "Snapshots keep a copy of the data."));
    }

    @Test
    void validEditIsSwappedInWithAnEmptyCacheAndListenersHearOfIt() throws Exception {
        CurrentBook current = seeds.serve();
        Book before = current.get();
        assertThat(excerpts(before.search("replicas"))).anyMatch(excerpt -> excerpt.contains("primary node"));
        assertThat(before.cache().size()).isEqualTo(1);
        BookReloader reloader = seeds.reloader(current);
        List<Book> heard = new ArrayList<>();
        reloader.addListener(heard::add);

        seeds.write("a.txt", seed("20.4 Replication Groups", REPLICATION_NEW));
        ReloadOutcome outcome = reloader.reloadNow();

        Book after = current.get();
        assertThat(outcome).isEqualTo(new ReloadOutcome.Swapped(after));
        assertThat(after).isNotSameAs(before);
        assertThat(heard).containsExactly(after);
        assertThat(after.cache().size()).isZero();
        assertThat(excerpts(after.search("replicas")))
                .singleElement()
                .asString()
                .contains("every write");
        assertThat(after.library().size()).isEqualTo(1);
        assertThat(reloader.status())
                .isEqualTo(new ReloadStatus(
                        1, 0, Optional.of(SeedFolder.NOW), Optional.empty(), false, 0, Optional.empty()));
    }

    @Test
    void requestInFlightFinishesOnTheEditionItStartedWith() throws Exception {
        CurrentBook current = seeds.serve();
        BookReloader reloader = seeds.reloader(current);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch reloaded = new CountDownLatch(1);
        CompletableFuture<List<String>> request = CompletableFuture.supplyAsync(() -> {
            Book book = current.get();
            String firstLook =
                    sectionReplies.answer(book.sections(), "20.4").text().plainText();
            started.countDown();
            await(reloaded);
            String secondLook =
                    sectionReplies.answer(book.sections(), "20.4").text().plainText();
            return List.of(firstLook, secondLook, String.join(" ", excerpts(book.search("replicas"))));
        });

        await(started);
        seeds.write("a.txt", seed("20.4 Replication Groups", REPLICATION_NEW));
        assertThat(reloader.reloadNow()).isInstanceOf(ReloadOutcome.Swapped.class);
        reloaded.countDown();

        assertThat(request.get(20, TimeUnit.SECONDS))
                .allSatisfy(
                        answer -> assertThat(answer).contains("primary node").doesNotContain("every write"));
        assertThat(sectionReplies
                        .answer(current.get().sections(), "20.4")
                        .text()
                        .plainText())
                .isEqualTo(REPLICATION_NEW);
    }

    @Test
    void keptSectionShowsItsNewTextAndRemovedOneIsAnsweredKindly() throws Exception {
        CurrentBook current = seeds.serve();
        BookReloader reloader = seeds.reloader(current);
        OpenSection replication = new OpenSection(new SectionNumber(20, 4), 0);
        OpenSection backup = new OpenSection(new SectionNumber(20, 7), 0);
        assertThat(sectionReplies
                        .open(current.get().sections(), replication)
                        .text()
                        .plainText())
                .isEqualTo(REPLICATION_OLD);
        assertThat(sectionReplies.open(current.get().sections(), backup).kind()).isEqualTo(Reply.Kind.CONTENT);

        seeds.write(
                "a.txt",
                seed(
                        "20.4 Replication Groups",
                        REPLICATION_NEW,
                        "20.5 Scaling",
                        "Add shards when one primary is not enough."));
        reloader.reloadNow();

        Reply kept = sectionReplies.open(current.get().sections(), replication);
        assertThat(kept.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(kept.title()).isEqualTo("20.4 Replication Groups");
        assertThat(kept.text().plainText()).isEqualTo(REPLICATION_NEW);
        Reply removed = sectionReplies.open(current.get().sections(), backup);
        assertThat(removed.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(removed.text().plainText()).contains("Section 20.7 is no longer in the book");
        assertThat(removed.actions())
                .flatExtracting(action -> action instanceof ReplyAction.PickList list
                        ? list.picks().stream().map(ReplyAction.Pick::value).toList()
                        : List.of(((ReplyAction.Button) action).id()))
                .contains("20.5:0");
    }

    static Stream<Arguments> invalidEdits() {
        byte[] badUtf8 = "20.9 Odd Bytes\n\nFine line.\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = new byte[badUtf8.length + 3];
        System.arraycopy(badUtf8, 0, withBadByte, 0, badUtf8.length);
        withBadByte[badUtf8.length] = 'x';
        withBadByte[badUtf8.length + 1] = (byte) 0xFF;
        withBadByte[badUtf8.length + 2] = '\n';
        return Stream.of(
                Arguments.of(
                        "duplicate section number",
                        "20.8 Extra\n\nText.\n\n20.4 Again\n\nText.\n".getBytes(StandardCharsets.UTF_8),
                        "b.txt:5: section 20.4 is already defined at"),
                Arguments.of(
                        "file without sections",
                        "just some words, no heading\n".getBytes(StandardCharsets.UTF_8),
                        "b.txt:1: no sections in this file"),
                Arguments.of("bad UTF-8", withBadByte, "b.txt:4: not valid UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEdits")
    void invalidEditKeepsTheOldBookAndReportsFileAndLine(String what, byte[] badFile, String expected)
            throws Exception {
        CurrentBook current = seeds.serve();
        Book before = current.get();
        BookReloader reloader = seeds.reloader(current);
        List<Book> heard = new ArrayList<>();
        reloader.addListener(heard::add);

        seeds.write("b.txt", badFile);
        ReloadOutcome outcome;
        List<ILoggingEvent> logged;
        try (LogCapture log = LogCapture.of(BookReloader.class)) {
            outcome = reloader.reloadNow();
            logged = log.events();
        }

        assertThat(current.get()).isSameAs(before);
        assertThat(heard).isEmpty();
        assertThat(outcome).isInstanceOfSatisfying(ReloadOutcome.Refused.class, refused -> {
            assertThat(refused.error().message()).contains(expected);
            assertThat(refused.error().at()).isEqualTo(SeedFolder.NOW);
        });
        ReloadStatus status = reloader.status();
        assertThat(status.failing()).isTrue();
        assertThat(status.reloads()).isZero();
        assertThat(status.refused()).isEqualTo(1);
        assertThat(status.lastError())
                .map(ReloadError::message)
                .get()
                .asString()
                .contains(expected);
        assertThat(logged).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage())
                    .startsWith("Kept the previous book: ")
                    .contains(expected);
        });
    }

    @Test
    void fixingTheEditClearsTheFailureButRemembersTheLastError() throws Exception {
        CurrentBook current = seeds.serve();
        BookReloader reloader = seeds.reloader(current);
        seeds.write("b.txt", "no heading here\n");
        try (LogCapture log = LogCapture.of(BookReloader.class)) {
            reloader.reloadNow();
            assertThat(log.messages(Level.WARN)).singleElement().asString().contains("b.txt:1: no sections");
        }

        seeds.write("b.txt", seed("21.1 Fixed", "Now with a heading."));
        ReloadOutcome outcome = reloader.reloadNow();

        assertThat(outcome).isInstanceOf(ReloadOutcome.Swapped.class);
        assertThat(current.get().library().size()).isEqualTo(4);
        ReloadStatus status = reloader.status();
        assertThat(status.failing()).isFalse();
        assertThat(status.reloads()).isEqualTo(1);
        assertThat(status.refused()).isEqualTo(1);
        assertThat(status.lastReloadAt()).contains(SeedFolder.NOW);
        assertThat(status.lastError())
                .map(ReloadError::message)
                .get()
                .asString()
                .contains("b.txt:1: no sections");
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheReloadOrOtherListeners() throws Exception {
        CurrentBook current = seeds.serve();
        BookReloader reloader = seeds.reloader(current);
        List<Book> heard = new ArrayList<>();
        reloader.addListener(book -> {
            throw new IllegalStateException("listener bug");
        });
        reloader.addListener(heard::add);

        seeds.write("a.txt", seed("20.4 Replication Groups", REPLICATION_NEW));
        try (LogCapture log = LogCapture.of(BookReloader.class)) {
            reloader.reloadNow();
            assertThat(log.events())
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly("A reload listener failed; the new book is served anyway");
        }

        assertThat(heard).containsExactly(current.get());
        assertThat(current.get().library().size()).isEqualTo(1);
    }

    private static List<String> excerpts(SearchResults results) {
        return results.hits().stream().map(hit -> hit.excerpt().plainText()).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
