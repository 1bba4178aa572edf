package studybot.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What Lucene's {@link EnglishAnalyzer} (the search index's analysis) makes of a text, computed once per distinct word.
 * The analyzer is a standard tokenizer followed by filters that each look at one word alone (possessive removed, lower
 * case, English stop words dropped, Porter stem), so a word's stem does not depend on its neighbours: the text is
 * tokenized, and each word's stem is taken from a table filled the first time the word is seen. A book repeats its
 * words many times, so the filters run once per word of the vocabulary, not once per word of the text. Thread-safe: one
 * instance serves the sections analysed in parallel.
 */
final class Stems {

    /** Room for a long book's vocabulary from the start, so the table seldom grows while sections are analysed. */
    private static final int INITIAL_WORDS = 1 << 16;

    private final Analyzer tokenizer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };
    /** The English analyzer's filters, over a tokenizer that passes one word through whole. */
    private final Analyzer filters = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer word = new KeywordTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(word);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.getDefaultStopSet());
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(word, stream);
        }
    };
    /** Each word seen so far and its stem; empty for a word the analyzer drops (a stop word). */
    private final Map<Word, Optional<String>> stems = new ConcurrentHashMap<>(INITIAL_WORDS);

    /** The stems of {@code text} with where each word is, exactly as the English analyzer gives them. */
    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        analyse(text, (stem, offset) -> tokens.add(new Token(stem, offset.startOffset(), offset.endOffset())));
        return tokens;
    }

    /** Each stem of {@code text} in order, as {@link #tokens} gives them, without recording where the words are. */
    void forEachStem(String text, Consumer<String> action) {
        analyse(text, (stem, offset) -> action.accept(stem));
    }

    private void analyse(String text, BiConsumer<String, OffsetAttribute> action) {
        try (TokenStream stream = tokenizer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            Word probe = new Word();
            while (stream.incrementToken()) {
                Optional<String> stem = stems.get(probe.of(term.buffer(), term.length()));
                if (stem == null) {
                    stem = stems.computeIfAbsent(probe.copy(), word -> stem(word.toString()));
                }
                if (stem.isPresent()) {
                    action.accept(stem.get(), offset);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in-memory text failed", e);
        }
    }

    private Optional<String> stem(String word) {
        try (TokenStream stream = filters.tokenStream("body", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            Optional<String> stem = stream.incrementToken() ? Optional.of(term.toString()) : Optional.empty();
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in-memory text failed", e);
        }
    }

    /**
     * A word as the table's key, compared by its characters. The table keeps copies; a lookup passes a probe that
     * points into the tokenizer's own buffer, so a word already in the table costs no {@code String} and no copy (a
     * book's text is almost all such words).
     */
    private static final class Word {
        private char[] chars;
        private int length;
        private int hash;

        /** Points this probe at the first {@code length} characters of {@code buffer}, which it does not copy. */
        Word of(char[] buffer, int length) {
            this.chars = buffer;
            this.length = length;
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + buffer[i];
            }
            this.hash = h;
            return this;
        }

        /** A key of its own for the table: the characters copied, so later tokens cannot change it. */
        Word copy() {
            return new Word().of(Arrays.copyOf(chars, length), length);
        }

        /** Compared character by character: words are short, and a plain loop beats a vectorised mismatch here. */
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Word word) || word.hash != hash || word.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (chars[i] != word.chars[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    /** One analysed word: its stem and where the word is in the text. */
    record Token(String stem, int start, int end) {}
}
