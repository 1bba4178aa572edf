package studybot.facts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definitions, with and without their headword. Glossaries, option lists and API references define a term by a noun
 * phrase ("A named reference to the commit at the tip of a branch.") or by a verb phrase without a subject ("Specifies
 * whether to use color.", "Return the number of items."). Alone, such a sentence names nothing: the subject is the term
 * printed beside it. The importers keep the term with its definition ("branch: A named reference…"), and such a
 * sentence is a whole statement; a definition that lost its headword leans on what came before it.
 *
 * <p>The cues are English grammar, not any book's words: a noun phrase has no finite verb outside its relative clauses
 * and brackets; a verb phrase opens with a verb (a word that is no function word, followed by an object's determiner,
 * "whether" or a value) or with a participle followed by "when", "by", "if"… ("Raised when…", "Called by…").
 */
final class Definitions {

    /**
     * A headword and its definition: up to eight words before the sentence's first colon. A head with a verb is a
     * clause ("Bound methods have attributes, too: the instance…"), and a definition opening with a lower-case article
     * continues that clause.
     */
    private static final Pattern HEADWORD = Pattern.compile("^((?:\\S+\\s+){0,7}?\\S+?):\\s+(\\S.*)$");
    /** Sphinx's version notes ("Changed in version 3.6: Accepts a path-like object."): history, not a definition. */
    private static final Pattern VERSION_NOTE = Pattern.compile(
            "(?:changed|new|added|deprecated|removed)(?: in| since)? (?:version|release)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** A colon after a verb or preposition that needs what follows: "The syntax is: …" is no headword. */
    private static final Pattern OPEN_ENDED = Pattern.compile(
            "(?:\\b(?:is|are|was|were|be|include|includes|contains|like|as|of|with|to|by|the|a|an|following|follows"
                    + "|example|note|warning|tip|caution|important|see))$",
            Pattern.CASE_INSENSITIVE);

    /** What may follow a verb that opens a sentence: its object's determiner, a clause word or a value. */
    private static final Set<String> OBJECT_OPENERS = Set.of(
            "the", "a", "an", "whether", "all", "any", "each", "every", "its", "their", "this", "these", "those", "one",
            "no", "some", "true", "false", "none", "null", "zero", "how", "what", "which", "up", "out", "back", "off");
    /** What may follow a participle that opens a sentence without its subject: "Raised when…", "Called by…". */
    private static final Set<String> AFTER_PARTICIPLE = Set.of(
            "when",
            "whenever",
            "by",
            "if",
            "to",
            "with",
            "for",
            "after",
            "before",
            "on",
            "in",
            "as",
            "from",
            "once",
            "only",
            "automatically",
            "internally");
    /** Words that open a sentence and are no verb: prepositions, conjunctions, adverbs, determiners, pronouns. */
    private static final Set<String> NOT_VERBS = Set.of(
            "about",
            "above",
            "across",
            "after",
            "against",
            "along",
            "although",
            "among",
            "and",
            "around",
            "as",
            "at",
            "because",
            "before",
            "behind",
            "below",
            "beneath",
            "beside",
            "besides",
            "between",
            "beyond",
            "both",
            "but",
            "by",
            "despite",
            "during",
            "each",
            "either",
            "even",
            "every",
            "except",
            "for",
            "from",
            "given",
            "here",
            "hence",
            "how",
            "however",
            "if",
            "in",
            "inside",
            "instead",
            "into",
            "like",
            "many",
            "most",
            "near",
            "neither",
            "no",
            "nor",
            "not",
            "now",
            "of",
            "off",
            "often",
            "on",
            "once",
            "only",
            "onto",
            "or",
            "outside",
            "over",
            "past",
            "per",
            "since",
            "so",
            "some",
            "such",
            "than",
            "then",
            "there",
            "therefore",
            "though",
            "through",
            "throughout",
            "thus",
            "to",
            "today",
            "toward",
            "towards",
            "under",
            "unless",
            "unlike",
            "until",
            "upon",
            "usually",
            "via",
            "what",
            "when",
            "whenever",
            "where",
            "whereas",
            "whether",
            "which",
            "while",
            "who",
            "whose",
            "why",
            "with",
            "within",
            "without",
            "yet",
            "all",
            "any",
            "also",
            "always",
            "never",
            "sometimes",
            "first",
            "second",
            "finally",
            "next",
            "last",
            "again",
            "few",
            "several",
            "this",
            "that",
            "these",
            "those",
            "it",
            "they",
            "we",
            "you",
            "he",
            "she",
            "one",
            "is",
            "are",
            "was",
            "were",
            "do",
            "does",
            "did",
            "can",
            "could",
            "will",
            "would",
            "should",
            "must",
            "may",
            "might",
            "has",
            "have",
            "had",
            "let");
    /**
     * A finite verb: an auxiliary or modal, a common verb of technical prose, or a lower-case word with a verb's "-s"
     * ending followed by what begins the rest of a clause ("allows only", "holds a"). A word ending in "-ed" is not
     * counted: in a definition it is an adjective or a participle ("A named reference", "A value passed to a
     * function"), and technical prose states its facts in the present tense.
     */
    private static final Pattern FINITE_VERB = Pattern.compile(
            "\\b(?:is|are|was|were|be|been|has|have|had|can|cannot|could|may|might|must|will|would|should|shall|does|"
                    + "do|did|isn't|aren't|doesn't|don't|won't|can't|consists|depends|belongs|refers|points|works|"
                    + "comes|runs|applies|relies|results|differs|corresponds|happens|occurs|exists|looks|acts|"
                    + "behaves|starts|ends|fails|succeeds|returns|goes|means|stands|leads|maps|deals|operates|"
                    + "responds|waits|varies|defaults|lives|belong|consist|depend|refer|exist)\\b"
                    + "|(?<![\\p{L}\\p{N}_.-])\\p{Ll}{2,}s\\s+(?!(?:and|or|of|nor|but)\\b)"
                    + "[\\p{L}\\p{N}_(\"“]");
    /** An aside in brackets: a verb there does not make the sentence a statement. */
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");
    /** Words that open a clause of their own, with its own verb ("A class that takes…", "raised when it is…"). */
    private static final Pattern SUBORDINATOR = Pattern.compile(
            "\\b(?:that|which|who|whom|whose|where|when|whenever|if|unless|because|while|whether)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A verb coordinated with the one before ("…that takes documents and performs an action"): the same clause. */
    private static final Pattern COORDINATED = Pattern.compile("\\b(?:and|or)\\s+$");

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words ending in "-s" that are no verb: "its capacity", "this type". */
    private static final Set<String> NOT_A_VERB = Set.of(
            "its", "this", "his", "hers", "ours", "yours", "theirs", "thus", "plus", "less", "always", "whereas");
    /**
     * An article or a word for syntax just before a subordinator: the subordinator is a keyword named ("The while
     * loop", "the syntax if let").
     */
    private static final Pattern NAMED_KEYWORD = Pattern.compile("\\b(?:[Aa]|[Aa]n|[Tt]he|syntax|keywords?|statements?"
            + "|clauses?|operators?|constructs?|expressions?)\\s+$");

    /** How far before a subordinator {@link #NAMED_KEYWORD} looks: its longest word and the space after it. */
    private static final int NAMED_KEYWORD_REACH = 16;

    private Definitions() {}

    /**
     * The definition after the headword, when the sentence is a headword and a definition without its own subject
     * ("branch: A named reference…", "--color: Specifies whether…", "list.append(x): Add an item…").
     */
    static Optional<String> definitionOf(String sentence) {
        Matcher matcher = HEADWORD.matcher(sentence.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String body = matcher.group(2);
        if (!headword(matcher.group(1)) || ARTICLES.contains(Words.core(Words.firstToken(body))) || !headless(body)) {
            return Optional.empty();
        }
        return Optional.of(body);
    }

    /**
     * Whether the sentence is led by a headword and a colon, whatever follows it ("default_factory: This attribute is
     * used by…"): the headword names what the sentence is about.
     */
    static boolean ledByHeadword(String sentence) {
        Matcher matcher = HEADWORD.matcher(sentence.strip());
        return matcher.matches() && headword(matcher.group(1));
    }

    /** A headword names a thing: no version note, no clause (a verb) and no word that needs what follows it. */
    private static boolean headword(String head) {
        return !VERSION_NOTE.matcher(head).matches()
                && !OPEN_ENDED.matcher(head).find()
                && head.codePoints().anyMatch(Character::isLetter)
                && !FINITE_VERB.matcher(head).find();
    }

    /**
     * Whether the sentence is a definition by a noun phrase without its headword ("A named reference to a commit…"):
     * another term's definition, never the continuation of the entry before it.
     */
    static boolean headlessNounPhrase(String sentence) {
        return ARTICLES.contains(Words.core(Words.firstToken(sentence)).toLowerCase(Locale.ROOT)) && headless(sentence);
    }

    /** Whether the text has a finite verb ({@link #FINITE_VERB}) outside brackets. */
    static boolean hasFiniteVerb(String text) {
        return FINITE_VERB
                .matcher(BRACKETS.matcher(text.replace('’', '\'')).replaceAll(""))
                .find();
    }

    /**
     * Whether the sentence is a definition without its headword: a noun phrase opening with an article and without a
     * finite verb, or a verb phrase without a subject.
     */
    static boolean headless(String sentence) {
        List<String> tokens = Words.tokens(sentence.strip());
        if (tokens.size() < 2) {
            return false;
        }
        String first = Words.core(tokens.get(0));
        String next = Words.core(tokens.get(1)).toLowerCase(Locale.ROOT);
        if (first.isEmpty() || !Character.isLetter(first.charAt(0))) {
            return false;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        if (ARTICLES.contains(lower)) {
            return nounPhrase(BRACKETS.matcher(sentence.replace('’', '\'')).replaceAll(""));
        }
        if (NOT_VERBS.contains(lower)
                || !tokens.get(0).equals(first)
                || lower.endsWith("ing")
                || lower.endsWith("ly")
                || !first.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (lower.endsWith("ed")) {
            return AFTER_PARTICIPLE.contains(next);
        }
        return OBJECT_OPENERS.contains(next) || lower.endsWith("s") && value(tokens.get(1));
    }

    /**
     * Whether every finite verb of the text is the verb of a clause a subordinator opened before it ("A class that
     * takes documents and performs an action." has none of its own; "A piece of code that expects a type can be
     * passed…" has "can"). A subordinator right after an article is a keyword named ("The while loop…").
     */
    private static boolean nounPhrase(String text) {
        TreeMap<Integer, Boolean> marks = new TreeMap<>();
        Matcher verb = FINITE_VERB.matcher(text);
        while (verb.find()) {
            if (!COORDINATED
                            .matcher(text.substring(Math.max(0, verb.start() - 5), verb.start()))
                            .find()
                    && !NOT_A_VERB.contains(verb.group().strip().split("\\s+")[0])) {
                marks.put(verb.start(), true);
            }
        }
        Matcher subordinator = SUBORDINATOR.matcher(text);
        while (subordinator.find()) {
            Matcher keyword = NAMED_KEYWORD
                    .matcher(text)
                    .region(Math.max(0, subordinator.start() - NAMED_KEYWORD_REACH), subordinator.start())
                    .useTransparentBounds(true);
            if (!keyword.find()) {
                marks.put(subordinator.start(), false);
            }
        }
        int open = 0;
        for (boolean isVerb : marks.values()) {
            if (!isVerb) {
                open++;
            } else if (open > 0) {
                open--;
            } else {
                return false;
            }
        }
        return true;
    }

    /** A value or a name in code after a verb: "Returns True…", "Raises ValueError…", "Accepts --foo". */
    private static boolean value(String token) {
        String core = Words.core(token);
        return core.equals("True")
                || core.equals("False")
                || core.equals("None")
                || core.endsWith("Error")
                || core.endsWith("Exception")
                || token.startsWith("-")
                || core.contains("_")
                || core.contains("()");
    }
}
