package studybot.threads;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.ServerBooks;
import studybot.dailytips.Digest;
import studybot.dailytips.DigestThreads;
import studybot.dailytips.TransientSendFailure;
import studybot.i18n.PublicLocales;
import studybot.i18n.Texts;
import studybot.reply.Text;

/**
 * The daily digest's thread: opened on the digest's own message while the post's claim is held, named after today's
 * reading, and recorded as each of its sections' thread, so {@code /discuss 20.5} links to it. Where studybot may not
 * open threads the digest goes out alone, and {@code /tips status} says what to grant.
 */
public final class DigestThreadOpener implements DigestThreads {

    private static final Logger log = LoggerFactory.getLogger(DigestThreadOpener.class);

    private final ThreadPort port;
    private final DiscussionThreadStore store;
    private final ServerBooks books;
    private final Duration autoArchive;
    private final Clock clock;
    private final Texts texts;
    private final PublicLocales publicLocales;

    /**
     * @param texts the {@code threads} bundle
     * @param publicLocales each server's language, which its digests' threads are in
     */
    public DigestThreadOpener(
            ThreadPort port,
            DiscussionThreadStore store,
            ServerBooks books,
            Duration autoArchive,
            Clock clock,
            Texts texts,
            PublicLocales publicLocales) {
        this.port = Objects.requireNonNull(port, "port");
        this.store = Objects.requireNonNull(store, "store");
        this.books = Objects.requireNonNull(books, "books");
        this.autoArchive = Objects.requireNonNull(autoArchive, "autoArchive");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.publicLocales = Objects.requireNonNull(publicLocales, "publicLocales");
    }

    @Override
    public OptionalLong open(long serverId, long channelId, long messageId, Digest digest) throws TransientSendFailure {
        if (port.missing(serverId, channelId).isPresent()) {
            return OptionalLong.empty();
        }
        List<DiscussionPrompts.Reading> reading = digest.reading().stream()
                .map(section -> new DiscussionPrompts.Reading(section.number(), section.title()))
                .toList();
        ThreadStart start = DiscussionPrompts.start(
                books.of(serverId),
                reading,
                autoArchive,
                "t" + Long.toUnsignedString(messageId, 36),
                texts,
                publicLocales.of(serverId));
        OpenedThread thread;
        try {
            thread = port.openOnMessage(channelId, messageId, start);
        } catch (ThreadFailure e) {
            if (e.kind() == ThreadFailure.Kind.TRANSIENT) {
                throw new TransientSendFailure("Opening the digest's thread failed: " + e.getMessage(), e);
            }
            log.info("Server {}: the digest goes out without its thread: {}", serverId, e.getMessage());
            return OptionalLong.empty();
        }
        store.record(
                serverId,
                reading.stream()
                        .map(section -> new DiscussionThreadStore.SectionThread(
                                section.number(), channelId, thread.threadId(), clock.instant(), false))
                        .toList());
        log.info(
                "Server {}: {} the digest's thread {} \"{}\"",
                serverId,
                thread.existed() ? "found" : "opened",
                thread.threadId(),
                start.name());
        return OptionalLong.of(thread.threadId());
    }

    @Override
    public Optional<Text> missing(long serverId, long channelId, Locale reader) {
        return port.missing(serverId, channelId).map(problem -> problem.advice(texts, reader));
    }
}
