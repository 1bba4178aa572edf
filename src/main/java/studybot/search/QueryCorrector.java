package studybot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Rewrites the words of a query that the book does not contain into words it does, so {@code replicaton} finds
 * replication and {@code mongo} finds MongoDB. A word the book has, as written or by its stem ({@code replicated} meets
 * {@code replication}), is never touched. Otherwise, in order: the book's most common word that starts with it (partial
 * words; not a compound of it and another book word), then the closest spelling in the book's own vocabulary (typos).
 *
 * <p>Each unknown word's replacement is kept: finding the closest spelling builds Levenshtein automata for the word,
 * the most expensive step of a search (about 30% of the handlers' CPU in a cold burst of distinct questions), while
 * students' questions differ as whole sentences but share their words ({@code pls}, {@code hey}, the same
 * misspellings). The index never changes, so a kept replacement stays right for this corrector's life.
 */
final class QueryCorrector {

    /** Shorter beginnings match too much of the book to be a useful guess. */
    private static final int MIN_PREFIX_LENGTH = 3;
    /** How many completions to weigh before taking the most common; bounds the work on short prefixes. */
    private static final int MAX_COMPLETIONS_WEIGHED = 2_000;
    /** A completion whose added part is a book word this long is a compound, not the rest of the typed word. */
    private static final int MIN_COMPOUND_PART_LENGTH = 4;
    /** Extra spelling candidates to look past stop words with. */
    private static final int SPELLING_CANDIDATES = 5;
    /** A correction must keep 1 - edits / length at this or above: one typo from 4 letters, two from 7. */
    private static final float SPELLING_ACCURACY = 0.7f;

    private static final int MIN_TWO_TYPO_LENGTH = 7;
    /** Unknown words whose replacement is kept; far more than a book's questions use, a few hundred KiB at most. */
    private static final int KEPT_REPLACEMENTS = 10_000;

    private final SectionIndex index;
    private final QueryWords words;
    private final DirectSpellChecker oneTypo;
    private final DirectSpellChecker twoTypos;
    private final Cache<String, Optional<String>> replacements =
            Caffeine.newBuilder().maximumSize(KEPT_REPLACEMENTS).build();

    QueryCorrector(SectionIndex index, QueryWords words) {
        this.index = index;
        this.words = words;
        this.oneTypo = spellChecker(1, 1);
        this.twoTypos = spellChecker(2, 2);
    }

    /** The query with unknown words replaced, or empty when every word is already in the book (or unfixable). */
    Optional<QueryCorrection> correct(String query) {
        StringBuilder corrected = null;
        Set<String> replaced = new LinkedHashSet<>();
        int copied = 0;
        for (QueryWord word : words.split(query)) {
            if (isInBook(word)) {
                continue;
            }
            Optional<String> replacement = replacements.get(word.text(), this::replacement);
            if (replacement.isPresent()) {
                if (corrected == null) {
                    corrected = new StringBuilder(query.length() + 16);
                }
                corrected.append(query, copied, word.start()).append(replacement.get());
                replaced.add(query.substring(word.start(), word.end()));
                copied = word.end();
            }
        }
        if (corrected == null) {
            return Optional.empty();
        }
        return Optional.of(new QueryCorrection(
                corrected.append(query, copied, query.length()).toString(), List.copyOf(replaced)));
    }

    /** The book's word for {@code unknown}: its most common completion, else its closest spelling, if any. */
    private Optional<String> replacement(String unknown) {
        return completion(unknown).or(() -> closestSpelling(unknown));
    }

    /**
     * Stop words and numbers count as known: there is nothing sensible to correct them to. So does a word the stemming
     * analysis drops, such as French {@code qu'un} typed with a straight apostrophe (elided, {@code un} is a stop word)
     * in a book printed with typographic ones.
     */
    private boolean isInBook(QueryWord word) {
        String text = word.text();
        if (words.isStopWord(text) || !word.hasLetter() || index.contains(SectionIndex.WORDS, text)) {
            return true;
        }
        String stem = words.stem(text);
        return stem.isEmpty() || index.contains(SectionIndex.BODY, stem) || index.contains(SectionIndex.TITLE, stem);
    }

    private Optional<String> completion(String prefix) {
        if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX_LENGTH) {
            return Optional.empty();
        }
        try {
            TermsEnum vocabulary = index.vocabulary();
            BytesRef start = new BytesRef(prefix);
            if (vocabulary.seekCeil(start) == TermsEnum.SeekStatus.END) {
                return Optional.empty();
            }
            String best = null;
            int bestFrequency = 0;
            int weighed = 0;
            for (BytesRef term = vocabulary.term();
                    term != null && StringHelper.startsWith(term, start) && weighed < MAX_COMPLETIONS_WEIGHED;
                    term = vocabulary.next(), weighed++) {
                int frequency = vocabulary.docFreq();
                if (frequency > bestFrequency) {
                    String candidate = term.utf8ToString();
                    if (!words.isStopWord(candidate) && !isCompound(candidate, prefix)) {
                        best = candidate;
                        bestFrequency = frequency;
                    }
                }
            }
            return Optional.ofNullable(best);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code completion} is {@code prefix} joined to another word of the book ({@code dunkel} + {@code kammer},
     * {@code java} + {@code script}): then it names something else, and the student typed a whole word, not the start
     * of one. German joins words this way all the time.
     */
    private boolean isCompound(String completion, String prefix) {
        String rest = completion.substring(prefix.length());
        return rest.codePointCount(0, rest.length()) >= MIN_COMPOUND_PART_LENGTH
                && index.contains(SectionIndex.WORDS, rest);
    }

    /**
     * The closest book word, one typo away if there is one: walking the vocabulary for two typos costs several times
     * more, and a one-typo word would outrank any two-typo word anyway.
     */
    private Optional<String> closestSpelling(String word) {
        Optional<String> closest = closestSpelling(oneTypo, word);
        if (closest.isEmpty() && word.codePointCount(0, word.length()) >= MIN_TWO_TYPO_LENGTH) {
            closest = closestSpelling(twoTypos, word);
        }
        return closest;
    }

    private Optional<String> closestSpelling(DirectSpellChecker checker, String word) {
        try {
            SuggestWord[] suggestions = checker.suggestSimilar(
                    new Term(SectionIndex.WORDS, word),
                    SPELLING_CANDIDATES,
                    index.reader(),
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            for (SuggestWord suggestion : suggestions) {
                if (!words.isStopWord(suggestion.string)) {
                    return Optional.of(suggestion.string);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Configured once and never changed, so it is safe to share between threads.
     *
     * @param fixedPrefix how many leading characters must already be right; a longer fixed prefix makes the two-typo
     *     walk of the vocabulary much cheaper, and people rarely get the first two wrong
     */
    private static DirectSpellChecker spellChecker(int maxEdits, int fixedPrefix) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(fixedPrefix);
        checker.setAccuracy(SPELLING_ACCURACY);
        checker.setMinQueryLength(4);
        return checker;
    }
}
