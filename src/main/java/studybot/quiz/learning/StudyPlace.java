package studybot.quiz.learning;

import java.util.Set;
import studybot.library.SectionNumber;

/**
 * Where a member is in the book, for choosing their next new card: the sections they marked read, and the sections
 * their server's reading plan has reached by today (none outside a server). A new card comes first from a marked
 * section, then from a planned one, then from a section before the furthest of those (reached, not marked), and from a
 * section not reached only when nothing else is left: a member reading chapter 12 of a long manual is not asked about
 * installing it.
 */
public record StudyPlace(Set<SectionNumber> marked, Set<SectionNumber> planned) {

    /** Nothing marked and no plan: new cards come in book order. */
    public static final StudyPlace NOWHERE = new StudyPlace(Set.of(), Set.of());

    public StudyPlace {
        marked = Set.copyOf(marked);
        planned = Set.copyOf(planned);
    }

    /** 0 for a marked section, 1 for a planned one, 2 for one before the furthest of those, 3 for the rest. */
    int tier(SectionNumber section) {
        if (marked.contains(section)) {
            return 0;
        }
        if (planned.contains(section)) {
            return 1;
        }
        boolean reached = marked.stream().anyMatch(mark -> mark.compareTo(section) > 0)
                || planned.stream().anyMatch(plan -> plan.compareTo(section) > 0);
        return reached ? 2 : 3;
    }
}
