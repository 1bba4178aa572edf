package studybot.plan;

import java.util.Objects;

/** One server's stored plan. */
public record ServerPlan(long serverId, ReadingPlan plan) {

    public ServerPlan {
        Objects.requireNonNull(plan, "plan");
    }
}
