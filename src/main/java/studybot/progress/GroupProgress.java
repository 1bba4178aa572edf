package studybot.progress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import studybot.plan.PlanDay;

/**
 * The group's progress in one server: counts for everyone who has marked anything, names only for members who opted in.
 *
 * @param members members with at least one read mark
 * @param onTrack of those, how many are on track (0 without a plan)
 * @param behind how many are behind
 * @param ahead how many are ahead
 * @param chapters per chapter of the plan (of the book without one), how many have finished it
 * @param named the opted-in members' standings
 * @param plan the plan today, when there is one
 */
public record GroupProgress(
        int members,
        int onTrack,
        int behind,
        int ahead,
        List<ChapterFinishers> chapters,
        List<NamedStanding> named,
        Optional<PlanDay> plan) {

    public GroupProgress {
        chapters = List.copyOf(chapters);
        named = List.copyOf(named);
        Objects.requireNonNull(plan, "plan");
    }
}
