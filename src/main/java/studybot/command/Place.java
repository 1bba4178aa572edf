package studybot.command;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where a call counts: whose reviews, read marks, plan and rounds it reads and writes, and which book it answers from.
 * Every feature takes its place from here, so "a server", "a member on their own" and "the console" mean one thing
 * everywhere. The transport decides the place; features never look at Discord ids to guess it.
 *
 * @param id the server's id for {@link Kind#SERVER}, the member's user id for {@link Kind#PERSONAL}, {@code 0} for
 *     {@link Kind#CONSOLE}
 */
public record Place(Kind kind, long id) {

    /**
     * The storage key of every place that is not a server. Data there is also keyed by the member, so one key for all
     * of them is enough; it is what was stored for direct messages and the console before places existed.
     */
    public static final long NOT_A_SERVER = 0;

    /** The kinds of place. */
    public enum Kind {
        /** A Discord server with studybot in it: what its members do counts for the server, together. */
        SERVER,
        /**
         * One member's own space, wherever they use studybot outside a server that has it (direct messages, a server
         * studybot is not in): what they do counts for them alone.
         */
        PERSONAL,
        /** The offline console: one person, who also stands in for a server of their own (its plan, its rounds). */
        CONSOLE
    }

    private static final Place CONSOLE = new Place(Kind.CONSOLE, 0);

    public Place {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.CONSOLE && id != 0) {
            throw new IllegalArgumentException("the console is one place, id 0, not " + id);
        }
        if (kind == Kind.SERVER && id == NOT_A_SERVER) {
            throw new IllegalArgumentException("a server's id is never " + NOT_A_SERVER);
        }
    }

    public static Place server(long serverId) {
        return new Place(Kind.SERVER, serverId);
    }

    /** The personal space of the member {@code userId}. */
    public static Place personal(long userId) {
        return new Place(Kind.PERSONAL, userId);
    }

    public static Place console() {
        return CONSOLE;
    }

    /**
     * The id this place's rows are stored under: the server's id, else {@link #NOT_A_SERVER} (those rows are keyed by
     * the member too). The stored values are those written before places existed, so no row changed meaning.
     */
    public long storageKey() {
        return kind == Kind.SERVER ? id : NOT_A_SERVER;
    }

    /** The Discord server, for a server only. */
    public OptionalLong serverId() {
        return kind == Kind.SERVER ? OptionalLong.of(id) : OptionalLong.empty();
    }

    public boolean isServer() {
        return kind == Kind.SERVER;
    }

    public boolean isPersonal() {
        return kind == Kind.PERSONAL;
    }

    public boolean isConsole() {
        return kind == Kind.CONSOLE;
    }

    /**
     * Whether members meet here as a group, so group things make sense (rounds, plans, leaderboards, being named): a
     * server, or the console standing in for one.
     */
    public boolean isShared() {
        return kind != Kind.PERSONAL;
    }
}
