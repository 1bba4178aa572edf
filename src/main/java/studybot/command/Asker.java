package studybot.command;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import studybot.i18n.Languages;
import studybot.reply.Reply;

/**
 * Who is asking, and where, in plain values: every handler gets one, whatever the transport, so features that keep data
 * per member or per place need nothing from Discord.
 *
 * @param userId Discord's user id; {@link #CONSOLE_USER} for the person at the console
 * @param displayName how to address them (their server nickname, else their name)
 * @param place where they ask, as the transport decided it
 * @param channelId the channel asked in, empty in the console
 * @param where who else reads the channel they ask in, which their place alone doesn't say: a personal place is
 *     studybot's DM with them, but also a server studybot is not in and a group DM
 * @param managesServer whether they hold Manage Server in that server (always true in the console, whose user runs the
 *     bot; false outside a server with studybot)
 * @param userLocale the member's own language (Discord's user locale, the console's {@code LANG}), as the closest
 *     supported language: private replies are in it
 * @param serverLocale the language of the place's public messages, as the closest supported language: the transport
 *     gives the server's preferred locale (English without one), and the registry puts the server's chosen language
 *     ({@code /language set}) in its place
 * @param interaction the Discord interaction they asked with, empty in the console: what is posted for it takes its
 *     nonce from it, so the same interaction handled twice (delivered twice, or by two processes) posts once
 * @param parentChannelId the channel whose thread they ask in, empty outside a thread: a thread belongs to its channel,
 *     so what a server allows in a channel it allows in the channel's threads
 */
public record Asker(
        long userId,
        String displayName,
        Place place,
        OptionalLong channelId,
        Where where,
        boolean managesServer,
        Locale userLocale,
        Locale serverLocale,
        OptionalLong interaction,
        OptionalLong parentChannelId) {

    /** The user id of whoever types into the console. */
    public static final long CONSOLE_USER = 0;

    /** Who else reads the channel a member asks in. */
    public enum Where {
        /** Nobody: studybot's own DM with the member, or the console. */
        ALONE_WITH_STUDYBOT,
        /** A server's channel, with studybot in the server (their place is the server) or not (their own place). */
        SERVER_CHANNEL,
        /** A DM or group DM between people, which studybot reaches only through a member's own install. */
        PRIVATE_CHANNEL
    }

    public Asker {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(parentChannelId, "parentChannelId");
        userLocale = Languages.closest(userLocale);
        serverLocale = Languages.closest(serverLocale);
        if (place.isPersonal() && place.id() != userId) {
            throw new IllegalArgumentException("a member asks in their own personal place, not in " + place);
        }
        if (place.isServer() && where != Where.SERVER_CHANNEL) {
            throw new IllegalArgumentException("a server is asked in from one of its channels, not " + where);
        }
    }

    /** An asker who did not ask with a Discord interaction. */
    public Asker(
            long userId,
            String displayName,
            Place place,
            OptionalLong channelId,
            Where where,
            boolean managesServer,
            Locale userLocale,
            Locale serverLocale) {
        this(
                userId,
                displayName,
                place,
                channelId,
                where,
                managesServer,
                userLocale,
                serverLocale,
                OptionalLong.empty(),
                OptionalLong.empty());
    }

    /** An asker whose languages are not known: both English. */
    public Asker(
            long userId, String displayName, Place place, OptionalLong channelId, Where where, boolean managesServer) {
        this(userId, displayName, place, channelId, where, managesServer, Languages.ENGLISH, Languages.ENGLISH);
    }

    /** The language of a reply only this asker sees: their own. */
    public Locale privateLocale() {
        return userLocale;
    }

    /**
     * The language of a message everyone at the place sees: the server's, and the member's own where they are on their
     * own (direct messages, servers without studybot).
     */
    public Locale publicLocale() {
        return place.isPersonal() ? userLocale : serverLocale;
    }

    /**
     * The same asker, speaking {@code userLocale} themselves, in a place whose public messages are in
     * {@code serverLocale}.
     */
    public Asker speaking(Locale userLocale, Locale serverLocale) {
        return new Asker(
                userId,
                displayName,
                place,
                channelId,
                where,
                managesServer,
                userLocale,
                serverLocale,
                interaction,
                parentChannelId);
    }

    /** The same asker, asking with Discord interaction {@code id}. */
    public Asker asking(long id) {
        return new Asker(
                userId,
                displayName,
                place,
                channelId,
                where,
                managesServer,
                userLocale,
                serverLocale,
                OptionalLong.of(id),
                parentChannelId);
    }

    /** The same asker, asking in a thread of channel {@code parentChannelId}. */
    public Asker inThreadOf(long parentChannelId) {
        return new Asker(
                userId,
                displayName,
                place,
                channelId,
                where,
                managesServer,
                userLocale,
                serverLocale,
                interaction,
                OptionalLong.of(parentChannelId));
    }

    /** The same asker, in a place whose public messages are in {@code serverLocale}. */
    public Asker withServerLocale(Locale serverLocale) {
        return speaking(userLocale, serverLocale);
    }

    /** A member in a channel of a server with studybot. */
    public static Asker inServer(
            long userId, String displayName, long serverId, long channelId, boolean managesServer) {
        return new Asker(
                userId,
                displayName,
                Place.server(serverId),
                OptionalLong.of(channelId),
                Where.SERVER_CHANNEL,
                managesServer);
    }

    /** A member on their own, in studybot's DM with them ({@code channelId}). */
    public static Asker personal(long userId, String displayName, long channelId) {
        return new Asker(
                userId,
                displayName,
                Place.personal(userId),
                OptionalLong.of(channelId),
                Where.ALONE_WITH_STUDYBOT,
                false);
    }

    /**
     * A member in their own place among others, through their own install of studybot: {@code where} is a server
     * studybot is not in, or a DM or group DM between people.
     */
    public static Asker personalAmongOthers(long userId, String displayName, long channelId, Where where) {
        if (where == Where.ALONE_WITH_STUDYBOT) {
            throw new IllegalArgumentException("among others means a server's or a private channel");
        }
        return new Asker(userId, displayName, Place.personal(userId), OptionalLong.of(channelId), where, false);
    }

    /** The person at the offline console: no server, no channel, and in charge of the bot. */
    public static Asker console(String displayName) {
        return new Asker(
                CONSOLE_USER, displayName, Place.console(), OptionalLong.empty(), Where.ALONE_WITH_STUDYBOT, true);
    }

    /** Whether they ask in a server studybot is not in, where only their own install reaches. */
    public boolean inServerWithoutStudybot() {
        return place.isPersonal() && where == Where.SERVER_CHANNEL;
    }

    /**
     * {@code reply}, which is about the asker's own studying (their questions, stats, read marks, book), as they should
     * see it: only for them where they are in their own place among people who don't study with studybot there (a
     * server without studybot, a group DM); as it is where members study together (a server with studybot) and where
     * nobody else reads along (studybot's DM, the console).
     */
    public Reply aboutThemselves(Reply reply) {
        return place.isPersonal() && where != Where.ALONE_WITH_STUDYBOT ? reply.toAskerOnly() : reply;
    }
}
