package studybot.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the group's reading went over the last weeks: at the end of each week, how many of the plan's sections (the
 * book's, without a plan) each member had marked read, and how many the plan had scheduled by then. Members are
 * identified for the caller to decide who may be named; {@link GroupProgress}'s rule applies.
 *
 * @param weekEnds the last day of each week, oldest first; the last is today
 * @param planLine sections the plan had scheduled by the end of each week, when there is a plan (the plan as it stands
 *     today, projected back: a pause or skip in the past is not replayed)
 * @param members every member with a read mark, each with one count per week
 */
public record GroupHistory(List<LocalDate> weekEnds, Optional<List<Integer>> planLine, List<MemberHistory> members) {

    /**
     * One member's sections finished by the end of each week.
     *
     * @param sharing whether the member opted in to being named in group views
     */
    public record MemberHistory(long memberId, boolean sharing, List<Integer> finished) {

        public MemberHistory {
            finished = List.copyOf(finished);
        }

        /** Sections finished by today. */
        public int latest() {
            return finished.isEmpty() ? 0 : finished.get(finished.size() - 1);
        }
    }

    public GroupHistory {
        weekEnds = List.copyOf(weekEnds);
        planLine = Objects.requireNonNull(planLine, "planLine").map(List::copyOf);
        members = List.copyOf(members);
    }
}
