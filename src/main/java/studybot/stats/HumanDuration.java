package studybot.stats;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as people read them: uptimes in the two largest units ({@code 3 d 4 h}), handler times to two figures
 * ({@code 1.2 ms}).
 */
public final class HumanDuration {

    private static final String[] FINE_UNITS = {"ns", "µs", "ms", "s"};

    private HumanDuration() {}

    /**
     * Days, hours, minutes and seconds, the two largest that apply: {@code 3 d 4 h}, {@code 12 min 5 s}, {@code 0 s}.
     */
    public static String coarse(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long[] amounts = {seconds / 86_400, seconds / 3_600 % 24, seconds / 60 % 60, seconds % 60};
        String[] units = {"d", "h", "min", "s"};
        int first = 0;
        while (first < amounts.length - 1 && amounts[first] == 0) {
            first++;
        }
        String text = amounts[first] + " " + units[first];
        if (first + 1 < amounts.length && amounts[first + 1] > 0) {
            text += " " + amounts[first + 1] + " " + units[first + 1];
        }
        return text;
    }

    /**
     * Short durations in the largest unit that keeps the number at 1 or more: one decimal below 10 ({@code 1.2 ms}),
     * whole numbers above ({@code 340 µs}); seconds are the largest unit ({@code 75 s}).
     */
    public static String fine(Duration duration) {
        double value = Math.max(0, duration.toNanos());
        int unit = 0;
        while (unit < FINE_UNITS.length - 1 && value >= 999.5) {
            value /= 1000;
            unit++;
        }
        String number = unit == 0 || value >= 10
                ? String.valueOf(Math.round(value))
                : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + FINE_UNITS[unit];
    }
}
