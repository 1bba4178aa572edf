package studybot.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import studybot.dailytips.DailyDigests;
import studybot.dailytips.Digest;
import studybot.dailytips.DigestSection;
import studybot.library.Section;
import studybot.plan.PlanDay;
import studybot.plan.PlanService;
import studybot.plan.PlanState;
import studybot.plan.ReadingTime;
import studybot.progress.ProgressService;

/**
 * Turns a server's running reading plan into its daily post's digest: today's reading with reading times, what is left,
 * and how many members finished the reading before. A paused, finished or switched-off plan adds nothing, so the post
 * is the plain tip.
 */
public final class PlanDigests implements DailyDigests {

    private final PlanService plans;
    private final ProgressService progress;

    public PlanDigests(PlanService plans, ProgressService progress) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public Optional<Digest> digestFor(long serverId, LocalDate date) {
        return plans.on(serverId, date)
                .filter(day -> day.plan().state() == PlanState.ACTIVE && !day.finished())
                .map(day -> digest(serverId, day));
    }

    private Digest digest(long serverId, PlanDay day) {
        List<DigestSection> reading = day.today().stream()
                .map(section ->
                        new DigestSection(section.number(), section.title(), ReadingTime.minutes(List.of(section))))
                .toList();
        OptionalLong next = day.today().isEmpty()
                ? day.nextReading()
                        .map(date -> OptionalLong.of(day.epochSecondOf(date)))
                        .orElse(OptionalLong.empty())
                : OptionalLong.empty();
        OptionalLong end = day.expectedEnd()
                .map(date -> OptionalLong.of(day.epochSecondOf(date)))
                .orElse(OptionalLong.empty());
        return new Digest(
                reading,
                ReadingTime.minutes(day.today()),
                next,
                day.left().size(),
                end,
                day.previous().stream().map(Section::number).toList(),
                progress.finished(serverId, day.previous()));
    }
}
