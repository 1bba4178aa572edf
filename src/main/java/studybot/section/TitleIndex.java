package studybot.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import studybot.library.UnspacedScript;

/**
 * Finds sections by the words of their titles, the way people remember them: any case, a word's start ({@code repl}),
 * or with a slip of the keyboard ({@code replicaton}); in Japanese and Chinese, written without spaces, any part of a
 * title ({@code 依存関係} in "パッケージ依存関係"). Built once per library; the title words are folded up front so a query only
 * compares short strings. What is titled is a section, or a chapter that has no section of its own.
 *
 * @param <T> what the titles name
 */
final class TitleIndex<T> {

    private static final Set<String> FILLER = Set.of(
            "a", "an", "and", "the", "of", "for", "to", "in", "on", "with", "vs", "or", "is", "how", "what", "about",
            "section", "chapter");
    private static final int EXACT = 4;
    private static final int PREFIX = 3;
    private static final int TYPO = 2;
    private static final int TYPO_IN_PREFIX = 1;
    private static final int MIN_PREFIX = 2;
    private static final int MIN_TYPO_PREFIX = 5;

    private final List<Entry<T>> entries;

    /**
     * @param titled in book order, which breaks ties between equally good matches
     * @param title the title of each
     */
    TitleIndex(List<T> titled, Function<T, String> title) {
        this.entries = IntStream.range(0, titled.size())
                .mapToObj(position -> new Entry<>(
                        titled.get(position),
                        position,
                        List.copyOf(new LinkedHashSet<>(FoldedWords.of(title.apply(titled.get(position)))))))
                .toList();
    }

    /**
     * The titled things whose titles match the most of {@code words}, and at least half of them, best first. Filler
     * words ("the", "and") only count when the query is nothing else. The rule, in order:
     *
     * <ol>
     *   <li>A word that some title has whole or as a word's start takes no slips of the keyboard: {@code classes} finds
     *       the titles with "Classes", not "Clauses" too; a word no title has ({@code replicaton}) still finds
     *       "Replication".
     *   <li>The titles matching the most of the words, then the highest score (a whole word beats a word's start, which
     *       beats a slip).
     *   <li>Among equal scores, a title that is exactly the words asked for (all its own words, fillers aside, matched
     *       whole) comes first: {@code introduction} puts "Introduction" before "An Informal Introduction to Python".
     *   <li>Then book order.
     * </ol>
     */
    List<T> matches(List<String> words) {
        List<String> meaningful =
                words.stream().filter(word -> !FILLER.contains(word)).toList();
        List<String> query = meaningful.isEmpty() ? words : meaningful;
        Set<String> foundAsTyped = query.stream()
                .filter(word -> entries.stream()
                        .anyMatch(
                                entry -> entry.words.stream().anyMatch(titleWord -> score(word, titleWord) >= PREFIX)))
                .collect(Collectors.toSet());
        List<Match<T>> found = new ArrayList<>();
        for (Entry<T> entry : entries) {
            int matched = 0;
            int score = 0;
            Set<String> wholeWords = new HashSet<>();
            for (String word : query) {
                int best = 0;
                for (String titleWord : entry.words) {
                    int wordScore = score(word, titleWord);
                    if (wordScore < PREFIX && foundAsTyped.contains(word)) {
                        continue;
                    }
                    if (wordScore == EXACT) {
                        wholeWords.add(titleWord);
                    }
                    best = Math.max(best, wordScore);
                }
                if (best > 0) {
                    matched++;
                    score += best;
                }
            }
            if (matched > 0) {
                found.add(new Match<>(
                        entry.titled, entry.position, matched, score, wholeWords.containsAll(entry.meaningfulWords())));
            }
        }
        int mostMatched = found.stream().mapToInt(Match::matched).max().orElse(0);
        if (2 * mostMatched < query.size()) {
            return List.of();
        }
        return found.stream()
                .filter(match -> match.matched == mostMatched)
                .sorted(Comparator.<Match<T>>comparingInt(Match::score)
                        .reversed()
                        .thenComparing(Match::wholeTitle, Comparator.reverseOrder())
                        .thenComparingInt(Match::position))
                .map(Match::titled)
                .toList();
    }

    private static int score(String typed, String titleWord) {
        if (typed.equals(titleWord)) {
            return EXACT;
        }
        if (typed.length() >= MIN_PREFIX && titleWord.startsWith(typed)) {
            return PREFIX;
        }
        if (typed.length() >= MIN_PREFIX && writtenWithoutSpaces(typed) && titleWord.contains(typed)) {
            return PREFIX;
        }
        int slips = allowedSlips(typed);
        if (slips == 0) {
            return 0;
        }
        if (EditDistance.within(typed, titleWord, slips) <= slips) {
            return TYPO;
        }
        if (typed.length() >= MIN_TYPO_PREFIX
                && titleWord.length() > typed.length()
                && EditDistance.within(typed, titleWord.substring(0, typed.length()), 1) <= 1) {
            return TYPO_IN_PREFIX;
        }
        return 0;
    }

    /**
     * Whether the word is Japanese or Chinese, whose titles run their words together ("パッケージ依存関係"): a word typed in
     * them is found anywhere inside a title's run, not only at its start.
     */
    private static boolean writtenWithoutSpaces(String typed) {
        return UnspacedScript.anyIn(typed);
    }

    private static int allowedSlips(String typed) {
        if (typed.length() < 4) {
            return 0;
        }
        return typed.length() < 10 ? 1 : 2;
    }

    private record Entry<T>(T titled, int position, List<String> words) {

        /** The title's words without fillers, or all of them for a title of fillers alone. */
        List<String> meaningfulWords() {
            List<String> meaningful =
                    words.stream().filter(word -> !FILLER.contains(word)).toList();
            return meaningful.isEmpty() ? words : meaningful;
        }
    }

    /**
     * @param position in book order
     * @param wholeTitle whether every word of the title, fillers aside, was asked for whole
     */
    private record Match<T>(T titled, int position, int matched, int score, boolean wholeTitle) {}
}
