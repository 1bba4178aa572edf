package studybot.plan;

import java.util.List;
import studybot.library.Section;
import studybot.library.UnspacedScript;

/**
 * About how long a reading takes, for the daily digest: words at an unhurried 200 a minute (technical text is read
 * slower than prose), rounded up to whole minutes. Japanese and Chinese run their words together without spaces, so
 * their characters are counted instead, two to a word (some 400 a minute, as technical Japanese and Chinese are read).
 */
public final class ReadingTime {

    /** Words a minute assumed for technical reading. */
    public static final int WORDS_PER_MINUTE = 200;

    /** Japanese or Chinese characters read in the time of one word. */
    static final int CHARACTERS_PER_WORD = 2;

    private ReadingTime() {}

    public static int minutes(List<Section> sections) {
        long words = sections.stream().mapToLong(ReadingTime::words).sum();
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    static long words(Section section) {
        return section.paragraphs().stream()
                .filter(paragraph -> !paragraph.isBlank())
                .mapToLong(ReadingTime::words)
                .sum();
    }

    /**
     * The paragraph's words split by spaces, a run of Japanese or Chinese counting by its characters (and as a word too
     * only when it also holds other letters or digits).
     */
    private static long words(String paragraph) {
        long spaced = 0;
        long characters = 0;
        for (String token : paragraph.strip().split("\\s+")) {
            long unspaced = token.codePoints().filter(UnspacedScript::contains).count();
            boolean otherWords = token.codePoints()
                    .anyMatch(point -> !UnspacedScript.contains(point) && Character.isLetterOrDigit(point));
            characters += unspaced;
            if (unspaced == 0 || otherWords) {
                spaced++;
            }
        }
        return spaced + characters / CHARACTERS_PER_WORD;
    }
}
