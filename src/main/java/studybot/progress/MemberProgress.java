package studybot.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.plan.PlanDay;

/**
 * One member's progress: what they have read (of the book as it is now), and against the plan what is due and unread,
 * what they read ahead, and their streak.
 *
 * @param read the member's read sections still in the book, in book order
 * @param plan the plan today, when there is one
 * @param behind sections of readings whose day has passed that the member has not read, in order
 * @param ahead sections after today's reading that the member has read, in order
 * @param standing behind, ahead, on track, or no plan
 * @param streak consecutive days with a section read, ending today or yesterday
 */
public record MemberProgress(
        List<Section> read,
        Optional<PlanDay> plan,
        List<Section> behind,
        List<Section> ahead,
        Standing standing,
        int streak) {

    public MemberProgress {
        read = List.copyOf(read);
        Objects.requireNonNull(plan, "plan");
        behind = List.copyOf(behind);
        ahead = List.copyOf(ahead);
        Objects.requireNonNull(standing, "standing");
    }

    /** Compares {@code marks} with {@code plan} on the book {@code library}. */
    public static MemberProgress of(
            Library library, Optional<PlanDay> plan, List<ReadMark> marks, ZoneId zone, LocalDate today) {
        Set<SectionNumber> marked = marks.stream().map(ReadMark::section).collect(Collectors.toSet());
        List<Section> read = library.sections().stream()
                .filter(s -> marked.contains(s.number()))
                .toList();
        int streak = Streak.days(marks.stream().map(ReadMark::markedAt).toList(), zone, today);
        if (plan.isEmpty()) {
            return new MemberProgress(read, plan, List.of(), List.of(), Standing.NO_PLAN, streak);
        }
        List<Section> behind = plan.get().due().stream()
                .filter(s -> !marked.contains(s.number()))
                .toList();
        List<Section> ahead = plan.get().upcoming().stream()
                .filter(s -> marked.contains(s.number()))
                .toList();
        Standing standing = !behind.isEmpty() ? Standing.BEHIND : !ahead.isEmpty() ? Standing.AHEAD : Standing.ON_TRACK;
        return new MemberProgress(read, plan, behind, ahead, standing, streak);
    }

    /** Whether the member has read every section of {@code sections}. */
    public boolean hasRead(List<Section> sections) {
        Set<SectionNumber> numbers = read.stream().map(Section::number).collect(Collectors.toSet());
        return sections.stream().allMatch(section -> numbers.contains(section.number()));
    }
}
