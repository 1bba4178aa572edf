package studybot.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

/**
 * The one form a date and time takes in a reply's text, wherever it is written out (the console's moments and
 * {@code /stats}): the form {@code /remind} uses ({@code {when, date, medium} {when, time, short}}: 08.12.2026 07:00,
 * Dec 8, 2026 7:00 AM) in the reader's language, in UTC and named so (the console and {@code /stats} know no member's
 * zone).
 */
public final class Moments {

    private static final String UTC = "UTC";

    private Moments() {}

    /** {@code at} in UTC, named: "15.12.2026 09:05 UTC". */
    public static String utc(Instant at, Locale reader) {
        return shown(at, UTC, reader) + " " + UTC;
    }

    /** The calendar day of {@code at} in UTC, in the reader's medium form: "15.12.2026", "Dec 15, 2026". */
    public static String dayInUtc(Instant at, Locale reader) {
        return format(DateFormat.getDateInstance(DateFormat.MEDIUM, language(reader)), at, UTC);
    }

    private static String shown(Instant at, String zone, Locale reader) {
        ULocale language = language(reader);
        return format(DateFormat.getDateInstance(DateFormat.MEDIUM, language), at, zone) + " "
                + format(DateFormat.getTimeInstance(DateFormat.SHORT, language), at, zone);
    }

    private static String format(DateFormat format, Instant at, String zone) {
        format.setTimeZone(TimeZone.getTimeZone(zone));
        return format.format(Date.from(at));
    }

    private static ULocale language(Locale reader) {
        return ULocale.forLocale(Languages.closest(reader));
    }
}
