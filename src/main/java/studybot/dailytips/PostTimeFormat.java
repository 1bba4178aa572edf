package studybot.dailytips;

import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.reply.UserEcho;

/** The 24-hour {@code HH:mm} form in which admins type and read a server's post time. */
public final class PostTimeFormat {

    /** The most of what was typed that an error repeats. */
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private PostTimeFormat() {}

    /**
     * Parses {@code 09:00}, {@code 18:30} or {@code 7:05}.
     *
     * @throws InvalidSettingException for anything else, including 12-hour forms and out-of-range values
     */
    public static LocalTime parse(String text) throws InvalidSettingException {
        String trimmed = text.strip();
        Matcher m = HOURS_MINUTES.matcher(trimmed);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour <= 23 && minute <= 59) {
                return LocalTime.of(hour, minute);
            }
        }
        throw new InvalidSettingException("setting.time", Map.of("typed", UserEcho.of(trimmed)));
    }

    /** The time as {@code HH:mm}. */
    public static String format(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
