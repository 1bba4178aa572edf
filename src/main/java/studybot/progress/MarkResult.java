package studybot.progress;

import java.util.List;
import studybot.library.Section;

/**
 * What {@code /read} or {@code /unread} did.
 *
 * @param sections the sections asked for, in order
 * @param changed how many of them changed (were newly marked, or unmarked); the rest already were
 */
public record MarkResult(List<Section> sections, int changed) {

    public MarkResult {
        sections = List.copyOf(sections);
    }
}
