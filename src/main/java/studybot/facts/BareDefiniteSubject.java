package studybot.facts;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence whose whole subject is "the" and a generic noun of technical prose, right before its verb: "The file is
 * saved in UTF-8…", "The functions are shortcuts…", "The module defines several functions…", "The variable is valid
 * until…". Which file, which functions, which module is said in the sentence before or in the heading of the entry it
 * belongs to, so the sentence leans on it. The nouns are things a program or a book has many of; a role the subject has
 * one of ("The client sends a SYN segment…", "The server replies…") is not among them. A name or a modifier after the
 * noun says which ("The variable sys.path is…", "The string module includes…", "The list data type has…"), and so does
 * a complement ("The values that the references point to…"): those stand. A shell manual's entries add their own kinds
 * ("The array contains…", "The handler is run…", "The widget is called…"); "the format" is left out, as a library
 * reference names the format its section is about ("The format uses placeholder names…"). Any noun leans when the
 * sentence only likens it to something else ("The syntax is identical to that for %F.", "The format is comparable to
 * that of gprof."): whose syntax, whose format, is what the comparison needs and does not say.
 */
final class BareDefiniteSubject {

    private static final Set<String> SINGULAR = Set.of(
            "file",
            "directory",
            "folder",
            "module",
            "class",
            "object",
            "method",
            "variable",
            "value",
            "string",
            "list",
            "output",
            "document",
            "project",
            "test",
            "example",
            "argument",
            "parameter",
            "instance",
            "entry",
            "table",
            "column",
            "query",
            "option",
            "setting",
            "array",
            "flag",
            "builtin",
            "widget",
            "handler",
            "hook",
            "style");
    private static final Set<String> PLURAL = Set.of(
            "files",
            "modules",
            "classes",
            "objects",
            "methods",
            "functions",
            "variables",
            "values",
            "strings",
            "lists",
            "documents",
            "tests",
            "examples",
            "arguments",
            "parameters",
            "instances",
            "entries",
            "tables",
            "columns",
            "options",
            "settings",
            "commands",
            "results",
            "arrays",
            "flags",
            "builtins",
            "widgets",
            "hooks",
            "styles");
    /** An adverb that may stand between the subject and its verb: "The module also offers…". */
    private static final String ADVERBS = "(?: (?:also|then|only|always|never|usually|often|still|itself|themselves))*";

    private static final String AUXILIARIES = "(?:is|are|was|were|can|cannot|can't|will|won't|may|might|must|should"
            + "|would|could|has|have|does|do|doesn't|don't|isn't|aren't|gets|get)";
    /** The subject and its verb, a word followed by a space or a comma (not "sys.path"). */
    private static final Pattern SINGULAR_SUBJECT = Pattern.compile("the (" + String.join("|", SINGULAR) + ")" + ADVERBS
            + " (?:" + AUXILIARIES + "|\\p{Ll}{2,}(?<!ss|us|is)s)(?=[ ,])");

    private static final Pattern PLURAL_SUBJECT =
            Pattern.compile("the (" + String.join("|", PLURAL) + ")" + ADVERBS + " " + AUXILIARIES + "(?=[ ,])");

    /** "The syntax is identical to…", "The semantics are similar to…": a bare noun likened to something else. */
    private static final Pattern LIKENED_SUBJECT = Pattern.compile("the \\p{Ll}+ (?:is|are) (?:\\p{Ll}+ )?(?:similar"
            + "|identical|comparable|analogous|equivalent|akin) to\\b");

    private BareDefiniteSubject() {}

    /** Whether the lower-cased sentence (straight apostrophes) opens with such a subject and its verb. */
    static boolean opens(String lower) {
        return lower.startsWith("the ")
                && (SINGULAR_SUBJECT.matcher(lower).lookingAt()
                        || PLURAL_SUBJECT.matcher(lower).lookingAt()
                        || LIKENED_SUBJECT.matcher(lower).lookingAt());
    }
}
