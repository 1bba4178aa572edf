package studybot.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.Book;
import studybot.book.CurrentBook;
import studybot.library.Section;
import studybot.reply.Reply;
import studybot.search.command.SearchCommand;
import studybot.section.Completion;
import studybot.section.SectionPager;
import studybot.section.SectionReplies;
import studybot.tip.Tip;

/**
 * Readers answer requests in a loop while reloads swap the book between editions A and B, in which every title and
 * every sentence names its edition. Each request takes the book once, as the transports do, and checks that the section
 * page, the search hits, the completions and a tip all come from one edition: an answer mixing the two would name both.
 */
class ConcurrentReloadTest {

    private static final String[] EDITIONS = {"A", "B"};
    private static final int SWAPS = 20;
    private static final int READERS = 3;
    private static final long TIMEOUT_SECONDS = 20;

    @TempDir
    Path folder;

    @Test
    void everyRequestSeesOneWholeEdition() throws Exception {
        SeedFolder seeds = new SeedFolder(folder);
        seeds.write("book.txt", edition("A"));
        CurrentBook current = seeds.serve();
        BookReloader reloader = seeds.reloader(current);
        SectionReplies sectionReplies = new SectionReplies(new SectionPager(3000));
        SearchCommand searchCommand = new SearchCommand(sectionReplies);
        AtomicLongArray answered = new AtomicLongArray(EDITIONS.length);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(READERS);

        for (int r = 0; r < READERS; r++) {
            Thread reader = new Thread(
                    () -> {
                        try {
                            while (!done.get()) {
                                int edition = answerOnce(current, sectionReplies, searchCommand);
                                answered.incrementAndGet(edition);
                            }
                        } catch (Throwable t) {
                            failures.add(t);
                        } finally {
                            stopped.countDown();
                        }
                    },
                    "reader-" + r);
            reader.start();
        }

        try {
            for (int swap = 1; swap <= SWAPS && failures.isEmpty(); swap++) {
                int next = swap % 2;
                long before = answered.get(next);
                seeds.write("book.txt", edition(EDITIONS[next]));
                assertThat(reloader.reloadNow()).isInstanceOf(ReloadOutcome.Swapped.class);
                awaitAnswerOn(answered, next, before, failures);
            }
        } finally {
            done.set(true);
            assertThat(stopped.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(failures).isEmpty();
        assertThat(reloader.status().reloads()).isEqualTo(SWAPS);
        assertThat(answered.get(0)).isPositive();
        assertThat(answered.get(1)).isPositive();
    }

    /** One request on one edition; returns which edition answered, after checking that nothing else did. */
    private static int answerOnce(CurrentBook current, SectionReplies sectionReplies, SearchCommand searchCommand) {
        Book book = current.get();
        String marker = book.library().sections().get(0).title().substring("Replication in edition ".length());
        String edition = "edition " + marker;
        String otherEdition = "edition " + (marker.equals("A") ? "B" : "A");

        Reply page = sectionReplies.answer(book.sections(), "20.2");
        assertThat(page.title() + " " + page.text().plainText())
                .contains(edition)
                .doesNotContain(otherEdition);

        Reply search = searchCommand.answer(book, "replication");
        assertThat(search.fields())
                .hasSize(3)
                .allSatisfy(hit -> assertThat(hit.name() + " " + hit.value())
                        .contains(edition)
                        .doesNotContain(otherEdition));

        List<Completion> completions = book.complete("20.");
        assertThat(completions)
                .hasSize(3)
                .allSatisfy(completion ->
                        assertThat(completion.name()).contains(edition).doesNotContain(otherEdition));

        Tip tip = book.tips().random(ThreadLocalRandom.current()).orElseThrow();
        assertThat(tip.text()).contains(edition).doesNotContain(otherEdition);

        assertThat(book.library().sections())
                .extracting(Section::body)
                .allSatisfy(body -> assertThat(body).contains(edition).doesNotContain(otherEdition));
        return marker.equals("A") ? 0 : 1;
    }

    private static void awaitAnswerOn(AtomicLongArray answered, int edition, long before, Queue<Throwable> failures) {
        await().alias("a request answered on edition " + EDITIONS[edition])
                .atMost(Duration.ofSeconds(TIMEOUT_SECONDS))
                .pollInterval(Duration.ofMillis(1))
                .until(() -> answered.get(edition) != before || !failures.isEmpty());
    }

    private static String edition(String marker) {
        StringBuilder text = new StringBuilder();
        for (int section = 1; section <= 3; section++) {
            text.append("20.")
                    .append(section)
                    .append(" Replication in edition ")
                    .append(marker)
                    .append("\n\n")
                    .append("In edition ")
                    .append(marker)
                    .append(", replication keeps a copy of section 20.")
                    .append(section)
                    .append(" on another node so that reads scale out.\n\n");
        }
        return text.toString();
    }
}
