package studybot.remind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import studybot.command.Place;

/**
 * The component ids reminders own, all under {@code remind}. They carry their state: the DM's buttons name the member
 * they were sent to ({@code remind:go:<member>:<place>}, {@code remind:snooze:<member>}, {@code remind:stop:<member>},
 * base 36), and a question asked from a reminder carries the place its answer counts in ({@code remind:q:<place>:}
 * followed by the quiz's own id after {@code quiz:}). A place is {@code s<server>}, {@code p<member>} or {@code c0}. A
 * click is honoured only from that member and only for the place of their reminder.
 */
public final class ReminderIds {

    public static final String PREFIX = "remind";
    public static final String START = "go";
    public static final String SNOOZE = "snooze";
    public static final String STOP = "stop";
    public static final String QUIZ = "q";

    private static final Pattern ID36 = Pattern.compile("[0-9a-z]{1,13}");
    private static final Pattern PLACE = Pattern.compile("[spc][0-9a-z]{1,13}");

    private ReminderIds() {}

    public static String start(long memberId, Place place) {
        return PREFIX + ":" + START + ":" + id36(memberId) + ":" + place(place);
    }

    public static String snooze(long memberId) {
        return PREFIX + ":" + SNOOZE + ":" + id36(memberId);
    }

    public static String stop(long memberId) {
        return PREFIX + ":" + STOP + ":" + id36(memberId);
    }

    /** A quiz id (everything after {@code quiz:}) that counts in {@code place}. */
    public static String quiz(Place place, String quizArgs) {
        return PREFIX + ":" + QUIZ + ":" + place(place) + ":" + quizArgs;
    }

    /** The member a DM button's arguments (after {@code remind:<action>:}) name; empty for ids studybot never made. */
    public static Optional<Long> member(List<String> args, int index) {
        return args.size() > index && ID36.matcher(args.get(index)).matches()
                ? parse36(args.get(index))
                : Optional.empty();
    }

    /** The place an id's argument names; empty for one studybot never made. */
    public static Optional<Place> place(String code) {
        if (!PLACE.matcher(code).matches()) {
            return Optional.empty();
        }
        Optional<Long> id = parse36(code.substring(1));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    switch (code.charAt(0)) {
                        case 's' -> Place.server(id.get());
                        case 'p' -> Place.personal(id.get());
                        default -> new Place(Place.Kind.CONSOLE, id.get());
                    });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String place(Place place) {
        char kind = place.kind().name().toLowerCase(Locale.ROOT).charAt(0);
        return kind + id36(place.id());
    }

    private static String id36(long id) {
        return Long.toUnsignedString(id, Character.MAX_RADIX);
    }

    private static Optional<Long> parse36(String text) {
        try {
            return Optional.of(Long.parseUnsignedLong(text, Character.MAX_RADIX));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
