package studybot.facts;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sentences of a reference entry that speak of the entry without naming it. A function's or option's entry opens with
 * its signature ("random.seed(a=None, version=2): Initialize the random number generator."); the sentences after it
 * take the entry as their implied subject: "If a is omitted or None, the current system time is used.", "When True, the
 * character is doubled.", "…a default value for the given key…". Alone they name nothing; after the entry's opening
 * sentence they complete it. The cues are the grammar of reference prose, not any manual's words: a condition without a
 * subject, a participle pointing at the entry's arguments ("the given", "the specified"), a bare "the argument" or "the
 * instance", and a parameter of the signature used as a name ("If a is…", "With version 2…").
 */
final class ReferenceEntries {

    /** "When True, …", "If omitted or None, …", "If not given, …": a condition whose subject is the entry's value. */
    private static final Pattern HEADLESS_CONDITION = Pattern.compile("(?:if|when|whenever|unless) (?:not )?"
            + "(?:true|false|none|omitted|given|specified|set|unset|present|absent|supplied|provided|zero|nonzero"
            + "|non-zero|negative|positive|empty|missing|nonempty|non-empty)"
            + "(?:(?: or| and) (?:not )?[\\p{L}-]+)?(?: \\(the default\\))?,");
    /** "the given key", "the specified path", "the raised exception": the entry's arguments or results. */
    private static final Pattern ENTRY_PARTICIPLE =
            Pattern.compile("\\bthe (?:given|specified|supplied|raised|passed) [\\p{L}_]");
    /**
     * "when the argument is…", "The instance's contents…": a bare noun for a part of the entry, as the subject of the
     * sentence or of a clause. Followed by a name, an "of" or a relative clause it says which one; followed by a noun
     * ("the instance object") it is a compound; elsewhere ("prints all the arguments") it may be any call's.
     */
    private static final Pattern ENTRY_NOUN = Pattern.compile(
            "(?:^|\\b(?:if|when|whenever|unless|whether|while|and|but) )the (?:argument|arguments|parameter"
                    + "|parameters|instance|instance's|constructor|callable|caller|return value)\\b"
                    + "(?! (?:of|to|for|passed|given|named|called|that|which|who|list|lists|object|objects|variable"
                    + "|variables|attribute|attributes|method|methods|name|names|type|types|value|values|class"
                    + "|classes)\\b)(?! ?[\\p{Lu}_*`'\"“‘(])");
    /**
     * "If the option is unset, …", "Once the function returns, …", "The handler is executed in a subshell": a shell
     * manual's entry for a builtin, an option, a widget or a hook speaks of it as "the function", "the option", "the
     * handler" as the subject of a clause. Followed at once by its verb, the noun names nothing ("the builtin export
     * sets…" and "the option GLOB_ASSIGN is…" say which one, and stand), unless the sentence named it before. A
     * comparison opening the sentence ("As with other widgets, the function is called…") names no entry either.
     */
    private static final Pattern ENTRY_KIND = Pattern.compile(
            "(?:^|^as with [^,]{1,60}, |\\b(?:if|when|whenever|unless|whether|while|once|after|before|until|and|but) )"
                    + "the (?:function"
                    + "|command|builtin|option|flag|handler|widget|module|style|hook) (?:is|are|was|were|will|would"
                    + "|can|cannot|may|might|must|should|does|doesn't|has|had|returns|exits|fails|succeeds|takes|gets"
                    + "|becomes|runs|prints|outputs|sets|uses|needs|expects|reads|writes|only|also|then|always"
                    + "|never)\\b");
    /** A signature's parameter list: the brackets after the entry's name, "seed(a=None, version=2)". */
    private static final Pattern SIGNATURE = Pattern.compile("^(?:class |async )?[\\p{L}_][\\w.]*\\((.*)\\)$");
    /** A parameter's name: its first identifier, before a default or an annotation. */
    private static final Pattern PARAMETER = Pattern.compile("[\\p{L}_][\\w]*");
    /** Names in a signature that are no parameter a sentence would name. */
    private static final Set<String> NOT_PARAMETERS = Set.of("self", "cls", "None", "True", "False");
    /** What follows a parameter used as a name at a clause's start: its verb. */
    private static final String VERB = "(?:is|are|isn't|aren't|was|must|should|can|cannot|may|has|have|defaults"
            + "|contains|gets|will|does|doesn't|specifies|refers|names|gives|determines|controls)";

    private ReferenceEntries() {}

    /**
     * Whether the sentence speaks of an entry it does not name: a condition without a subject, the entry's given or
     * returned things, or a bare "the argument"/"the instance".
     */
    static boolean leansOnEntry(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return HEADLESS_CONDITION.matcher(lower).lookingAt()
                || ENTRY_PARTICIPLE.matcher(lower).find()
                || ENTRY_NOUN.matcher(lower).find()
                || unnamedEntryKind(lower);
    }

    /**
     * Whether "the function", "the option"… speaks of the entry, not of a noun the sentence introduced before it ("The
     * local namespace for a function is created when the function is called…").
     */
    private static boolean unnamedEntryKind(String lower) {
        Matcher kind = ENTRY_KIND.matcher(lower);
        while (kind.find()) {
            String noun = lower.substring(kind.start(), kind.end()).replaceFirst("^.*?the (\\S+) .*$", "$1");
            if (!Pattern.compile("\\b" + noun + "\\b")
                    .matcher(lower.substring(0, kind.start()))
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parameters of the signature leading a sentence ("random.seed(a=None, version=2): Initialize…" has a and
     * version); none when no signature leads it.
     */
    static Set<String> parameters(String sentence) {
        Set<String> parameters = new LinkedHashSet<>();
        int end = sentence.indexOf("): ");
        if (end < 0) {
            return parameters;
        }
        Matcher signature = SIGNATURE.matcher(sentence.substring(0, end + 1).strip());
        if (!signature.matches()) {
            return parameters;
        }
        for (String parameter : signature.group(1).split(",")) {
            Matcher name =
                    PARAMETER.matcher(parameter.replaceAll("[\\[\\]*/]", " ").strip());
            if (name.lookingAt() && !NOT_PARAMETERS.contains(name.group())) {
                parameters.add(name.group());
            }
        }
        return parameters;
    }

    /**
     * A test of whether a sentence uses one of the entry's parameters as a name: as the subject of a clause ("If a is
     * omitted…", "path must be…"), with its kind ("the key argument"), or qualifying the sentence ("With version 1,…").
     * A parameter spelt like an English word ("a", "key") counts only there, never as the word. Compiled once per
     * entry; no parameters, no sentence names one.
     */
    static Predicate<String> namesParameter(Set<String> parameters) {
        if (parameters.isEmpty()) {
            return text -> false;
        }
        String names = parameters.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
        Pattern asName = Pattern.compile("(?:^|\\b(?:[Ii]f|[Ww]hen|[Uu]nless|[Ww]hether|[Ww]hile|and|or|but|;) )"
                + names + " " + VERB + "\\b"
                + "|(?<![\\w.])" + names + " (?:argument|parameter)s?\\b"
                + "|^[Ww]ith " + names + "\\b");
        return text -> asName.matcher(text.strip()).find();
    }
}
