package studybot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studybot.command.OptionSpec;

/** A plausible value for each required option of a command, by its kind: what a member could have typed. */
final class PlausibleOptions {

    private PlausibleOptions() {}

    /** Values for the required options among {@code options}; channels are {@code channelId}. */
    static Map<String, String> forRequired(List<OptionSpec> options, long channelId) {
        Map<String, String> values = new LinkedHashMap<>();
        for (OptionSpec option : options) {
            if (!option.required()) {
                continue;
            }
            values.put(
                    option.name(),
                    switch (option.kind()) {
                        case INTEGER -> String.valueOf(option.min());
                        case BOOLEAN -> "true";
                        case CHANNEL -> "<#" + channelId + ">";
                        case ATTACHMENT -> "/nonexistent/book.epub";
                        case TEXT -> option.name().equals("time") ? "09:00" : "20.1";
                    });
        }
        return values;
    }
}
