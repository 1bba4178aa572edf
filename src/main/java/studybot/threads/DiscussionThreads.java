package studybot.threads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.ServerBooks;
import studybot.config.ThreadsConfig;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.reply.Reply;
import studybot.reply.Text;

/**
 * {@code /discuss}: the thread for one section, opened on demand in the asker's channel, or the one the server already
 * has (a digest's or an earlier {@code /discuss}'s), reopened when archived and opened anew when deleted. Limits: who
 * may open threads (everyone unless a member with Manage Server restricts it to managers) and how many one server may
 * open in 24 hours ({@code threads.perServerPerDay}); linking to an existing thread is always allowed.
 */
public final class DiscussionThreads {

    static final String TITLE = "Discussion";
    private static final Logger log = LoggerFactory.getLogger(DiscussionThreads.class);
    private static final Duration DAY = Duration.ofHours(24);

    private final ThreadPort port;
    private final DiscussionThreadStore store;
    private final ServerBooks books;
    private final ThreadsConfig config;
    private final Clock clock;
    private final Object opening = new Object();

    public DiscussionThreads(
            ThreadPort port, DiscussionThreadStore store, ServerBooks books, ThreadsConfig config, Clock clock) {
        this.port = Objects.requireNonNull(port, "port");
        this.store = Objects.requireNonNull(store, "store");
        this.books = Objects.requireNonNull(books, "books");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens or links to the thread for {@code typedSection} from {@code channelId} of {@code serverId}. */
    public Reply discuss(long serverId, long channelId, long memberId, boolean managesServer, String typedSection) {
        Optional<Section> found = section(serverId, typedSection);
        if (found.isEmpty()) {
            return unknownSection(typedSection);
        }
        Section section = found.get();
        synchronized (opening) {
            Optional<DiscussionThreadStore.SectionThread> existing = store.thread(serverId, section.number());
            if (existing.isPresent()) {
                Optional<Reply> linked = link(serverId, section, existing.get());
                if (linked.isPresent()) {
                    return linked.get();
                }
            }
            if (!managesServer && store.managersOnly(serverId)) {
                return Reply.problem("On this server only members with Manage Server may open discussion threads, and"
                        + " " + section.number() + " has none yet.");
            }
            int opened = store.openedOnDemandSince(serverId, clock.instant().minus(DAY));
            if (opened >= config.perServerPerDay()) {
                return Reply.problem(Text.markup("This server has opened " + opened + " discussion threads in the last"
                        + " 24 hours, the most it may. `/discuss` still links to threads already open; try a new one"
                        + " later."));
            }
            Optional<Text> missing = port.missing(serverId, channelId);
            if (missing.isPresent()) {
                return Reply.problem(missing.get());
            }
            return open(serverId, channelId, memberId, section);
        }
    }

    /** What {@code /discuss} would open for {@code typedSection}, for the console, which cannot open threads. */
    public Reply preview(String typedSection) {
        Optional<Section> found = section(ServerBooks.CONSOLE, typedSection);
        if (found.isEmpty()) {
            return unknownSection(typedSection);
        }
        ThreadStart start = start(ServerBooks.CONSOLE, found.get(), "preview");
        return Reply.content(
                TITLE,
                Text.builder()
                        .plain("On Discord this opens the thread ")
                        .strong(start.name())
                        .plain(", whose first message is:\n\n")
                        .build()
                        .append(start.opening()));
    }

    /** Lets everyone open threads, or only members with Manage Server; the asker must have it. */
    public Reply setOpeners(long serverId, boolean managesServer, boolean managersOnly) {
        if (!managesServer) {
            return Reply.problem("Only members with Manage Server may choose who opens discussion threads.");
        }
        store.setManagersOnly(serverId, managersOnly);
        return Reply.content(
                        TITLE,
                        managersOnly
                                ? "Only members with Manage Server may open new discussion threads now. Everyone can"
                                        + " still follow links to threads already open."
                                : "Everyone may open discussion threads now.")
                .toAskerOnly();
    }

    private Optional<Reply> link(long serverId, Section section, DiscussionThreadStore.SectionThread thread) {
        try {
            if (port.reopen(thread.threadId())) {
                return Optional.of(Reply.content(
                        TITLE,
                        Text.builder()
                                .plain(section.number() + " " + section.title() + " is discussed in ")
                                .channel(thread.threadId())
                                .plain(".")
                                .build()));
            }
        } catch (ThreadFailure e) {
            return Optional.of(Reply.problem("Could not reach the thread of " + section.number() + ": " + e.getMessage()
                    + ". Try again in a moment."));
        }
        log.info("Server {}: the thread of {} is gone; a new one may be opened", serverId, section.number());
        store.forget(serverId, section.number());
        return Optional.empty();
    }

    private Reply open(long serverId, long channelId, long memberId, Section section) {
        Instant now = clock.instant();
        // a fresh nonce: a /discuss is not retried, and two of them must never be taken for one message
        ThreadStart start = start(
                serverId,
                section,
                "s" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
        Text starter = Text.builder()
                .plain("Discussion of " + section.number() + " " + section.title() + ", opened by ")
                .member(memberId)
                .plain(".")
                .build();
        OpenedThread thread;
        try {
            thread = port.openInChannel(channelId, starter, start);
        } catch (ThreadFailure e) {
            return Reply.problem("Could not open the thread: " + e.getMessage()
                    + (e.kind() == ThreadFailure.Kind.TRANSIENT ? " Try again in a moment." : ""));
        }
        store.record(
                serverId,
                List.of(new DiscussionThreadStore.SectionThread(
                        section.number(), channelId, thread.threadId(), now, true)));
        log.info("Server {}: opened thread {} \"{}\" on request", serverId, thread.threadId(), start.name());
        return Reply.content(
                TITLE,
                Text.builder()
                        .plain("Opened ")
                        .channel(thread.threadId())
                        .plain(" to discuss " + section.number() + " " + section.title() + ".")
                        .build());
    }

    private ThreadStart start(long serverId, Section section, String nonce) {
        return DiscussionPrompts.start(
                books.of(serverId),
                List.of(new DiscussionPrompts.Reading(section.number(), section.title())),
                config.autoArchive(),
                nonce);
    }

    private Optional<Section> section(long serverId, String typed) {
        return SectionNumber.parse(typed.strip())
                .flatMap(number -> books.of(serverId).library().find(number));
    }

    private static Reply unknownSection(String typed) {
        return Reply.problem(Text.builder()
                .plain("The book has no section \"" + typed.strip() + "\". Give a section number such as 20.4;")
                .markup(" `/section` shows what the book has.")
                .build());
    }
}
