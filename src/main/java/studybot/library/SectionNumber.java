package studybot.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A section's place in the book, {@code CHAPTER.SECTION} and deeper ({@code 20.4.1}) for sub-sections. Compares part by
 * part, numerically, so that 20.9 &lt; 20.10 (which string order gets wrong) and a section sorts before its own
 * sub-sections: 20.4 &lt; 20.4.1 &lt; 20.5. A number always has a chapter and a section; a chapter's own text (what it
 * says before its first section) is section {@code CHAPTER.0}.
 */
public final class SectionNumber implements Comparable<SectionNumber> {

    /** The deepest nesting kept: chapter, section and four levels of sub-sections. */
    public static final int MAX_DEPTH = 6;

    private static final Pattern CANONICAL = Pattern.compile("\\d{1,4}(?:\\.\\d{1,4}){1," + (MAX_DEPTH - 1) + "}");

    private final int[] parts;

    /** The two-level number {@code chapter.section}. */
    public SectionNumber(int chapter, int section) {
        this(new int[] {chapter, section});
    }

    private SectionNumber(int[] parts) {
        if (parts.length < 2 || parts.length > MAX_DEPTH) {
            throw new IllegalArgumentException(
                    "a section number has 2 to " + MAX_DEPTH + " parts: " + Arrays.toString(parts));
        }
        for (int part : parts) {
            if (part < 0) {
                throw new IllegalArgumentException("section numbers are not negative: " + Arrays.toString(parts));
            }
        }
        this.parts = parts;
    }

    /** A number of any depth from 2 to {@link #MAX_DEPTH}: {@code of(20, 4, 1)} is 20.4.1. */
    public static SectionNumber of(int... parts) {
        return new SectionNumber(parts.clone());
    }

    /** A number from its parts, as {@link #parts()} gives them. */
    public static SectionNumber of(List<Integer> parts) {
        return new SectionNumber(parts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Parses the canonical form {@code 20.4} or {@code 20.4.1}; anything else (including user typing) is empty. */
    public static Optional<SectionNumber> parse(String text) {
        if (!CANONICAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new SectionNumber(
                Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray()));
    }

    public int chapter() {
        return parts[0];
    }

    /** The second part: 4 in 20.4 and in 20.4.1. */
    public int section() {
        return parts[1];
    }

    /** 2 for 20.4, 3 for 20.4.1. */
    public int depth() {
        return parts.length;
    }

    public List<Integer> parts() {
        List<Integer> list = new ArrayList<>(parts.length);
        for (int part : parts) {
            list.add(part);
        }
        return List.copyOf(list);
    }

    /** The number this one is a sub-section of: 20.4 for 20.4.1; empty for a chapter's section such as 20.4. */
    public Optional<SectionNumber> parent() {
        return parts.length == 2
                ? Optional.empty()
                : Optional.of(new SectionNumber(Arrays.copyOf(parts, parts.length - 1)));
    }

    /** The sub-section {@code n} of this one: 20.4.1 for {@code child(1)} of 20.4. */
    public SectionNumber child(int n) {
        int[] deeper = Arrays.copyOf(parts, parts.length + 1);
        deeper[parts.length] = n;
        return new SectionNumber(deeper);
    }

    /** Whether this is {@code other} or one of its sub-sections at any depth. */
    public boolean isWithin(SectionNumber other) {
        return parts.length >= other.parts.length
                && Arrays.equals(parts, 0, other.parts.length, other.parts, 0, other.parts.length);
    }

    /** The smallest number after this one and all its sub-sections: 20.5 for 20.4 (a bound for sub-maps). */
    SectionNumber afterSubSections() {
        int[] next = parts.clone();
        next[next.length - 1] =
                next[next.length - 1] == Integer.MAX_VALUE ? Integer.MAX_VALUE : next[next.length - 1] + 1;
        return new SectionNumber(next);
    }

    @Override
    public int compareTo(SectionNumber other) {
        return Arrays.compare(parts, other.parts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SectionNumber number && Arrays.equals(parts, number.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            text.append('.').append(parts[i]);
        }
        return text.toString();
    }
}
