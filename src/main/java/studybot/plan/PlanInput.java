package studybot.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.i18n.Texts;
import studybot.library.BookExample;
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

    /** The most section numbers a refusal lists. */
    private final SectionQueryParser parser = new SectionQueryParser();
    /** The words of its refusals, which the admin reads in their own language ({@link PlanException#message}). */
    private final Texts texts = Texts.load("plan");

    /**
     * The section a plan starts at: {@code 20.4} must exist; a chapter ({@code 20}) means its first section.
     *
     * @throws PlanException when the book has no such section or chapter, or the text is no section number
     */
    public SectionNumber start(String typed, Library library) throws PlanException {
        SectionQuery query = parser.parse(typed);
        if (query instanceof SectionQuery.ForSection section) {
            if (library.find(section.number()).isEmpty()) {
                throw refusal(
                        "problem.noSection",
                        Map.of("section", section.written(), "hint", NearbySections.hint(library, section.number())));
            }
            return section.number();
        }
        if (query instanceof SectionQuery.ForChapter chapter) {
            List<Section> sections = library.chapter(chapter.chapter());
            if (sections.isEmpty()) {
                throw refusal(
                        "problem.noChapter",
                        Map.of("chapter", chapter.written(), "chapters", NearbySections.chapters(library)));
            }
            return sections.get(0).number();
        }
        throw refusal("problem.start", BookExample.of(library).with(Map.of()));
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
                throw refusal("problem.paceRange", Map.of("count", String.valueOf(count), "max", Pace.MAX_SECTIONS));
            }
            return weekdays.<Pace>map(set -> new Pace.SectionsOnDays((int) count, new ReadingWeek(set)))
                    .orElseGet(() -> new Pace.SectionsPerDay((int) count));
        }
        if (CHAPTER.matcher(text).matches()) {
            if (weekdays.isPresent() && weekdays.get().size() > 1) {
                throw refusal("problem.chapterOneDay", Map.of());
            }
            return new Pace.ChapterPerWeek(
                    weekdays.map(set -> set.iterator().next()).orElse(today.getDayOfWeek()));
        }
        throw text.isEmpty()
                ? refusal("problem.noPace", Map.of("max", Pace.MAX_SECTIONS))
                : refusal("problem.paceUnreadable", Map.of("pace", shorten(pace), "max", Pace.MAX_SECTIONS));
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
            throw refusal("problem.noDay", Map.of());
        }
        return days;
    }

    private DayOfWeek day(String word) throws PlanException {
        if (word.length() >= 2) {
            for (DayOfWeek day : DayOfWeek.values()) {
                String name = day.name().toLowerCase(Locale.ROOT);
                if (name.startsWith(word) || word.equals(name + "s")) {
                    return day;
                }
            }
        }
        throw refusal("problem.notADay", Map.of("word", shorten(word)));
    }

    private PlanException refusal(String key, Map<String, ?> arguments) {
        return new PlanException(texts, key, arguments);
    }

    /** The word as typed, cut short, hidden characters shown as � rather than dropped (the echo is plain text). */
    private static String shorten(String text) {
        return UserEcho.of(text.strip(), 30);
    }
}
