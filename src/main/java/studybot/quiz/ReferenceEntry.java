package studybot.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;

/**
 * The entries of a reference section: paragraphs led by a headword written like code ("re.sub(pattern, repl, string):
 * Return the string…", "handle_list: Sequence of handles…", "\\D: Matches any character…", "{m,n}: Causes…",
 * "shared_buffers (integer): Sets…"), at least {@value #ENTRIES} of them. In a section made of such entries, the
 * sentences after an entry's first one go on about it without naming it ("If there are no groups, return a list of
 * strings…", "The string is scanned left-to-right…", "Empty matches are included in the result."): a student sees only
 * the question, not the entry above it. So in such a section only a fact led by its headword is asked; the entry's
 * other sentences stay tips, which are shown with their section.
 */
final class ReferenceEntry {

    /**
     * A paragraph led by an entry's headword: "name:" or "name(parameters):", the parameters in group 2 (which
     * {@link #CODE_LIKE} then tells from a label).
     */
    private static final Pattern HEADWORD =
            Pattern.compile("^(?:class\\s+)?([^\\s(:][^\\s(]*?|\\(\\?[^)\\s]*\\))\\s?(?:\\(([^)]*)\\))?:\\s");
    /**
     * A headword written like code, or one with parameters: "Note:", "Filename:" or "Linux:" before a colon lead prose,
     * not an entry.
     */
    private static final Pattern CODE_LIKE = Pattern.compile(".*(?:[^\\p{L}]|\\p{Ll}\\p{Lu}).*");
    /** How many entries make a section a reference section, rather than prose with one headword-like line. */
    static final int ENTRIES = 2;

    private final Set<SectionNumber> entrySections;

    private ReferenceEntry(Set<SectionNumber> entrySections) {
        this.entrySections = Set.copyOf(entrySections);
    }

    static ReferenceEntry of(Library library) {
        Set<SectionNumber> sections = new HashSet<>();
        for (Section section : library.sections()) {
            long entries = section.paragraphs().stream()
                    .filter(paragraph -> headword(paragraph).isPresent())
                    .count();
            if (entries >= ENTRIES) {
                sections.add(section.number());
            }
        }
        return new ReferenceEntry(sections);
    }

    /** Whether a fact of this section goes on about an entry it does not name: its section is made of entries. */
    boolean continuesAnEntry(SectionNumber section, String fact) {
        return entrySections.contains(section) && headword(fact).isEmpty();
    }

    /**
     * The headword of an entry led by one ("re.sub"), and its parameters' text ("pattern, repl, string"); none for a
     * label ("Note:").
     */
    static Optional<Headword> headword(String paragraph) {
        Matcher matcher = HEADWORD.matcher(paragraph);
        if (!matcher.lookingAt()
                || matcher.group(2) == null
                        && !CODE_LIKE.matcher(matcher.group(1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new Headword(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2), matcher.end()));
    }

    /**
     * An entry's headword, its parameters' text and where its description starts: a term blanked in the parameters
     * ("re.escape(_____): Escape special characters in _____.") blanks a parameter's name, not a subject.
     */
    record Headword(String name, String parameters, int end) {

        List<String> parameterNames() {
            return List.of(parameters.split("[^\\p{L}\\p{N}_]+"));
        }
    }
}
