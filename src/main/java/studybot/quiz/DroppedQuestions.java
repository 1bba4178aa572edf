package studybot.quiz;

import java.util.Set;

/**
 * The questions a server no longer asks because its members reported them ({@code /quiz}'s Report button). An interface
 * so the question of the day and rounds, which leave them out too, need not know how reports are kept.
 */
@FunctionalInterface
public interface DroppedQuestions {

    /** Nothing dropped anywhere: for tools and tests without reports. */
    DroppedQuestions NONE = serverId -> Set.of();

    /** The card ids dropped for this server. */
    Set<String> in(long serverId);
}
