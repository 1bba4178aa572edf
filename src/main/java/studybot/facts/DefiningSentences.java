package studybot.facts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells, in a language other than English, the sentences that state what a book term is or does and read correctly on
 * their own: "dpkg(1) est l'outil …", "El directorio «/run» se monta …", "Der Standardwert von IFS ist …". A sentence
 * qualifies when its subject (the words before the first property verb, at most {@value #MAX_SUBJECT_WORDS}) opens with
 * an article, a name the book writes capitalised or a term written like code, and when it holds no chatter cue, no word
 * that speaks to the reader and nothing that leans on a sentence around it ({@link FactLanguage}). Deliberately narrow:
 * a sentence it is unsure of is no fact.
 */
final class DefiningSentences {

    static final int MAX_SUBJECT_WORDS = 8;
    static final int MIN_LENGTH = 25;

    private static final Pattern CODE_LIKE =
            Pattern.compile(".*(?:[\\d_/.()\\[\\]~$-]|\\p{Ll}\\p{Lu}).*|\\p{Lu}{2,}s?");
    private static final Pattern QUOTE = Pattern.compile("[«»\"“”„‚‘'(),;:]+");

    private final FactLanguage words;
    private final Set<String> names;
    private final Pattern leaning;
    private final Pattern chatter;
    private final Pattern announcement;

    /** @param names words the book writes capitalised inside sentences and never in lower case, as written */
    DefiningSentences(FactLanguage words, Set<String> names) {
        this.words = words;
        this.names = Set.copyOf(names);
        this.leaning = phrases(words.leaningPhrases());
        this.chatter = phrases(words.chatterCues());
        this.announcement = phrases(words.announcements());
    }

    /** The subject of a sentence stating a property of a book term, or empty when the sentence is not such a fact. */
    Optional<Subject> subject(String sentence) {
        String text = FactLanguage.normalised(sentence).strip();
        if (text.length() < MIN_LENGTH
                || text.length() > KeyFactExtractor.MAX_LENGTH
                || !text.endsWith(".")
                || text.contains("?")
                || text.startsWith("(")) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (leaning.matcher(lower).find() || chatter.matcher(lower).find()) {
            return Optional.empty();
        }
        List<String> tokens = words.tokens(text);
        if (tokens.isEmpty() || words.leaningOpeners().contains(bare(tokens.get(0)))) {
            return Optional.empty();
        }
        for (int at = 1; at < tokens.size(); at++) {
            if (words.readerAddress().contains(QUOTE.matcher(tokens.get(at)).replaceAll(""))) {
                return Optional.empty();
            }
        }
        int verb = -1;
        for (int at = 1; at <= Math.min(MAX_SUBJECT_WORDS, tokens.size() - 1); at++) {
            if (words.propertyVerbs().contains(bare(tokens.get(at)))) {
                verb = at;
                break;
            }
        }
        if (verb < 0) {
            return Optional.empty();
        }
        int end = verb;
        while (end > 0 && words.negations().contains(bare(tokens.get(end - 1)))) {
            end--;
        }
        List<String> subject = tokens.subList(0, end);
        if (subject.isEmpty()
                || !opensSubject(subject.get(0))
                || subject.stream().allMatch(this::article)) {
            return Optional.empty();
        }
        return Optional.of(new Subject(List.copyOf(subject)));
    }

    /** Whether {@code sentence} announces what comes after it ("Les commandes suivantes créent …"). */
    boolean announces(String sentence) {
        return announcement
                .matcher(FactLanguage.normalised(sentence).toLowerCase(Locale.ROOT))
                .find();
    }

    /** The words before a fact's property verb, as tokens (an elided article is a token of its own). */
    record Subject(List<String> tokens) {}

    private boolean opensSubject(String token) {
        String bare = QUOTE.matcher(token).replaceAll("");
        return article(token)
                || token.startsWith("«")
                || token.startsWith("\"")
                || token.startsWith("“")
                || token.startsWith("„")
                || !bare.isEmpty() && CODE_LIKE.matcher(bare).matches()
                || names.contains(bare);
    }

    private boolean article(String token) {
        return words.article(bare(token));
    }

    /** A token in lower case without the punctuation around it, an elided article keeping its apostrophe. */
    static String bare(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'") && lower.length() <= 3) {
            return lower;
        }
        return QUOTE.matcher(lower).replaceAll("").replaceAll("[.!]+$", "");
    }

    private static Pattern phrases(List<String> phrases) {
        return Pattern.compile(phrases.stream()
                .map(phrase -> "(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase)
                        + (phrase.endsWith("'") ? "" : "(?![\\p{L}\\p{N}])"))
                .collect(Collectors.joining("|")));
    }
}
