package studybot.plan;

import java.util.List;
import studybot.library.Section;
import studybot.library.WordCount;

/**
 * About how long a reading takes, for the daily digest: words at an unhurried 200 a minute (technical text is read
 * slower than prose), rounded up to whole minutes. Words are counted as {@link WordCount} counts them everywhere:
 * Japanese and Chinese characters two to a word (some 400 a minute, as technical Japanese and Chinese are read).
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
        return section.paragraphs().stream().mapToLong(WordCount::of).sum();
    }
}
