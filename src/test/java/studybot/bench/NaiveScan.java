package studybot.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import studybot.library.Library;
import studybot.library.Section;
import studybot.search.SearchHit;

/**
 * The baseline: the obvious search with no index. Every query reads every section and counts case-insensitive
 * whole-word occurrences of the query's words (a title occurrence counting three), then quotes the best hits.
 * Same algorithm as the search package's {@code NaiveSearch} yardstick, kept here so that the benchmarks compile
 * against the stable public API only ({@code NaiveSearch} was not on this branch when they were written).
 */
final class NaiveScan {

    private static final int TITLE_WEIGHT = 3;
    private static final int EXCERPT_LENGTH = 200;

    private final List<Section> sections;
    private final List<String> bodies;

    NaiveScan(Library library) {
        this.sections = library.sections();
        this.bodies = sections.stream().map(Section::body).toList();
    }

    List<SearchHit> search(String query, int limit) {
        Set<String> words = words(query == null ? "" : query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            String body = bodies.get(i);
            int titleCount = count(section.title(), words);
            int firstInBody = firstOccurrence(body, words);
            int bodyCount = firstInBody < 0 ? 0 : count(body, words);
            int score = TITLE_WEIGHT * titleCount + bodyCount;
            if (score > 0) {
                candidates.add(new Candidate(section, body, Math.max(firstInBody, 0), score));
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::score).reversed())
                .limit(limit)
                .map(c -> new SearchHit(c.section().number(), c.section().title(), excerpt(c.body(), c.at()),
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

    private static int count(String text, Set<String> words) {
        int found = 0;
        for (int at = next(text, 0, words); at >= 0; at = next(text, at + 1, words)) {
            found++;
        }
        return found;
    }

    private static int firstOccurrence(String text, Set<String> words) {
        return next(text, 0, words);
    }

    /** Where the next whole-word occurrence of any of the words starts, from {@code from} on; -1 if none. */
    private static int next(String text, int from, Set<String> words) {
        for (int at = from; at < text.length(); at++) {
            if (at > 0 && Character.isLetterOrDigit(text.codePointBefore(at))) {
                continue;
            }
            for (String word : words) {
                int end = at + word.length();
                if (text.regionMatches(true, at, word, 0, word.length())
                        && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static String excerpt(String body, int at) {
        int start = Math.max(0, at - EXCERPT_LENGTH / 4);
        int end = Math.min(body.length(), start + EXCERPT_LENGTH);
        return (start > 0 ? "…" : "") + body.substring(start, end) + (end < body.length() ? "…" : "");
    }

    private record Candidate(Section section, String body, int at, int score) {
    }
}
