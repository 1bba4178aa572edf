package studybot.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;

/**
 * A plan's readings resolved against one edition of the book: the plan's sections (every section from its start on, in
 * numeric order) cut into readings, numbered so that the reading beginning at the plan's anchor is 0. A section-count
 * pace cuts fixed-size readings forward and backward from the anchor; a chapter pace cuts at chapter boundaries.
 */
public final class PlanUnits {

    private final List<Section> sections;
    private final List<List<Section>> readings;
    private final int zero;

    private PlanUnits(List<Section> sections, List<List<Section>> readings, int zero) {
        this.sections = sections;
        this.readings = readings;
        this.zero = zero;
    }

    public static PlanUnits of(Library library, ReadingPlan plan) {
        List<Section> inPlan = library.sections().stream()
                .filter(section -> section.number().compareTo(plan.start()) >= 0)
                .toList();
        int anchorIndex = firstAtOrAfter(inPlan, plan.anchor());
        List<List<Section>> readings = new ArrayList<>();
        int zero;
        if (plan.pace() instanceof Pace.ChapterPerWeek) {
            zero = cutByChapter(inPlan, anchorIndex, readings);
        } else {
            zero = cutBySize(inPlan, anchorIndex, sectionsPerReading(plan.pace()), readings);
        }
        return new PlanUnits(inPlan, readings, zero);
    }

    /** Reading {@code number}, or empty before the plan's first reading and after its last. */
    public Optional<List<Section>> reading(long number) {
        long index = zero + number;
        return index < 0 || index >= readings.size() ? Optional.empty() : Optional.of(readings.get((int) index));
    }

    /** The number of the plan's last reading; less than the first one's when the plan has no sections. */
    public long lastReading() {
        return readings.size() - 1L - zero;
    }

    /** The plan's sections in readings before reading {@code number}, in order. */
    public List<Section> before(long number) {
        return flatten(0, clamp(zero + number));
    }

    /** The plan's sections in reading {@code number} and every later one, in order. */
    public List<Section> from(long number) {
        return flatten(clamp(zero + number), readings.size());
    }

    /** Every section of the plan, in order. */
    public List<Section> sections() {
        return sections;
    }

    private int clamp(long index) {
        return (int) Math.max(0, Math.min(readings.size(), index));
    }

    private List<Section> flatten(int fromIndex, int toIndex) {
        List<Section> flat = new ArrayList<>();
        readings.subList(fromIndex, toIndex).forEach(flat::addAll);
        return flat;
    }

    private static int sectionsPerReading(Pace pace) {
        if (pace instanceof Pace.SectionsPerDay perDay) {
            return perDay.sections();
        }
        return ((Pace.SectionsOnDays) pace).sections();
    }

    private static int firstAtOrAfter(List<Section> sections, SectionNumber number) {
        int index = 0;
        while (index < sections.size() && sections.get(index).number().compareTo(number) < 0) {
            index++;
        }
        return index;
    }

    /** Cuts readings of {@code size} going both ways from {@code anchorIndex}; returns the index of reading 0. */
    private static int cutBySize(List<Section> sections, int anchorIndex, int size, List<List<Section>> readings) {
        List<List<Section>> behind = new ArrayList<>();
        for (int end = anchorIndex; end > 0; end -= size) {
            behind.add(0, sections.subList(Math.max(0, end - size), end));
        }
        readings.addAll(behind);
        for (int begin = anchorIndex; begin < sections.size(); begin += size) {
            readings.add(sections.subList(begin, Math.min(sections.size(), begin + size)));
        }
        return behind.size();
    }

    /**
     * One reading per chapter, except that the anchor's chapter is cut at the anchor; returns the index of reading 0.
     */
    private static int cutByChapter(List<Section> sections, int anchorIndex, List<List<Section>> readings) {
        int zero = -1;
        int begin = 0;
        for (int i = 1; i <= sections.size(); i++) {
            boolean chapterEnds = i == sections.size()
                    || sections.get(i).number().chapter()
                            != sections.get(begin).number().chapter();
            if (i == anchorIndex && !chapterEnds && i > begin) {
                readings.add(sections.subList(begin, i));
                begin = i;
            }
            if (chapterEnds) {
                if (zero < 0 && begin <= anchorIndex && anchorIndex < i) {
                    zero = readings.size();
                }
                readings.add(sections.subList(begin, i));
                begin = i;
            }
        }
        return zero < 0 ? readings.size() : zero;
    }
}
