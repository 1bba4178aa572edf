package studybot.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Nonces for posted tips, at most 24 characters (Discord allows 25). */
public final class Nonces {

    private Nonces() {}

    /**
     * The nonce for one server's tip of one local date. Derived, not random, so every attempt, including one by a
     * restarted bot, carries the same nonce and Discord recognises the repeat.
     */
    public static String daily(long serverId, LocalDate date) {
        return "d" + Long.toUnsignedString(serverId, 36) + "-" + date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /**
     * The nonce for one member's review reminder of one local date: its daily one ({@code snooze} 0) or its
     * {@code snooze}-th snoozed one. Derived, as {@link #daily} is, so a resend after a restart is recognised.
     */
    public static String reminder(long memberId, LocalDate date, int snooze) {
        return "r" + Long.toUnsignedString(memberId, 36) + "-" + Long.toString(date.toEpochDay(), 36) + "-"
                + Integer.toString(snooze, 36);
    }

    /**
     * The nonce for what is posted in answer to Discord interaction {@code interactionId}: derived from it, so the same
     * interaction handled twice (delivered again by the gateway, or taken by two processes) posts once.
     */
    public static String forInteraction(long interactionId) {
        return "i" + Long.toUnsignedString(interactionId, 36);
    }

    /**
     * A nonce for a one-off "post one now" asked for without an interaction (the console), per server and millisecond.
     */
    public static String postNow(long serverId, Instant at) {
        return "n" + Long.toUnsignedString(serverId, 36) + "-" + Long.toString(at.toEpochMilli(), 36);
    }
}
