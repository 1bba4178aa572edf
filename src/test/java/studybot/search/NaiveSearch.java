package studybot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import studybot.library.Library;
import studybot.library.Section;

/**
 * The obvious way to search, kept as the yardstick for {@link SectionSearch}: read every section for every query and
 * count case-insensitive whole-word occurrences of the query's words, a title occurrence counting three. No index,
 * stemming, stop words or typo correction; the excerpts are written the same way, so benchmarks compare the search, not
 * the formatting.
 */
public final class NaiveSearch {

    private static final int TITLE_WEIGHT = 3;

    private final List<Section> sections;
    private final List<String> bodies;
    private final ExcerptWriter excerpts;

    public NaiveSearch(Library library) {
        this.sections = library.sections();
        this.bodies = sections.stream().map(Section::searchableText).toList();
        this.excerpts = new ExcerptWriter(SectionSearch.EXCERPT_LENGTH);
    }

    /**
     * Sections with any of the words, most occurrences first (book order among equals); at most {@code limit}.
     *
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    public List<SearchHit> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit is at least 1: " + limit);
        }
        Set<String> words = words(query == null ? "" : query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            MatchedText title = new MatchedText(section.title(), occurrences(section.title(), words));
            MatchedText body = new MatchedText(bodies.get(i), occurrences(bodies.get(i), words));
            int score = TITLE_WEIGHT * title.matches().size() + body.matches().size();
            if (score > 0) {
                candidates.add(new Candidate(section, title, body, score));
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::score).reversed())
                .limit(limit)
                .map(c -> new SearchHit(
                        c.section().number(),
                        c.section().title(),
                        excerpts.forHit(c.title(), c.body(), TextStretch.of(c.section(), List.of())),
                        c.score()))
                .toList();
    }

    private static Set<String> words(String query) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Every whole-word, case-insensitive occurrence of any of the words, in text order. */
    private static List<MatchSpan> occurrences(String text, Set<String> words) {
        List<MatchSpan> found = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            if (at > 0 && isWordChar(text.codePointBefore(at))) {
                continue;
            }
            for (String word : words) {
                int end = at + word.length();
                if (text.regionMatches(true, at, word, 0, word.length())
                        && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
                    found.add(new MatchSpan(at, end, word));
                    at = end - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    private record Candidate(Section section, MatchedText title, MatchedText body, int score) {}
}
