package studybot.stats;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One handled interaction as the logs and metrics see it.
 *
 * @param id Discord's interaction id, the one an apology quotes, so a report can be matched to its log line
 * @param command the command's name, e.g. {@code section}, or what a button stands for
 * @param serverId the Discord server, empty in direct messages (and in the console)
 * @param typed what the user typed, empty if nothing; logged at DEBUG only
 * @param outcome how it ended
 * @param handlerNanos time spent handling it
 */
public record Interaction(
        String id, String command, OptionalLong serverId, String typed, Outcome outcome, long handlerNanos) {

    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(outcome, "outcome");
    }
}
