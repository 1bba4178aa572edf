package studybot.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.i18n.Texts;
import studybot.posting.Fanout;
import studybot.posting.PostingPass;
import studybot.posting.RetryBackoff;
import studybot.quiz.review.DueReviews;
import studybot.quiz.review.ReviewStore;
import studybot.store.StoreException;

/**
 * The reminders' side of exactly-once posting, as {@code DailyPoster} is the daily tips': which members' reminders are
 * due on this pass (their local time has come today, or a snooze is over), claimed in {@code reminder_sends}, and what
 * a send does. At send time it counts the reviews due: none, and nothing is sent; no review for more than
 * {@value Reminders#IDLE_DAYS} days, and the reminder stops instead. A closed DM (50007) pauses the member's reminder
 * at once, with no retry; anything else is retried with backoff until the local day ends. Claims, the fan-out and the
 * request rate (shared with the daily posts through the store) are {@link PostingPass}'s; a process sends the reminders
 * of the members its shards would own were they servers ({@link Fanout#ownsServer()} on the member id), so processes
 * split members as they split servers.
 */
public final class ReminderPoster {

    private static final Logger log = LoggerFactory.getLogger(ReminderPoster.class);

    private final ReminderStore store;
    private final ReviewStore reviews;
    private final PlaceBooks books;
    private final Reminders reminders;
    private final DirectMessages dms;
    private final Texts texts;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final Fanout fanout;
    private final PostingPass<ReminderStore.Claim, ReminderSend, ReminderStore.Sent> pass;
    private final Object posting = new Object();

    public ReminderPoster(
            Reminders reminders,
            ReminderStore store,
            ReviewStore reviews,
            PlaceBooks books,
            DirectMessages dms,
            Texts texts,
            Clock clock,
            RetryBackoff backoff,
            Fanout fanout) {
        this.store = Objects.requireNonNull(store, "store");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.books = Objects.requireNonNull(books, "books");
        this.dms = Objects.requireNonNull(dms, "dms");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.fanout = Objects.requireNonNull(fanout, "fanout");
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.pass = new PostingPass<>(fanout, clock);
    }

    /**
     * One pass: claims, sends and records every reminder due now among this process's members. Runs one pass at a time;
     * a store that fails is retried on the next pass.
     */
    public void runDue() {
        synchronized (posting) {
            Instant now = clock.instant();
            Map<Long, Reminder> members = new HashMap<>();
            Map<Long, List<ReminderSend>> sends;
            try {
                store.active().stream()
                        .filter(reminder -> fanout.ownsServer().test(reminder.memberId()))
                        .forEach(reminder -> members.put(reminder.memberId(), reminder));
                if (members.isEmpty()) {
                    return;
                }
                sends = store.recentOrOpenSends(
                        LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1));
            } catch (StoreException e) {
                PostingPass.storeFailed("Reminders: the pass could not read the reminders", e);
                return;
            }
            List<ReminderStore.Claim> due = new ArrayList<>();
            for (Reminder reminder : members.values()) {
                try {
                    due.addAll(dueClaims(reminder, sends.getOrDefault(reminder.memberId(), List.of()), now));
                } catch (StoreException e) {
                    PostingPass.storeFailed("Member " + reminder.memberId() + ": reminder bookkeeping failed", e);
                }
            }
            due.sort(Comparator.comparingLong(ReminderStore.Claim::memberId));
            try {
                pass.run(due, store::claim, send -> attempt(members.get(send.memberId()), send), store::recordSent);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What this pass should send the member, if anything: today's reminder, a snoozed one, or a resumed one. */
    private List<ReminderStore.Claim> dueClaims(Reminder reminder, List<ReminderSend> sends, Instant now) {
        long member = reminder.memberId();
        LocalDate today = reminder.localDate(now);
        if (sends.stream().anyMatch(send -> send.inFlight() && send.date().isBefore(today))) {
            int missed = store.giveUpBefore(member, today);
            log.warn("Member {}: gave up on {} reminder(s) of earlier days", member, missed);
        }
        List<ReminderStore.Claim> claims = new ArrayList<>();
        dueClaim(reminder, sends, today, 0, reminder.dueOn(today), now).ifPresent(claims::add);
        if (reminder.snoozedUntil().isPresent() && reminder.snoozes() > 0) {
            Instant until = reminder.snoozedUntil().get();
            LocalDate day = reminder.localDate(until);
            if (day.equals(today)) {
                dueClaim(reminder, sends, today, reminder.snoozes(), until, now).ifPresent(claims::add);
            }
        }
        return claims;
    }

    private static Optional<ReminderStore.Claim> dueClaim(
            Reminder reminder, List<ReminderSend> sends, LocalDate today, int snooze, Instant at, Instant now) {
        Optional<ReminderSend> existing = sends.stream()
                .filter(send -> send.date().equals(today) && send.snooze() == snooze)
                .findFirst();
        if (existing.isPresent()) {
            ReminderSend send = existing.get();
            return send.inFlight() && !now.isBefore(send.nextAttemptAt())
                    ? Optional.of(new ReminderStore.Claim(reminder.memberId(), today, snooze, true))
                    : Optional.empty();
        }
        // a time that passed before the reminder was turned on is not due until tomorrow
        boolean due = !now.isBefore(at) && (snooze > 0 || !at.isBefore(reminder.activeSince()));
        return due ? Optional.of(new ReminderStore.Claim(reminder.memberId(), today, snooze, false)) : Optional.empty();
    }

    private Optional<ReminderStore.Sent> attempt(Reminder reminder, ReminderSend send) {
        long member = reminder.memberId();
        Instant now = clock.instant();
        DueReviews due = reviews.dueReviews(reminder.place().storageKey(), books.idAt(reminder.place()), member, now);
        if (send.snooze() == 0 && idle(reminder, due, send.date())) {
            store.finish(member, send.date(), send.snooze(), ReminderSend.Outcome.IDLE, "no review for too long");
            if (store.stop(member, reminder.revision(), ReminderStatus.IDLE, true, now)) {
                log.info("Member {}: reminders stopped after {} days without a review", member, Reminders.IDLE_DAYS);
            }
            return Optional.empty();
        }
        if (due.due() == 0) {
            store.finish(member, send.date(), send.snooze(), ReminderSend.Outcome.NOTHING_DUE, "nothing due");
            return Optional.empty();
        }
        try {
            long channel = reminders.channelOf(reminder);
            long message = dms.send(
                    channel,
                    ReminderMessage.of(reminder, due.due(), books.titleAt(reminder.place()), texts),
                    send.nonce());
            log.info(
                    "Member {}: reminded of {} review(s) for {} as message {}",
                    member,
                    due.due(),
                    send.date(),
                    message);
            return Optional.of(new ReminderStore.Sent(member, send.date(), send.snooze(), message, clock.instant()));
        } catch (DmFailure e) {
            String reason = Objects.requireNonNullElse(e.getMessage(), "DM failed");
            if (e.kind() == DmFailure.Kind.CLOSED) {
                store.finish(member, send.date(), send.snooze(), ReminderSend.Outcome.DMS_CLOSED, reason);
                if (store.stop(member, reminder.revision(), ReminderStatus.DMS_CLOSED, false, clock.instant())) {
                    log.info("Member {}: reminders paused, Discord refused the DM: {}", member, reason);
                }
                return Optional.empty();
            }
            retryLater(send, reason, e.retryAfter());
            return Optional.empty();
        }
    }

    /**
     * Whether the member went more than {@value Reminders#IDLE_DAYS} local days without a review (counting from when
     * the reminder was turned on, if that is later): the reminders of those days went unheeded.
     */
    private static boolean idle(Reminder reminder, DueReviews due, LocalDate today) {
        Instant lastActive = due.lastReviewAt()
                .filter(last -> last.isAfter(reminder.activeSince()))
                .orElse(reminder.activeSince());
        return ChronoUnit.DAYS.between(reminder.localDate(lastActive), today) > Reminders.IDLE_DAYS;
    }

    private void retryLater(ReminderSend send, String reason, Optional<Duration> retryAfter) {
        Duration delay = backoff.delayAfter(send.attempts() + 1);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
            delay = retryAfter.get();
        }
        Instant next = clock.instant().plus(delay);
        store.recordFailure(send.memberId(), send.date(), send.snooze(), reason, next);
        log.warn(
                "Member {}: the reminder for {} failed (attempt {}): {}; retrying at {}",
                send.memberId(),
                send.date(),
                send.attempts() + 1,
                reason,
                next);
    }
}
