package studybot.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import studybot.library.Library;
import studybot.library.Section;

/**
 * The book's running text as one stream of word stems, read once, so that a distractor can be looked up where the book
 * itself uses it: which words govern it, and what the book goes on to say about it. A stem stands for every inflected
 * form ("defines", "defined", "defining"); articles are left out (they carry nothing a sentence says and differ from
 * one mention to the next), and a clause mark (full stop, comma, colon, bracket) is kept as a {@link #BOUNDARY}, which
 * no window crosses.
 */
final class BookStems {

    /** The stem id of a clause mark. */
    static final int BOUNDARY = 0;

    /** A word (with dots, hyphens, apostrophes or "::" inside, as in names) or a clause mark. */
    private static final Pattern TOKEN = Pattern.compile(
            "([\\p{L}\\p{N}_]+(?:(?:::|[.'’\\-])[\\p{L}\\p{N}_]+)*)|([.:!?](?=[\\s\"”’')\\]]|$)|[,;()\\[\\]{}])");

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * Words that govern nothing in a sentence: determiners, pronouns, auxiliaries, conjunctions and light adverbs. The
     * first other word beside a blank is what governs it.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "this", "these", "those", "that", "its", "their", "your", "his", "her", "our", "my", "each", "every", "any",
            "some", "all", "no", "another", "other", "both", "either", "neither", "such", "same", "own", "it", "they",
            "you", "we", "he", "she", "them", "one", "which", "who", "whom", "whose", "what", "is", "are", "was",
            "were", "be", "been", "being", "am", "can", "cannot", "could", "will", "would", "may", "might", "must",
            "shall", "should", "do", "does", "did", "has", "have", "had", "not", "n't", "also", "only", "just", "then",
            "still", "even", "very", "more", "most", "much", "many", "and", "or", "but", "nor", "so", "if", "when",
            "while", "where", "there", "here", "now", "always", "never", "often", "usually", "however", "instead",
            "too", "already", "yet", "thus", "hence");

    /** Words that open another clause: no word beyond them governs a blank. */
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "and",
            "or",
            "but",
            "nor",
            "so",
            "if",
            "when",
            "while",
            "where",
            "because",
            "since",
            "although",
            "though",
            "unless",
            "until",
            "whether",
            "whereas",
            "however",
            "then",
            "how",
            "why");

    /** Words that only pick out which thing is meant: skipped when a window's information is counted. */
    private static final Set<String> DETERMINERS = Set.of(
            "this", "these", "those", "that", "its", "their", "your", "his", "her", "our", "my", "each", "every", "any",
            "some", "all", "no", "another", "other", "both", "such", "same", "own");

    /** Words that link a governing word to the blank: "defined on", "source of", "copied into". */
    private static final Set<String> PREPOSITIONS = Set.of(
            "of", "in", "on", "at", "for", "to", "with", "by", "from", "into", "onto", "over", "under", "between",
            "about", "through", "without", "within", "across", "as", "via", "per", "than", "like", "out", "up",
            "against", "among", "after", "before", "during", "upon", "inside", "outside", "behind", "around");

    private static final Set<String> FUNCTION_STEMS =
            FUNCTION_WORDS.stream().map(BookStems::stem).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> CLAUSE_STEMS =
            CLAUSE_WORDS.stream().map(BookStems::stem).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> DETERMINER_STEMS =
            DETERMINERS.stream().map(BookStems::stem).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> PREPOSITION_STEMS =
            PREPOSITIONS.stream().map(BookStems::stem).collect(Collectors.toUnmodifiableSet());

    private final int[] stream;
    private final Map<String, Integer> ids;
    private final Map<Integer, int[]> positions;
    private final boolean[] function;
    private final boolean[] preposition;
    private final boolean[] determiner;
    private final boolean[] clause;
    private final Map<String, int[]> occurrences = new ConcurrentHashMap<>();

    private BookStems(int[] stream, Map<String, Integer> ids) {
        this.stream = stream;
        this.ids = Map.copyOf(ids);
        int[] counts = new int[ids.size() + 1];
        for (int id : stream) {
            counts[id]++;
        }
        Map<Integer, int[]> byStem = new HashMap<>();
        int[] filled = new int[counts.length];
        for (int i = 0; i < stream.length; i++) {
            int id = stream[i];
            if (id != BOUNDARY) {
                byStem.computeIfAbsent(id, any -> new int[counts[id]])[filled[id]++] = i;
            }
        }
        this.positions = Map.copyOf(byStem);
        this.function = new boolean[ids.size() + 1];
        this.preposition = new boolean[ids.size() + 1];
        this.determiner = new boolean[ids.size() + 1];
        this.clause = new boolean[ids.size() + 1];
        ids.forEach((stem, id) -> {
            function[id] = FUNCTION_STEMS.contains(stem);
            preposition[id] = PREPOSITION_STEMS.contains(stem);
            determiner[id] = DETERMINER_STEMS.contains(stem);
            clause[id] = CLAUSE_STEMS.contains(stem);
        });
    }

    /** Every paragraph of the book, in book order, as one stream (a boundary between paragraphs). */
    static BookStems of(Library library) {
        Map<String, Integer> ids = new HashMap<>();
        ids.put("", BOUNDARY);
        IntList stream = new IntList();
        for (Section section : library.sections()) {
            for (String paragraph : section.paragraphs()) {
                for (String token : tokens(paragraph)) {
                    stream.add(ids.computeIfAbsent(token, any -> ids.size()));
                }
                stream.add(BOUNDARY);
            }
        }
        ids.remove("");
        return new BookStems(stream.toArray(), ids);
    }

    /**
     * A text's word stems and clause marks (as empty strings), articles left out; "()" after a name is dropped, so
     * "len()" reads as the name it is.
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.replace("()", ""));
        while (matcher.find()) {
            if (matcher.group(1) == null) {
                tokens.add("");
                continue;
            }
            String word = matcher.group(1).toLowerCase(Locale.ROOT);
            if (!ARTICLES.contains(word)) {
                tokens.add(stem(word));
            }
        }
        return tokens;
    }

    /**
     * A crude stem shared by a word's inflected forms: no possessive, plural, "-ed", "-ing" or final "e", and a doubled
     * final consonant made single ("defined", "defines", "defining" → "defin"; "running", "run" → "run").
     */
    static String stem(String word) {
        String stem = word.toLowerCase(Locale.ROOT);
        if (stem.endsWith("'s") || stem.endsWith("’s")) {
            stem = stem.substring(0, stem.length() - 2);
        }
        if (stem.length() <= 3 || !Character.isLetter(stem.charAt(stem.length() - 1))) {
            return stem;
        }
        if ((stem.endsWith("ies") || stem.endsWith("ied")) && stem.length() > 4) {
            stem = stem.substring(0, stem.length() - 3) + "y";
        } else if (stem.endsWith("es")
                && endsWithAny(stem.substring(0, stem.length() - 2), "ss", "x", "z", "ch", "sh", "us")) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("s") && !endsWithAny(stem, "ss", "us", "is")) {
            stem = stem.substring(0, stem.length() - 1);
        } else if (stem.endsWith("ing") && stem.length() > 5 && hasVowel(stem.substring(0, stem.length() - 3))) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.endsWith("ed") && stem.length() > 4) {
            stem = stem.substring(0, stem.length() - 2);
        }
        if (stem.endsWith("e") && stem.length() > 3) {
            stem = stem.substring(0, stem.length() - 1);
        }
        int last = stem.length() - 1;
        if (last > 2
                && stem.charAt(last) == stem.charAt(last - 1)
                && Character.isLetter(stem.charAt(last))
                && "aeiou".indexOf(stem.charAt(last)) < 0) {
            stem = stem.substring(0, last);
        }
        return stem;
    }

    private static boolean endsWithAny(String word, String... endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("aeiouy".indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The id of a stem, or -1 when the book never uses it. */
    int id(String stem) {
        return stem.isEmpty() ? BOUNDARY : ids.getOrDefault(stem, -1);
    }

    /** The stem ids of a text's tokens (-1 for a word the book never uses). */
    int[] ids(List<String> tokens) {
        return tokens.stream().mapToInt(this::id).toArray();
    }

    int at(int position) {
        return position < 0 || position >= stream.length ? BOUNDARY : stream[position];
    }

    /** Whether a stem id is a word that opens another clause ("because", "and", "if"). */
    boolean opensClause(int id) {
        return id > BOUNDARY && clause[id];
    }

    boolean determiner(int id) {
        return id > BOUNDARY && determiner[id];
    }

    boolean preposition(int id) {
        return id > BOUNDARY && preposition[id];
    }

    /** Whether a stem id is a word that may govern a blank: not a clause mark, function word or preposition. */
    boolean content(int id) {
        return id > BOUNDARY && !function[id] && !preposition[id];
    }

    /**
     * Where the book uses a term (a word or phrase, any inflected form): the position of its first word at each place.
     * Cached: a term is looked up for many facts.
     */
    int[] occurrences(String term) {
        return occurrences.computeIfAbsent(term.toLowerCase(Locale.ROOT), text -> {
            int[] phrase =
                    ids(tokens(text).stream().filter(token -> !token.isEmpty()).toList());
            if (phrase.length == 0 || Arrays.stream(phrase).anyMatch(id -> id < 0)) {
                return new int[0];
            }
            int[] starts = positions.getOrDefault(phrase[0], new int[0]);
            return Arrays.stream(starts).filter(start -> matches(start, phrase)).toArray();
        });
    }

    /** Where the book uses a word, by its stem id. */
    int[] positionsOf(int id) {
        return positions.getOrDefault(id, new int[0]);
    }

    /** Whether the stream holds these stem ids from {@code start} on. */
    boolean matches(int start, int[] phrase) {
        if (start < 0 || start + phrase.length > stream.length) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (stream[start + i] != phrase[i]) {
                return false;
            }
        }
        return true;
    }

    /** How many words a term has in the stream. */
    static int length(String term) {
        return (int) tokens(term).stream().filter(token -> !token.isEmpty()).count();
    }

    /** A growable array of ints: the stream of a large manual has millions of words. */
    private static final class IntList {
        private int[] values = new int[1 << 16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
