package studybot.library;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section's place in the book, {@code CHAPTER.SECTION}. Compares numerically so that 20.10 sorts after 20.9,
 * which string order gets wrong.
 */
public record SectionNumber(int chapter, int section) implements Comparable<SectionNumber> {

    private static final Pattern CANONICAL = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    public SectionNumber {
        if (chapter < 0 || section < 0) {
            throw new IllegalArgumentException("section numbers are not negative: " + chapter + "." + section);
        }
    }

    /** Parses the canonical form {@code 20.4}; anything else (including user typing) is empty. */
    public static Optional<SectionNumber> parse(String text) {
        Matcher m = CANONICAL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SectionNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    @Override
    public int compareTo(SectionNumber other) {
        int byChapter = Integer.compare(chapter, other.chapter);
        return byChapter != 0 ? byChapter : Integer.compare(section, other.section);
    }

    @Override
    public String toString() {
        return chapter + "." + section;
    }
}
