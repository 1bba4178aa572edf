package studybot.threads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.ServerBooks;
import studybot.config.ThreadsConfig;
import studybot.i18n.Texts;
import studybot.library.BookExample;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.reply.Reply;
import studybot.reply.Text;
import studybot.reply.UserEcho;

/**
 * {@code /discuss}: the thread for one section, opened on demand in the asker's channel, or the one the server already
 * has (a digest's or an earlier {@code /discuss}'s), reopened when archived and opened anew when deleted. Limits: who
 * may open threads (everyone unless a member with Manage Server restricts it to managers) and how many one server may
 * open in 24 hours ({@code threads.perServerPerDay}); linking to an existing thread is always allowed.
 */
public final class DiscussionThreads {

    private static final Logger log = LoggerFactory.getLogger(DiscussionThreads.class);
    private static final Duration DAY = Duration.ofHours(24);

    private final ThreadPort port;
    private final DiscussionThreadStore store;
    private final ServerBooks books;
    private final ThreadsConfig config;
    private final Clock clock;
    private final Texts texts;
    private final Object opening = new Object();

    /** @param texts the {@code threads} bundle */
    public DiscussionThreads(
            ThreadPort port,
            DiscussionThreadStore store,
            ServerBooks books,
            ThreadsConfig config,
            Clock clock,
            Texts texts) {
        this.port = Objects.requireNonNull(port, "port");
        this.store = Objects.requireNonNull(store, "store");
        this.books = Objects.requireNonNull(books, "books");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * Opens or links to the thread for {@code typedSection} from {@code channelId} of {@code serverId}.
     *
     * @param member the asker's language, for refusals
     * @param place the server's language, for the thread and the answer everyone sees
     */
    public Reply discuss(
            long serverId,
            long channelId,
            long memberId,
            boolean managesServer,
            String typedSection,
            Locale member,
            Locale place) {
        Optional<Section> found = section(serverId, typedSection);
        if (found.isEmpty()) {
            return unknownSection(serverId, typedSection, member);
        }
        Section section = found.get();
        synchronized (opening) {
            Optional<DiscussionThreadStore.SectionThread> existing = store.thread(serverId, section.number());
            if (existing.isPresent()) {
                Optional<Reply> linked = link(serverId, section, existing.get(), member, place);
                if (linked.isPresent()) {
                    return linked.get();
                }
            }
            if (!managesServer && store.managersOnly(serverId)) {
                return Reply.problem(texts.format(
                        member,
                        "managersOnly",
                        Map.of("section", section.number().toString())));
            }
            int opened = store.openedOnDemandSince(serverId, clock.instant().minus(DAY));
            if (opened >= config.perServerPerDay()) {
                return Reply.problem(Text.markup(texts.format(member, "perDay", Map.of("opened", opened))));
            }
            Optional<ThreadProblem> missing = port.missing(serverId, channelId);
            if (missing.isPresent()) {
                return Reply.problem(missing.get().advice(texts, member));
            }
            return open(serverId, channelId, memberId, section, member, place);
        }
    }

    /** What {@code /discuss} would open for {@code typedSection}, for the console, which cannot open threads. */
    public Reply preview(String typedSection, Locale locale) {
        Optional<Section> found = section(ServerBooks.CONSOLE, typedSection);
        if (found.isEmpty()) {
            return unknownSection(ServerBooks.CONSOLE, typedSection, locale);
        }
        ThreadStart start = start(ServerBooks.CONSOLE, found.get(), "preview", locale);
        return Reply.content(
                title(locale),
                texts.markup(
                                locale,
                                "preview",
                                Map.of(),
                                Map.of(
                                        "name",
                                        Text.builder().strong(start.name()).build()))
                        .append(start.opening()));
    }

    /** Lets everyone open threads, or only members with Manage Server; the asker must have it. */
    public Reply setOpeners(long serverId, boolean managesServer, boolean managersOnly, Locale member) {
        if (!managesServer) {
            return Reply.problem(texts.text(member, "openers.forManagers"));
        }
        store.setManagersOnly(serverId, managersOnly);
        return Reply.content(title(member), texts.text(member, managersOnly ? "openers.managers" : "openers.everyone"))
                .toAskerOnly();
    }

    private Optional<Reply> link(
            long serverId, Section section, DiscussionThreadStore.SectionThread thread, Locale member, Locale place) {
        try {
            if (port.reopen(thread.threadId())) {
                return Optional.of(Reply.content(
                        title(place),
                        texts.markup(
                                place,
                                "linked",
                                Map.of(),
                                Map.of(
                                        "section",
                                        Text.plain(section.number().toString()),
                                        "heading",
                                        Text.plain(section.title()),
                                        "thread",
                                        Text.builder()
                                                .channel(thread.threadId())
                                                .build()))));
            }
        } catch (ThreadFailure e) {
            return Optional.of(Reply.problem(texts.markup(
                    member,
                    "unreachable",
                    Map.of(),
                    Map.of(
                            "section",
                            Text.plain(section.number().toString()),
                            "reason",
                            e.problem().reason(texts, member)))));
        }
        log.info("Server {}: the thread of {} is gone; a new one may be opened", serverId, section.number());
        store.forget(serverId, section.number());
        return Optional.empty();
    }

    private Reply open(long serverId, long channelId, long memberId, Section section, Locale member, Locale place) {
        Instant now = clock.instant();
        // a fresh nonce: a /discuss is not retried, and two of them must never be taken for one message
        ThreadStart start = start(
                serverId,
                section,
                "s" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36),
                place);
        Text starter = texts.markup(
                place,
                "starter",
                Map.of(),
                Map.of(
                        "section",
                        Text.plain(section.number().toString()),
                        "heading",
                        Text.plain(section.title()),
                        "member",
                        Text.builder().member(memberId).build()));
        OpenedThread thread;
        try {
            thread = port.openInChannel(channelId, starter, start);
        } catch (ThreadFailure e) {
            return Reply.problem(texts.markup(
                    member,
                    "openFailed",
                    Map.of("transient", String.valueOf(e.kind() == ThreadFailure.Kind.TRANSIENT)),
                    Map.of("reason", e.problem().reason(texts, member))));
        }
        store.record(
                serverId,
                List.of(new DiscussionThreadStore.SectionThread(
                        section.number(), channelId, thread.threadId(), now, true)));
        log.info("Server {}: opened thread {} \"{}\" on request", serverId, thread.threadId(), start.name());
        return Reply.content(
                title(place),
                texts.markup(
                        place,
                        "opened",
                        Map.of(),
                        Map.of(
                                "thread",
                                Text.builder().channel(thread.threadId()).build(),
                                "section",
                                Text.plain(section.number().toString()),
                                "heading",
                                Text.plain(section.title()))));
    }

    private ThreadStart start(long serverId, Section section, String nonce, Locale place) {
        return DiscussionPrompts.start(
                books.of(serverId),
                List.of(new DiscussionPrompts.Reading(section.number(), section.title())),
                config.autoArchive(),
                nonce,
                texts,
                place);
    }

    private String title(Locale locale) {
        return texts.text(locale, "title");
    }

    private Optional<Section> section(long serverId, String typed) {
        return SectionNumber.parse(typed.strip())
                .flatMap(number -> books.of(serverId).library().find(number));
    }

    /**
     * How to use {@code /discuss}, with an example section from the book {@code server} reads (the console's book when
     * empty).
     */
    public Reply usage(OptionalLong server, Locale member) {
        return Reply.problem(Text.markup(texts.format(
                member, "usage", example(server.orElse(ServerBooks.CONSOLE)).with(Map.of()))));
    }

    private BookExample example(long serverId) {
        return BookExample.of(books.of(serverId).library());
    }

    private Reply unknownSection(long serverId, String typed, Locale member) {
        return Reply.problem(Text.markup(texts.format(
                member, "unknownSection", example(serverId).with(Map.of("typed", UserEcho.literal(typed))))));
    }
}
