package studybot.dailytips;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import studybot.store.Migrations;
import studybot.tip.Tip;

/**
 * What the daily tips keep: each server's settings, its post records (intent before sending, message after) and its
 * place in the tip rotation. Each method is one transaction. {@link SqlDailyTipStore} implements it on SQLite and
 * PostgreSQL alike.
 */
interface DailyTipStore {

    /** The daily-tip tables' schema history, in {@code db/daily_tips/<dialect>}. */
    Migrations MIGRATIONS = new Migrations("daily_tips", "db/daily_tips");

    /**
     * A post a pass wants to send: today's new one, or the resumption of an in-flight {@code resumed} one. A new post's
     * tip comes from {@code preferred} first (today's reading's tips), from the whole {@code deck} (the tips of the
     * book the server reads) when that is empty; once the tip is decided, {@code questionFor} gives the card id of its
     * question of the day, if any, which is kept with the intent so every resend asks it. A resumed post keeps the tip
     * and question it was claimed with. With {@code digestDue} (a plan with a reading today) the post is made even from
     * an empty deck: the digest without a tip or a question (those come from the book's facts, which it may lack).
     */
    record Claim(
            long serverId,
            LocalDate date,
            Optional<DailyPost> resumed,
            List<Tip> deck,
            List<Tip> preferred,
            Function<Tip, Optional<String>> questionFor,
            boolean digestDue) {

        public Claim {
            Objects.requireNonNull(resumed, "resumed");
            deck = List.copyOf(deck);
            preferred = List.copyOf(preferred);
            Objects.requireNonNull(questionFor, "questionFor");
        }

        /** Resumes the in-flight {@code post}. */
        static Claim resume(DailyPost post) {
            return new Claim(
                    post.serverId(),
                    post.date(),
                    Optional.of(post),
                    List.of(),
                    List.of(),
                    tip -> post.questionId(),
                    false);
        }
    }

    /** A post Discord confirmed, to be recorded, with the discussion thread it opened if any. */
    record SentPost(
            long serverId, LocalDate date, long channelId, SentMessage message, OptionalLong threadId, Instant at) {}

    Optional<ServerEntry> server(long serverId);

    List<ServerEntry> servers();

    /**
     * Writes the columns {@code change} names (creating the server's row when it names all of them), clearing any
     * pause: changing the settings is how an admin says "try again".
     *
     * @return the settings after the change; empty when the server has none and the change is not complete
     */
    Optional<DailyTipSettings> changeSettings(long serverId, SettingsChange change, Instant now);

    /** Forgets everything about a server. */
    void removeServer(long serverId);

    /**
     * Pauses the server's tips unless its settings changed since {@code revision} was read.
     *
     * @return whether the pause was recorded
     */
    boolean pause(long serverId, long revision, PauseReason reason, Instant now);

    int pausedServers();

    Optional<DailyPost> post(long serverId, LocalDate date);

    Optional<DailyPost> lastSent(long serverId);

    /**
     * Marks in-flight posts for dates before {@code today} as missed: a tip is never posted on a later day.
     *
     * @return the posts given up on
     */
    List<DailyPost> giveUpBefore(long serverId, LocalDate today);

    /**
     * Posts that may matter to a pass: those for {@code since} or later, and every one still in flight, by server. One
     * query for all servers, so a pass costs the same few round trips whatever the number of servers.
     */
    Map<Long, List<DailyPost>> recentOrOpenPosts(LocalDate since);

    /**
     * Claims a group of posts for this process in one transaction (one commit for the group) and returns those it won.
     * A new post is claimed by inserting its row: the primary key (server, date) makes the insert the arbiter between
     * processes, so exactly one inserts, and only the inserter sends; it then decides the tip and takes it from the
     * server's rotation. An in-flight post whose retry time has come, or whose claimer died, is claimed by a
     * conditional update only one process can win. A claim lasts until {@code claimedUntil} (kept in
     * {@code next_attempt_at}); all of this is written before anything is sent.
     *
     * @return the claimed posts; a claim another process won, or a new post while its deck has no tips and no digest is
     *     due, is left out
     */
    List<DailyPost> claim(List<Claim> claims, Instant now, Instant claimedUntil);

    /** Records the messages posts became, in one transaction; written after Discord confirmed them. */
    void recordSent(List<SentPost> sent);

    /** Records a failed attempt and when to try again. */
    void recordFailure(long serverId, LocalDate date, String error, Instant nextAttemptAt);

    /** The tip "post one now" would show, without taking it from the rotation. */
    Optional<Tip> peekTip(long serverId, List<Tip> deck);

    /** Takes a tip shown by "post one now" out of the rotation so the daily post does not repeat it soon. */
    void markShown(long serverId, Tip tip, List<Tip> deck);
}
