package studybot.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.command.Place;
import studybot.i18n.Texts;
import studybot.posting.Nonces;
import studybot.quiz.review.DueReviews;
import studybot.quiz.review.ReviewStore;
import studybot.reply.Reply;
import studybot.reply.Text;
import studybot.server.ZoneNames;

/**
 * Review reminders in plain values: turning a member's reminder on (with a test DM at once), off, snoozing it, what it
 * would send and when, and the one-time notice that it stopped for lack of reviews. The daily sending is
 * {@link ReminderPoster}'s.
 */
public final class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** Days in a row without a review after which reminders stop. */
    public static final int IDLE_DAYS = 5;
    /** How long "Snooze" puts a reminder off. */
    public static final Duration SNOOZE = Duration.ofHours(1);
    /** The time a reminder is sent at when {@code /remind on} names none. */
    public static final LocalTime DEFAULT_TIME = LocalTime.of(19, 0);

    private final ReminderStore store;
    private final ReviewStore reviews;
    private final PlaceBooks books;
    private final DirectMessages dms;
    private final Texts texts;
    private final Clock clock;

    /** @param texts the {@code remind} bundle */
    public Reminders(
            ReminderStore store, ReviewStore reviews, PlaceBooks books, DirectMessages dms, Texts texts, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.books = Objects.requireNonNull(books, "books");
        this.dms = Objects.requireNonNull(dms, "dms");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How the test DM of {@code /remind on} went. */
    public enum TestDm {
        ARRIVED,
        DMS_CLOSED,
        FAILED
    }

    /** What a reminder would send, and when; the console shows it instead of sending. */
    public record Preview(Instant at, int dueNow, Reply message) {}

    public Optional<Reminder> find(long memberId) {
        return store.find(memberId);
    }

    /** Turns the member's reminder on for the reviews of {@code place}, its DMs in {@code locale}. */
    public Reminder turnOn(long memberId, Place place, LocalTime time, ZoneId zone, Locale locale) {
        return store.turnOn(memberId, place, time, zone, locale, clock.instant());
    }

    /**
     * Sends the test DM of {@code /remind on} at once, opening the DM channel if none is kept (and keeping it). DMs
     * that are closed pause the reminder, as a closed DM at reminder time would.
     */
    public TestDm sendTest(Reminder reminder) {
        Instant now = clock.instant();
        try {
            long channel = channelOf(reminder);
            DueReviews due = reviews.dueReviews(
                    reminder.place().storageKey(), books.idAt(reminder.place()), reminder.memberId(), now);
            Reply test = ReminderMessage.of(reminder, due.due(), books.titleAt(reminder.place()), texts)
                    .withFooter(texts.format(
                            reminder.locale(),
                            "dm.test",
                            Map.of("time", reminder.time().toString(), "zone", ZoneNames.shown(reminder.zone()))));
            dms.send(channel, test, Nonces.postNow(reminder.memberId(), now));
            return TestDm.ARRIVED;
        } catch (DmFailure e) {
            if (e.kind() == DmFailure.Kind.CLOSED) {
                store.stop(reminder.memberId(), reminder.revision(), ReminderStatus.DMS_CLOSED, false, now);
                return TestDm.DMS_CLOSED;
            }
            log.info("Member {}: the test reminder did not go out: {}", reminder.memberId(), e.getMessage());
            return TestDm.FAILED;
        }
    }

    /** The DM channel kept for the member, else a newly opened one, which is kept. */
    long channelOf(Reminder reminder) throws DmFailure {
        if (reminder.dmChannelId().isPresent()) {
            return reminder.dmChannelId().getAsLong();
        }
        long channel = dms.open(reminder.memberId());
        store.keepDmChannel(reminder.memberId(), channel);
        return channel;
    }

    /** Turns the member's reminder off; whether they had one. */
    public boolean turnOff(long memberId) {
        return store.setStatus(memberId, ReminderStatus.OFF, clock.instant());
    }

    /** Puts today's reminder off by {@link #SNOOZE}; when it comes again, if the reminder is on. */
    public Optional<Instant> snooze(long memberId) {
        Instant until = clock.instant().plus(SNOOZE);
        return store.snooze(memberId, until, clock.instant()).map(number -> until);
    }

    /** What the member's reminder would send next, and when; empty unless it is on. */
    public Optional<Preview> preview(long memberId) {
        return store.find(memberId)
                .filter(reminder -> reminder.status() == ReminderStatus.ON)
                .map(reminder -> {
                    Instant now = clock.instant();
                    Instant at = reminder.snoozedUntil()
                            .filter(until -> until.isAfter(now))
                            .orElseGet(() -> reminder.nextAfter(now));
                    int due = reviews.dueReviews(
                                    reminder.place().storageKey(), books.idAt(reminder.place()), memberId, at)
                            .due();
                    return new Preview(
                            at, due, ReminderMessage.of(reminder, due, books.titleAt(reminder.place()), texts));
                });
    }

    /** When the member's last reminder went out, if one did. */
    public Optional<ReminderSend> lastSent(long memberId) {
        return store.lastSent(memberId);
    }

    /**
     * The line the member's next {@code /quiz} shows once, in {@code locale}, if their reminder stopped for lack of
     * reviews since they last saw it.
     */
    public Optional<Text> takeIdleNotice(long memberId, Locale locale) {
        return store.takeIdleNotice(memberId)
                ? Optional.of(Text.plain(texts.format(locale, "quiz.idle", Map.of("days", IDLE_DAYS))))
                : Optional.empty();
    }
}
