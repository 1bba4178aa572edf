package studybot.command;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import studybot.i18n.Languages;

/**
 * Who is asking, and where, in plain values: every handler gets one, whatever the transport, so features that keep data
 * per member or per place need nothing from Discord.
 *
 * @param userId Discord's user id; {@link #CONSOLE_USER} for the person at the console
 * @param displayName how to address them (their server nickname, else their name)
 * @param place where they ask, as the transport decided it
 * @param channelId the channel asked in, empty in the console
 * @param managesServer whether they hold Manage Server in that server (always true in the console, whose user runs the
 *     bot; false outside a server)
 * @param userLocale the member's own language (Discord's user locale, the console's {@code LANG}), as the closest
 *     supported language: private replies are in it
 * @param serverLocale the language of the place's public messages, as the closest supported language: the transport
 *     gives the server's preferred locale (English without one), and the registry puts the server's chosen language
 *     ({@code /language set}) in its place
 */
public record Asker(
        long userId,
        String displayName,
        Place place,
        OptionalLong channelId,
        boolean managesServer,
        Locale userLocale,
        Locale serverLocale) {

    /** The user id of whoever types into the console. */
    public static final long CONSOLE_USER = 0;

    public Asker {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(channelId, "channelId");
        userLocale = Languages.closest(userLocale);
        serverLocale = Languages.closest(serverLocale);
        if (place.isPersonal() && place.id() != userId) {
            throw new IllegalArgumentException("a member asks in their own personal place, not in " + place);
        }
    }

    /** An asker whose languages are not known: both English. */
    public Asker(long userId, String displayName, Place place, OptionalLong channelId, boolean managesServer) {
        this(userId, displayName, place, channelId, managesServer, Languages.ENGLISH, Languages.ENGLISH);
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
        return new Asker(userId, displayName, place, channelId, managesServer, userLocale, serverLocale);
    }

    /** The same asker, in a place whose public messages are in {@code serverLocale}. */
    public Asker withServerLocale(Locale serverLocale) {
        return speaking(userLocale, serverLocale);
    }

    /** A member in a channel of a server with studybot. */
    public static Asker inServer(
            long userId, String displayName, long serverId, long channelId, boolean managesServer) {
        return new Asker(userId, displayName, Place.server(serverId), OptionalLong.of(channelId), managesServer);
    }

    /** A member on their own (direct messages), in channel {@code channelId}. */
    public static Asker personal(long userId, String displayName, long channelId) {
        return new Asker(userId, displayName, Place.personal(userId), OptionalLong.of(channelId), false);
    }

    /** The person at the offline console: no server, no channel, and in charge of the bot. */
    public static Asker console(String displayName) {
        return new Asker(CONSOLE_USER, displayName, Place.console(), OptionalLong.empty(), true);
    }
}
