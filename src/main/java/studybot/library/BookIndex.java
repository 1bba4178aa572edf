package studybot.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The book's own index, the back matter that maps terms to the sections about them ("deadlock" → Deadlocks), kept as
 * data rather than as text. Its authors chose the terms a reader looks a topic up by, often words the section's prose
 * does not repeat, so search reads them beside the section's text. Empty for books without an index. Immutable.
 */
public final class BookIndex {

    /** A book without an index. */
    public static final BookIndex EMPTY = new BookIndex(Map.of());

    /** The terms of one section stop growing here, however many the index lists. */
    static final int MAX_TERMS_PER_SECTION = 400;

    private final Map<SectionNumber, List<String>> terms;

    private BookIndex(Map<SectionNumber, List<String>> terms) {
        this.terms = terms;
    }

    /**
     * Reads index lines {@code term<TAB>section number}, as the seed folder's {@code book-index.tsv} holds them; blank
     * lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the first line that is not a term, a tab and a section number
     */
    public static BookIndex parse(List<String> lines) {
        Map<SectionNumber, List<String>> terms = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            Optional<SectionNumber> number = tab <= 0
                    ? Optional.empty()
                    : SectionNumber.parse(line.substring(tab + 1).strip());
            String term = tab <= 0 ? "" : line.substring(0, tab).strip();
            if (number.isEmpty() || term.isEmpty()) {
                throw new IllegalArgumentException(
                        "line " + (i + 1) + ": expected a term, a tab and a section number such as 20.4");
            }
            List<String> known = terms.computeIfAbsent(number.get(), key -> new ArrayList<>());
            if (known.size() < MAX_TERMS_PER_SECTION && !known.contains(term)) {
                known.add(term);
            }
        }
        Map<SectionNumber, List<String>> frozen = new LinkedHashMap<>();
        terms.forEach((number, list) -> frozen.put(number, List.copyOf(list)));
        return new BookIndex(Map.copyOf(frozen));
    }

    /** The index terms that point at the section, in the index's order; empty if none do. */
    public List<String> termsOf(SectionNumber section) {
        return terms.getOrDefault(section, List.of());
    }

    /** How many sections the index points at. */
    public int sections() {
        return terms.size();
    }
}
