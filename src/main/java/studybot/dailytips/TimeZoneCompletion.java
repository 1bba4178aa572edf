package studybot.dailytips;

import java.util.List;
import java.util.Objects;
import studybot.command.Choice;
import studybot.command.CompletionCall;

/**
 * The autocomplete of a command's timezone option ({@code /tips set}, {@code /remind on}), one class so every command
 * that asks for a zone offers the same zones in the same order ({@link TimeZones#complete}).
 */
public final class TimeZoneCompletion {

    private final String option;

    /** @param option the name of the command's timezone option; other options are not completed */
    public TimeZoneCompletion(String option) {
        this.option = Objects.requireNonNull(option, "option");
    }

    /** The zones matching what was typed so far, or none when another option is being typed. */
    public List<Choice> complete(CompletionCall call) {
        if (!call.option().equals(option)) {
            return List.of();
        }
        return TimeZones.complete(call.typed()).stream()
                .map(zone -> new Choice(zone, zone))
                .toList();
    }
}
