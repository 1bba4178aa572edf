package studybot.plan;

import java.util.List;
import studybot.library.Section;

/**
 * About how long a reading takes, for the daily digest: words at an unhurried 200 a minute (technical text is read
 * slower than prose), rounded up to whole minutes.
 */
public final class ReadingTime {

    /** Words a minute assumed for technical reading. */
    public static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {}

    public static int minutes(List<Section> sections) {
        long words = sections.stream().mapToLong(ReadingTime::words).sum();
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    static long words(Section section) {
        return section.paragraphs().stream()
                .mapToLong(
                        paragraph -> paragraph.isBlank() ? 0 : paragraph.strip().split("\\s+").length)
                .sum();
    }
}
