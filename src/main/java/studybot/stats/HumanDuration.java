package studybot.stats;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import studybot.i18n.Languages;
import studybot.i18n.Texts;

/**
 * Durations as people read them: uptimes in the two largest units ({@code 3 d 4 h}), handler times to two figures
 * ({@code 1.2 ms}). The units and the decimal mark follow the reader's language ({@code 3 Tg. 4 Std.}, {@code 1,2 ms});
 * the log reads English.
 */
public final class HumanDuration {

    private static final Texts TEXTS = Texts.load("stats");
    private static final String[] COARSE_UNITS = {"days", "hours", "minutes", "seconds"};
    private static final String[] FINE_UNITS = {"nanos", "micros", "millis", "seconds"};

    private HumanDuration() {}

    /** {@link #coarse(Duration, Locale)} in English, for the log. */
    public static String coarse(Duration duration) {
        return coarse(duration, Languages.ENGLISH);
    }

    /**
     * Days, hours, minutes and seconds, the two largest that apply: {@code 3 d 4 h}, {@code 12 min 5 s}, {@code 0 s}.
     */
    public static String coarse(Duration duration, Locale reader) {
        long seconds = Math.max(0, duration.getSeconds());
        long[] amounts = {seconds / 86_400, seconds / 3_600 % 24, seconds / 60 % 60, seconds % 60};
        int first = 0;
        while (first < amounts.length - 1 && amounts[first] == 0) {
            first++;
        }
        String text = unit(reader, COARSE_UNITS[first], String.valueOf(amounts[first]));
        if (first + 1 < amounts.length && amounts[first + 1] > 0) {
            text += " " + unit(reader, COARSE_UNITS[first + 1], String.valueOf(amounts[first + 1]));
        }
        return text;
    }

    /** {@link #fine(Duration, Locale)} in English, for the log. */
    public static String fine(Duration duration) {
        return fine(duration, Languages.ENGLISH);
    }

    /**
     * Short durations in the largest unit that keeps the number at 1 or more: one decimal below 10 ({@code 1.2 ms}),
     * whole numbers above ({@code 340 µs}); seconds are the largest unit ({@code 75 s}).
     */
    public static String fine(Duration duration, Locale reader) {
        double value = Math.max(0, duration.toNanos());
        int unit = 0;
        while (unit < FINE_UNITS.length - 1 && value >= 999.5) {
            value /= 1000;
            unit++;
        }
        String number =
                unit == 0 || value >= 10 ? String.valueOf(Math.round(value)) : String.format(reader, "%.1f", value);
        return unit(reader, FINE_UNITS[unit], number);
    }

    private static String unit(Locale reader, String unit, String amount) {
        return TEXTS.format(reader, "duration." + unit, Map.of("n", amount));
    }
}
