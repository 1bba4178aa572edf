package studybot.dailytips;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
    boolean pause(long serverId, long revision, String reason, Instant now);

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
     * Decides today's tip and records the intent to post it, taking the tip from the server's rotation in the same
     * transaction; this is written before anything is sent.
     *
     * @param preferred the tips to choose from first (today's reading's); the whole {@code deck} when empty
     * @return the intent, or empty when the deck has no tips
     */
    Optional<DailyPost> recordIntent(long serverId, LocalDate date, List<Tip> preferred, List<Tip> deck,
                                     Instant now);

    /** Records the message a post became; written after Discord confirmed it. */
    void recordSent(long serverId, LocalDate date, long channelId, SentMessage message, Instant now);

    /** Records a failed attempt and when to try again. */
    void recordFailure(long serverId, LocalDate date, String error, Instant nextAttemptAt);

    /** The tip "post one now" would show, without taking it from the rotation. */
    Optional<Tip> peekTip(long serverId, List<Tip> deck);

    /** Takes a tip shown by "post one now" out of the rotation so the daily post does not repeat it soon. */
    void markShown(long serverId, Tip tip, List<Tip> deck);
}
