package studybot.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.facts.KeyTerm;
import studybot.facts.TermKind;

/**
 * Blanking words out of a fact, whole words only and case-insensitively. A word inside a hyphenated or dotted name
 * ("Cache-Control", "min.insync.replicas") is never blanked on its own, nor a word used as a verb in the fact ("if the
 * value doesn't match"), nor a word the fact also writes in another form ("user" beside "users", "schema" beside
 * "CREATE SCHEMA"): the blank would not read right whichever choice filled it. "a" or "an" before the blank becomes
 * "a(n)", so the article does not tell the answer. An ordinary word is only a blank where it heads its phrase ("the
 * data", not "data type") and is not a filler ("a number of", "by default").
 */
final class Blanks {

    static final String BLANK = "_____";
    private static final int STEM_PREFIX = 5;
    private static final int MAX_BLANKS = 2;
    /** The shortest abbreviation of a term that gives it away ("str" for "string", "dict" for "dictionary"). */
    private static final int ABBREVIATION = 3;
    /** A name inside an example's code, not one a library offers: "self.date", "cls.registry". */
    private static final Pattern EXAMPLE_CODE = Pattern.compile("(?:self|cls)\\.");
    /** Short words that begin many terms by chance ("for" and "format"), never an abbreviation of one. */
    private static final java.util.Set<String> SHORT_FUNCTION_WORDS = java.util.Set.of(
            "the", "for", "and", "not", "are", "can", "use", "all", "any", "one", "two", "new", "out", "has", "its",
            "who", "how", "may", "per", "via", "off", "own", "but", "was", "see", "add", "get", "let", "put", "run",
            "set", "end", "way", "also", "only", "each", "some", "more", "most", "from", "into", "with", "this", "that",
            "then", "than", "when", "what", "will", "same", "such", "many", "much", "well", "even", "make", "made",
            "type", "part", "form", "call", "line", "list", "name", "time", "work", "file", "data", "code");
    /** Ordinary words with these endings are verbs' forms, adjectives or adverbs, never the thing a fact is about. */
    private static final Pattern NOT_A_THING = Pattern.compile(".*(?:[^e]ed|ly|ive|ous|able|ible|ful|less)");
    /** Participles English uses as adjectives or prepositions far more than as nouns. */
    private static final java.util.Set<String> PARTICIPLES = java.util.Set.of(
            "following",
            "using",
            "existing",
            "starting",
            "including",
            "remaining",
            "corresponding",
            "appearing",
            "according",
            "regarding",
            "resulting",
            "underlying",
            "preceding",
            "missing",
            "pending",
            "leading",
            "trailing",
            "matching",
            "running");
    /** Words after which the next word is a verb: modals, "to", negations, pronouns. */
    private static final Pattern VERB_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:to|can|cannot|could|will|would|may|might|must|shall|should|does|do|did|not|n't|doesn't|don't|"
                    + "didn't|won't|can't|they|we|you|it|which|that|who)\\s+)$");
    /** Words after which the next word names a thing: determiners, possessives and prepositions. */
    private static final Pattern NOUN_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:a|an|the|this|these|those|each|every|its|their|his|her|your|any|some|all|no|other|"
                    + "another|several|many|multiple|one|two|both|whose|of|in|on|for|with|by|from|into|between|about|"
                    + "without|under|over|per|via)\\s+|['’]s\\s+)$");
    /** Words after which the word before them was the subject: the start of a sentence followed by a verb. */
    private static final Pattern VERB_AFTER = Pattern.compile(
            "^\\s+(?:is|are|was|were|can|cannot|may|must|will|would|should|have|has|do|does|provide|provides|"
                    + "use|uses|allow|allows|contain|contains)\\b");

    /**
     * What may follow a word used as the head of its noun phrase: punctuation, the end, or a function word or common
     * verb. Any other word after it makes it a modifier ("data" in "data type", "main" in "the main function"), which
     * is not the thing the fact is about.
     */
    private static final Pattern HEAD_AFTER = Pattern.compile(
            "^(?:\\s*(?:[,.;:!?)\\]'\"’”]|$)|\\s+(?:is|isn't|are|aren't|was|were|be|been|being|can|cannot|can't|could|may|"
                    + "might|must|will|won't|would|should|shall|has|have|had|do|does|doesn't|did|but|of|in|on|at|"
                    + "for|to|with|by|from|as|than|that|which|who|whose|when|where|while|if|into|onto|about|after|before|"
                    + "between|through|without|within|per|via|so|because|until|unless|also|only|always|never|often|"
                    + "usually|then|itself|themselves|instead|too|here|there|now|just|first|again|automatically|"
                    + "directly|already|still|yet|either|neither|like|up|out|off|over|under|provides?|uses?|allows?|"
                    + "contains?|returns?|means|makes?|takes?|gives?|holds?|lets?|needs?|works?|runs?|calls?|"
                    + "creates?|stores?|keeps?|refers?|points?|becomes?|comes?|goes?|gets?|sets?|looks?|"
                    + "happens?|consists?|belongs?|describes?|defines?|determines?|specifies?|represents?|"
                    + "depends?|applies|apply|matches|match|exists?|starts?|ends?|changes?|accepts?|requires?)\\b)");
    /**
     * A word in "-ing" followed by an article, a possessive or a quoted name is a verb taking an object ("by setting
     * "max_count" to 0", "by mounting the partition"), not the thing the fact is about (a noun before a quoted name,
     * "the encoding "utf-8"", follows an article, not a preposition).
     */
    private static final Pattern GERUND_WITH_OBJECT = Pattern.compile(
            "^\\p{L}{4,}ing\\s+(?:(?:the|a|an|its|their|this|these|your)\\s|[\"“'`])", Pattern.CASE_INSENSITIVE);
    /** An article or possessive right before a word: a noun follows ("the setting", "its encoding"). */
    private static final Pattern ARTICLE_BEFORE =
            Pattern.compile("(?i)\\b(?:the|a|an|its|their|this|these|your|his|her|each|every|any)\\s+$");
    /** "and"/"or" after a word: the word heads its phrase only when plural ("tuples and lists", not "current and"). */
    private static final Pattern COORDINATED = Pattern.compile("^\\s+(?:and|or)\\b");
    /**
     * Words that are nouns but never what a fact teaches: fillers and idioms ("a number of", "by default", "in order
     * to", "for example") and words about the book itself. Neither a blank nor a choice.
     */
    private static final java.util.Set<String> FILLERS = java.util.Set.of(
            "number",
            "numbers",
            "default",
            "way",
            "ways",
            "kind",
            "kinds",
            "sort",
            "lot",
            "lots",
            "part",
            "parts",
            "example",
            "examples",
            "case",
            "cases",
            "thing",
            "things",
            "fact",
            "time",
            "times",
            "order",
            "use",
            "end",
            "place",
            "point",
            "addition",
            "instance",
            "result",
            "respect",
            "course",
            "question",
            "idea",
            "concept",
            "concepts",
            "reason",
            "rest",
            "side",
            "matter",
            "bit",
            "piece",
            "manner",
            "purpose",
            "sense",
            "terms",
            "detail",
            "details",
            "amount",
            "chapter",
            "chapters",
            "section",
            "sections",
            "book",
            "tutorial",
            "page",
            "reader",
            "readers",
            "people",
            "person",
            "someone",
            "something",
            "anything",
            "everything",
            "nothing",
            "another",
            "others",
            "one",
            "ones",
            "couple",
            "while",
            "moment",
            "start",
            "beginning",
            "top",
            "bottom",
            "front",
            "back",
            "line",
            "lines",
            "word",
            "words",
            "name",
            "names",
            "work",
            "help",
            "need",
            "needs",
            "chance",
            "shoes",
            "behalf",
            "means",
            "form",
            "forms",
            "step",
            "steps",
            "approach",
            "situation",
            "situations",
            "scenario",
            "scenarios",
            "feature",
            "features",
            "aspect",
            "aspects",
            "problem",
            "problems",
            "task",
            "tasks",
            "job",
            "goal",
            "goals",
            "option",
            "options",
            "choice",
            "choices",
            "stuff",
            "background",
            "total",
            "feel",
            "ends",
            "guess",
            "ability",
            "changes",
            "change",
            "effect",
            "effects",
            "access",
            "state",
            "activity",
            "activities",
            "administration",
            "maintenance",
            "sequence",
            "selection",
            "trick",
            "level",
            "manipulation");

    /**
     * Nouns technical prose uses for almost anything a book is about. Blanked, another of them is true as well ("run it
     * as a(n) _____": script, program, code); offered beside a specific answer, they are true of it too ("object" for a
     * module). Neither a blank nor a choice; {@link QuizDeck} also counts as generic any word most sections use.
     */
    private static final java.util.Set<String> GENERIC = java.util.Set.of(
            "code",
            "program",
            "value",
            "type",
            "data",
            "result",
            "item",
            "object",
            "element",
            "entry",
            "content",
            "contents",
            "instance",
            "input",
            "output",
            "information",
            "process",
            "system",
            "language",
            "user",
            "text",
            "version",
            "operation",
            "syntax",
            "functionality",
            "behavior",
            "behaviour",
            "implementation",
            "computer",
            "machine",
            "application",
            "project",
            "tool",
            "software",
            "component",
            "structure",
            "mechanism",
            "action",
            "piece",
            "resource",
            "memory",
            "location",
            "position");
    /**
     * A code keyword between an article and the blank: the keyword names the answer's construct ("the for _____" is a
     * loop, "the try _____" a clause), so the sentence gives it away.
     */
    private static final Pattern KEYWORD_BEFORE =
            Pattern.compile("(?i)\\b(?:the|a|an|this|each|its|their|every|any)\\s+"
                    + "(?:for|while|try|except|finally|else|elif|if|with|return|raise|match|let|fn|impl|mut|pub|use|struct|"
                    + "enum|trait|mod|def|class|import|yield|async|await|lambda|loop|break|continue|select|where|join|insert|"
                    + "unsafe|static|const|dyn|move|ref|case|switch|catch|throw|goto|do|begin|commit|rollback)\\s+"
                    + Pattern.quote("_____"));

    private static final Pattern ARTICLE = Pattern.compile("\\b([Aa])n? (?=" + Pattern.quote(BLANK) + ")");

    private Blanks() {}

    /**
     * The text with every occurrence of {@code term} blanked; empty when the term is not there as a whole word, or a
     * form of it would still show ("replica" left after blanking "replicas").
     */
    static Optional<String> blank(String text, String term) {
        Matcher matcher = wholeWord(term).matcher(text);
        int occurrences = 0;
        while (matcher.find()) {
            occurrences++;
            if (!matcher.group().equals(term) && !matcher.group().equals(capitalised(term))
                    || VERB_BEFORE
                            .matcher(text.substring(Math.max(0, matcher.start() - 12), matcher.start()))
                            .find()) {
                return Optional.empty();
            }
        }
        if (occurrences == 0 || occurrences > MAX_BLANKS) {
            return Optional.empty();
        }
        String blanked = matcher.reset().replaceAll(Matcher.quoteReplacement(BLANK));
        if (stillShows(blanked, term) || KEYWORD_BEFORE.matcher(blanked).find()) {
            return Optional.empty();
        }
        return Optional.of(ARTICLE.matcher(blanked).replaceAll("$1(n) "));
    }

    /**
     * Whether a key term may be a blank or a distractor at all: a name, an acronym or an identifier, or an ordinary
     * word or phrase whose last word is not shaped like a verb form, an adjective or an adverb.
     */
    static boolean blankable(KeyTerm term) {
        if (term.kind().shape() != TermKind.Shape.CONCEPT) {
            return !EXAMPLE_CODE.matcher(term.text()).lookingAt();
        }
        String text = term.text().toLowerCase(java.util.Locale.ROOT);
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return !NOT_A_THING.matcher(last).matches() && !PARTICIPLES.contains(last) && !FILLERS.contains(text);
    }

    /**
     * Whether an ordinary word is used as a noun in {@code text}: it follows a determiner, a possessive or a
     * preposition and heads its phrase (punctuation, a function word or a verb follows, not another noun it would
     * modify), or opens the sentence as its subject. Names, acronyms and identifiers always are.
     */
    static boolean usedAsThing(String text, KeyTerm term) {
        if (term.kind().shape() != TermKind.Shape.CONCEPT) {
            return !term.text().matches(".*\\b\\p{L}\\.\\p{L}\\b.*");
        }
        return uses(text, term).heads() > 0;
    }

    /**
     * How an ordinary word is used in {@code text} after a determiner, possessive or preposition: as the head of its
     * phrase (or as a sentence's subject), or as a modifier of the noun after it ("the current namespace"). A word the
     * book mostly uses as a modifier is an adjective to the reader, whatever one sentence says.
     */
    static NounUses uses(String text, KeyTerm term) {
        Matcher matcher = wholeWord(term.text()).matcher(text);
        int heads = 0;
        int modifiers = 0;
        while (matcher.find()) {
            String before = text.substring(Math.max(0, matcher.start() - 12), matcher.start());
            String after = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 20));
            if (GERUND_WITH_OBJECT.matcher(matcher.group() + after).find()
                    && !ARTICLE_BEFORE.matcher(before).find()) {
                continue;
            }
            if (matcher.start() == 0 && VERB_AFTER.matcher(after).find()) {
                heads++;
            } else if (NOUN_BEFORE.matcher(before).find()) {
                if (HEAD_AFTER.matcher(after).find()
                        || COORDINATED.matcher(after).find() && matcher.group().endsWith("s")) {
                    heads++;
                } else {
                    modifiers++;
                }
            }
        }
        return new NounUses(heads, modifiers);
    }

    /** How often a word heads its noun phrase and how often it modifies the noun after it. */
    record NounUses(int heads, int modifiers) {

        NounUses plus(NounUses other) {
            return new NounUses(heads + other.heads, modifiers + other.modifiers);
        }

        boolean mostlyHead() {
            return heads >= modifiers;
        }
    }

    /** Whether the word is a participle English mostly uses as an adjective or a preposition ("following"). */
    static boolean participle(String word) {
        return PARTICIPLES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static String capitalised(String term) {
        return term.isEmpty() ? term : Character.toUpperCase(term.charAt(0)) + term.substring(1);
    }

    /** Whether {@code text} has {@code word} (or a word starting with its first letters) as a whole word. */
    static boolean mentions(String text, String word) {
        return forms(word).test(text);
    }

    /**
     * A test for {@link #mentions} with its patterns compiled once, for a word checked against many texts; a pattern
     * runs only where its literal part occurs ({@link CaseInsensitive}), which most texts rule out at once.
     */
    static Predicate<String> forms(String word) {
        String base = base(word);
        Pattern whole = wholeWord(word);
        List<String> prefixes = prefixes(word);
        List<Pattern> prefixPatterns = prefixes.stream()
                .map(prefix -> Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(prefix), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        return text -> {
            if (CaseInsensitive.mayContain(text, base) && whole.matcher(text).find()) {
                return true;
            }
            for (int i = 0; i < prefixes.size(); i++) {
                if (CaseInsensitive.mayContain(text, prefixes.get(i))
                        && prefixPatterns.get(i).matcher(text).find()) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * What a text must hold at the start of a word for {@link #forms} to find the term there: its singular, and the
     * first letters of each of its longer words. A text holding none of them cannot mention the term.
     */
    static List<String> formStarts(String word) {
        List<String> starts = new ArrayList<>();
        starts.add(base(word));
        starts.addAll(prefixes(word));
        return starts;
    }

    /**
     * The first letters of each of the term's words longer than {@value #STEM_PREFIX}: a word starting with them is one
     * of its forms.
     */
    private static List<String> prefixes(String word) {
        List<String> prefixes = new ArrayList<>();
        for (String part : word.split(" ")) {
            if (part.length() > STEM_PREFIX) {
                prefixes.add(part.substring(0, STEM_PREFIX));
            }
        }
        return prefixes;
    }

    /**
     * Whether another word of the blanked text starts like a word of the term: its first five letters, or for a short
     * word its singular ("enumerating" beside a blank for "enums"), gives the answer away; so does a word the term
     * starts with, an abbreviation in code ("str.format()" beside a blank for "strings"), and a longer word holding the
     * term ("creationflags" beside a blank for "flag").
     */
    private static boolean stillShows(String text, String term) {
        String lowerTerm = term.toLowerCase(java.util.Locale.ROOT);
        String base = base(lowerTerm);
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= ABBREVIATION
                    && word.length() < lowerTerm.length()
                    && lowerTerm.startsWith(word)
                    && !SHORT_FUNCTION_WORDS.contains(word)) {
                return true;
            }
            if (base.length() > ABBREVIATION && word.length() > base.length() && word.contains(base)) {
                return true;
            }
        }
        for (String word : term.split(" ")) {
            String root = word.length() > STEM_PREFIX ? word.substring(0, STEM_PREFIX) : base(word);
            if (root.length() >= STEM_PREFIX - 1
                    && Pattern.compile(
                                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(root),
                                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                            .matcher(text)
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word or phrase ends in a noun technical prose uses for almost anything ({@link #GENERIC}). */
    static boolean generic(String term) {
        String text = term.toLowerCase(java.util.Locale.ROOT);
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return GENERIC.contains(last) || GENERIC.contains(base(last)) || GENERIC.contains(singular(last));
    }

    private static String singular(String word) {
        return word.endsWith("ies") && word.length() > 4
                ? word.substring(0, word.length() - 3) + "y"
                : word.endsWith("s") && !word.endsWith("ss") && word.length() > 3
                        ? word.substring(0, word.length() - 1)
                        : word;
    }

    /** The term as a whole word, also in its plural or singular form ("write" finds "writes" and back). */
    private static Pattern wholeWord(String term) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}_.-])" + Pattern.quote(base(term)) + "(?:e?s)?(?![\\p{L}\\p{N}_]|[.-][\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The term without a plural ending: the literal part of {@link #wholeWord}. */
    private static String base(String term) {
        return term.endsWith("es") && term.length() > 4
                ? term.substring(0, term.length() - 2)
                : term.endsWith("s") && term.length() > 3 ? term.substring(0, term.length() - 1) : term;
    }
}
