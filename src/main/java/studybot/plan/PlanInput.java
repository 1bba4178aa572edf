package studybot.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.reply.UserEcho;
import studybot.section.NearbySections;
import studybot.section.SectionQuery;
import studybot.section.SectionQueryParser;

/**
 * Reads what an admin typed into {@code /plan set}: the start section, the pace and the optional weekdays. Every
 * refusal says what was wrong and what would work, since it is shown to the admin as is.
 */
public final class PlanInput {

    private static final Pattern SECTIONS = Pattern.compile(
            "(\\d{1,9})\\s*(?:sections?|secs?)?\\s*(?:(?:a|per|/|each|every)\\s*(?:day|reading|time))?");
    private static final Pattern CHAPTER = Pattern.compile(
            "(?:1\\s*|one\\s*|a\\s*)?(?:chapters?|ch)\\s*(?:(?:a|per|/|each|every)?\\s*(?:week|wk))?|weekly"
                    + "(?:\\s*chapter)?");
    private static final String PACE_HELP = "Use a number of sections per reading from 1 to " + Pace.MAX_SECTIONS
            + " (pace:2), or pace:chapter for a chapter a week.";
    private static final String DAYS_HELP = "Name weekdays like days:mon,wed,fri (or weekdays, weekends).";

    /** The most section numbers a refusal lists. */
    private final SectionQueryParser parser = new SectionQueryParser();

    /**
     * The section a plan starts at: {@code 20.4} must exist; a chapter ({@code 20}) means its first section.
     *
     * @throws PlanException when the book has no such section or chapter, or the text is no section number
     */
    public SectionNumber start(String typed, Library library) throws PlanException {
        SectionQuery query = parser.parse(typed);
        if (query instanceof SectionQuery.ForSection section) {
            if (library.find(section.number()).isEmpty()) {
                throw new PlanException("There is no section " + section.written() + " in the book, so the plan "
                        + "can't start there." + NearbySections.hint(library, section.number()));
            }
            return section.number();
        }
        if (query instanceof SectionQuery.ForChapter chapter) {
            List<Section> sections = library.chapter(chapter.chapter());
            if (sections.isEmpty()) {
                throw new PlanException("The book has no chapter " + chapter.written() + ". Chapters: "
                        + NearbySections.chapters(library) + ".");
            }
            return sections.get(0).number();
        }
        throw new PlanException(
                "Give the start as a section number such as start:20.1, or a chapter such as " + "start:20.");
    }

    /**
     * The pace from {@code pace} and the optional {@code days}; a chapter a week falls on {@code today}'s weekday
     * unless one day is given.
     *
     * @throws PlanException for a pace of 0 or over {@link Pace#MAX_SECTIONS}, an unreadable pace, or days that name no
     *     weekday
     */
    public Pace pace(String pace, String days, LocalDate today) throws PlanException {
        String text = pace.strip().toLowerCase(Locale.ROOT).replaceAll("(?<=\\p{L})[-_](?=\\p{L})", " ");
        Optional<Set<DayOfWeek>> weekdays = days.isBlank() ? Optional.empty() : Optional.of(days(days));
        Matcher sections = SECTIONS.matcher(text);
        if (sections.matches()) {
            long count = Long.parseLong(sections.group(1));
            if (count < 1 || count > Pace.MAX_SECTIONS) {
                throw new PlanException("A pace of " + count + " sections doesn't work. " + PACE_HELP);
            }
            return weekdays.<Pace>map(set -> new Pace.SectionsOnDays((int) count, new ReadingWeek(set)))
                    .orElseGet(() -> new Pace.SectionsPerDay((int) count));
        }
        if (CHAPTER.matcher(text).matches()) {
            if (weekdays.isPresent() && weekdays.get().size() > 1) {
                throw new PlanException("A chapter a week starts on one day; give one day, like days:mon.");
            }
            return new Pace.ChapterPerWeek(
                    weekdays.map(set -> set.iterator().next()).orElse(today.getDayOfWeek()));
        }
        throw new PlanException(
                (text.isEmpty() ? "Give a pace. " : "I can't read the pace \"" + shorten(pace) + "\". ") + PACE_HELP);
    }

    /**
     * Weekdays from text such as {@code mon,wed,fri}, {@code Monday Wednesday}, {@code weekdays}.
     *
     * @throws PlanException when a word is no weekday, or none is given
     */
    public Set<DayOfWeek> days(String typed) throws PlanException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String word : typed.toLowerCase(Locale.ROOT).split("[\\s,;/+&]+|\\band\\b")) {
            if (word.isBlank()) {
                continue;
            }
            switch (word) {
                case "weekdays", "workdays" -> days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
                case "weekends", "weekend" -> days.addAll(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
                case "daily", "everyday" -> days.addAll(EnumSet.allOf(DayOfWeek.class));
                default -> days.add(day(word));
            }
        }
        if (days.isEmpty()) {
            throw new PlanException("No day given. " + DAYS_HELP);
        }
        return days;
    }

    private static DayOfWeek day(String word) throws PlanException {
        if (word.length() >= 2) {
            for (DayOfWeek day : DayOfWeek.values()) {
                String name = day.name().toLowerCase(Locale.ROOT);
                if (name.startsWith(word) || word.equals(name + "s")) {
                    return day;
                }
            }
        }
        throw new PlanException("\"" + shorten(word) + "\" is not a day of the week. " + DAYS_HELP);
    }

    /** The word as typed, cut short, hidden characters shown as � rather than dropped (the echo is plain text). */
    private static String shorten(String text) {
        return UserEcho.of(text.strip(), 30);
    }
}
