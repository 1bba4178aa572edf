package studybot.plan;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** How fast a group reads: how much each reading is, and on which days of the week readings fall. */
public sealed interface Pace {

    /** The most sections a reading may have. */
    int MAX_SECTIONS = 50;

    ReadingWeek week();

    /** Says the pace in English for the log, e.g. {@code 2 sections on Mon, Wed, Fri}. */
    String describe();

    /** {@code sections} sections every day. */
    record SectionsPerDay(int sections) implements Pace {
        public SectionsPerDay {
            requireSections(sections);
        }

        @Override
        public ReadingWeek week() {
            return ReadingWeek.EVERY_DAY;
        }

        @Override
        public String describe() {
            return sectionCount(sections) + " a day";
        }
    }

    /** {@code sections} sections on each of the chosen weekdays. */
    record SectionsOnDays(int sections, ReadingWeek week) implements Pace {
        public SectionsOnDays {
            requireSections(sections);
            Objects.requireNonNull(week, "week");
        }

        @Override
        public String describe() {
            return sectionCount(sections) + " on " + dayNames(week);
        }
    }

    /** One chapter a week, starting on {@code day}. */
    record ChapterPerWeek(DayOfWeek day) implements Pace {
        public ChapterPerWeek {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public ReadingWeek week() {
            return ReadingWeek.of(day);
        }

        @Override
        public String describe() {
            return "a chapter a week, every " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    private static void requireSections(int sections) {
        if (sections < 1 || sections > MAX_SECTIONS) {
            throw new IllegalArgumentException("a reading has 1 to " + MAX_SECTIONS + " sections: " + sections);
        }
    }

    private static String sectionCount(int sections) {
        return sections == 1 ? "1 section" : sections + " sections";
    }

    private static String dayNames(ReadingWeek week) {
        return week.days().stream()
                .sorted()
                .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
    }
}
