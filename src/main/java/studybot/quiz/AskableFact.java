package studybot.quiz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a key fact is fit to be asked about at all: it must read as a whole statement and stand on its own. A tip may
 * show a fact that points back at the sentence before it ("If its type matches…", "…when these three behaviors occur",
 * "The fourth pattern captures…"), since the reader can open the section; a question cannot, because the student must
 * answer from the question alone. Nor is a list item or a caption asked ("ISO/IEC 9075-4 Persistent Stored Modules
 * (SQL/PSM)", no verb), a footnote marker left in the text ("[2]"), or a reference entry without a subject ("Return
 * zero-based index in the list…"), nor a sentence that qualifies what came before ("Additionally, …", "For a given
 * precision p, …") or speaks of the page, the reader or an example rather than of the subject.
 */
final class AskableFact {

    /**
     * A demonstrative in the fact's first sentence, or a pronoun among its first words (before any noun it could stand
     * for), pointing at something only the sentence before says.
     */
    private static final Pattern POINTS_BACK = Pattern.compile(
            "^(?:[^.!?]|[.!?](?=\\S))*?\\b(?:[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch(?!\\s+as\\b))\\s+\\p{L}|^(?:[^.!?]|[.!?](?=\\S))*?\\balso\\b|\\b[Ii]n particular\\b|\\b[Aa]lternatively\\b|\\b[Ll]ikewise\\b|\\b[Tt]herefore\\b"
                    + "|^(?:\\S+\\s+){1,3}then\\s+\\p{Ll}|\\b(?:for|to|with|on|of|in|from|by|about) (?:it|them)\\.$"
                    + "|^(?:\\S+\\s+){0,3}?(?:[Ii]ts|[Tt]heir|[Tt]hey|[Tt]hem|[Ii]t|[Hh]e|[Ss]he|[Hh]is|[Hh]er)\\b"
                    + "|^(?:(?:When|If|Once|After|Because|Since|Until|Unless|While)\\s+)?[Tt]hat\\s+\\p{Ll}+\\s+"
                    + "(?:is|are|was|were|will|has|have|can|does|do|did|doesn['’]t|don['’]t|can['’]t|won['’]t|isn['’]t)(?!\\p{L})");
    /**
     * An opening that counts or compares with what came before ("The fourth pattern", "The difference", "Other…", "Two
     * of the simplest…", "Similar commands are…", "Some tools allow…": which ones?), or a sentence whose subject was
     * lost ("adds documentation to…", "printed after…").
     */
    private static final Pattern OPENS_ON_WHAT_CAME_BEFORE = Pattern.compile(
            "^(?:The|In the)\\s+(?:first|second|third|fourth|fifth|sixth|next|last|previous|former|latter|other|"
                    + "remaining|difference|rest|above|below|following|result|output|same|new|old|original|"
                    + "modified|updated|resulting|final|only)\\b|^(?:Other|Another|Both|Neither|Either|Here|Now|Then|"
                    + "Note how|Notice|Again|Similarly|Likewise|Instead|Otherwise|Therefore|Thus|Hence|So|Also|After|"
                    + "At the moment|At this point|Comes|Next|By the same token|In the case of|In this|In that|For example|"
                    + "For instance|In the future|Of|Note|As an alternative|As a more|(?:One|Two|Three|Some|Many|Most) of the|Similar \\p{Ll}+s|Some \\p{Ll}+s)\\b"
                    + "|^\\p{Ll}+(?:s|ed)\\s+\\p{Ll}");
    /**
     * An opening "The …" (or "If the …", "When the …") whose first words name nothing: a thing the sentences before
     * introduced ("The closure gets one argument", "The heap scan…", "If the closure returns false…"). One that names
     * it (a name, code or a number: "The catalog pg_shseclabel…", "The Fn traits…") stands alone.
     */
    private static final Pattern DEFINITE_OPENING =
            Pattern.compile("^(?:(?:If|When|Because|Since|Once|Before|Unless|While|Although|Until|As|Without)\\s+)?"
                    + "(?:[Tt]he)\\s+((?:\\S+\\s+){0,3}\\S+)");

    /**
     * An opening that qualifies what came before instead of naming its subject: a connective ("Additionally",
     * "Consequently", "Contrarily"), a condition on a setting the fact does not name ("For a given precision p, …",
     * "With no precision given, …", "With the default settings of None, …"), a version note ("New in version 3.7: …"),
     * an exercise or hint ("Hint: …", "Allow users to…", "Require two calls…"), a look back or comparison ("Having
     * seen…", "Similar to positive lookbehind assertions, …"), an aside ("By the way, …"), a count of what an example
     * showed ("Two new sections appear…"), or an announcement ("There are many considerations…", "Valid values are…").
     */
    private static final Pattern QUALIFYING_OPENING = Pattern.compile(
            "^(?:Additionally|Contrarily|Consequently|Conversely|Furthermore|Moreover|However|Nevertheless|"
                    + "Nonetheless|Alternatively|Accordingly|Finally|Meanwhile|Still|Yet|In effect|Hint|Tip|Exercise|Allow|"
                    + "Require|Having|For|With|By the way|Similar to|Like the|(?:A|An) (?:more|less|better|simpler|similar)|"
                    + "New in version|Changed in version|Deprecated since|"
                    + "(?:Valid|Possible|Allowed|Accepted|Supported|Legal) values|"
                    + "(?:One|Two|Three|Four|Five|Several) (?:new|more)|"
                    + "There (?:are|is|were|was) (?:many|several|a number of|various|different|lots|a few|some|other))"
                    + "\\b");

    /**
     * A sentence about the page, the reader or an example rather than the subject: an example or listing it shows ("If
     * you hide the prompts and output for an example…"; "for example" is fine), a button to click, what the reader is
     * assumed to know ("Basic familiarity with … is assumed"), a step of a walkthrough ("The it_works function now
     * has…", "…Here, the first line declares…"), an aside ("feel free to use your favorite IDE", "Once you are really
     * hooked", "You could write…", "You may have guessed…", "please consider…"), a look back ("Again, …", "…using
     * either function"), an example's one-letter variable ("the name a"), a list it points at ("The STARTUPINFO class
     * and following constants…"), or a checklist's question left as a statement ("Is the hosting module marked with
     * pub.").
     */
    private static final Pattern ABOUT_THE_PAGE = Pattern.compile(
            "(?<!\\b[Ff]or )\\b(?:[Ee]xamples?|listings?|[Cc]lick(?:ing|s)?)\\b|\\b[Ff]amiliarity\\b|\\bthe reader\\b"
                    + "|\\b(?:is|are) assumed\\b|\\bnow\\b|\\b(?:the|and) following\\s+\\p{L}|[.!?]\\s+Here\\b|\\bfeel free\\b"
                    + "|^(?:Is|Are|Does|Do|Did|Can|Could|Should|Would|Will|Has|Have)\\s[^?]*$"
                    + "|\\b[Yy]ou(?:(?:['’]re| are) an?| could| might| would| may have \\p{Ll}+ed)\\b|\\breally hooked\\b"
                    + "|\\b[Pp]lease\\b"
                    + "|(?:^|[.!?]\\s+)Again\\b|\\b(?:either|both|neither) (?:function|method|form|way|one)s?\\b"
                    + "|\\bthe (?:name|variable|argument|parameter) \\p{Ll}\\b");

    private static final Pattern NAMES_SOMETHING = Pattern.compile("[\\p{Lu}\\p{N}_.()<>:=/\\[\\]`@#*&'\"“”‘’-]");
    /** Verbs that open a reference entry without a subject ("Return the index…", "Remove the first item…"). */
    private static final Pattern SUBJECTLESS = Pattern.compile(
            "^(?:Return|Returns|Remove|Removes|Add|Adds|Insert|Inserts|Extend|Sort|Reverse|Count|Delete|Get|Set|"
                    + "Raise|Raises|Append|Convert|Apply|Find|Test|Check|Compute|Create|Make|Specify|Specifies|Show|"
                    + "Shows|Display|Print|Update|Read|Write|Open|Close|Equivalent|Same|See|Invoke|Run|Load|Enter|Type|"
                    + "Try|Use|Consider|Imagine|Recall|Remember)\\b");

    /**
     * A reference entry's description without its headword: a verb opens it ("Matches if … matches next", "Controls how
     * instances of quotechar…"), its subject being the entry above it.
     */
    private static final Pattern OPENS_ON_A_VERB = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?:es|s)\\s+(?:if|the|a|an|any|all|whether|how|when|to|on|in|its|each|every|zero|one|true|"
                    + "false|only|no)\\b");

    /**
     * A kind of thing the sentences before named, after a platform or setting the fact is limited to ("On POSIX, the
     * function looks for…", "On Windows, the class…"): which function or class is left to them.
     */
    private static final Pattern UNNAMED_AFTER_A_SETTING = Pattern.compile(
            "^(?:On|In|Under|With|For) \\p{Lu}[\\p{L}\\p{N}/]*,\\s+the (?:function|class|method|module|object|command|"
                    + "rule|call|constructor|option|tool|program)s?\\s+\\p{Ll}");

    /**
     * A bare judgement that ends the sentence, with nothing said about what the thing does ("… is useful in many
     * situations.", "… has its downsides.", "… is a very smart viewer."), or a bare count ("There are 6 types of key
     * meta data."). A ranking of worth ("… are the essential part of …") is no key fact at all ({@code SentenceJudge}).
     */
    private static final Pattern BARE_JUDGEMENT = Pattern.compile(
            "\\b(?:is|are) (?:an? )?(?:very |quite |really |extremely )?(?:useful|helpful|handy|convenient|powerful|"
                    + "smart|great|nice|important)(?: \\p{Ll}+)?(?: in (?:many|some|most) (?:situations|cases))?[.!]"
                    + "|\\bha(?:s|ve) (?:its|their) (?:downsides|drawbacks|advantages|benefits|uses|limits|limitations)[.!]"
                    + "|^There (?:are|is) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) "
                    + "(?:\\S+\\s+){0,4}\\S+[.:]$");

    /**
     * A one-letter variable of a signature or an example the fact does not show ("…is not applied to the x value",
     * "…applied to x for the search step", "If x is 1 or 2, the first arm will match."): a fact led by its entry's
     * headword ("math.radians(x): Convert angle x…") names it itself.
     */
    private static final Pattern SIGNATURES_VARIABLE = Pattern.compile(
            "\\b(?:to|the|of|from|for|on|in|with) [b-hj-z](?: value| argument| parameter)?(?= [\\p{Ll}]|[.,;])"
                    + "|^(?:If|When|Since|Because|Once|Unless) [b-hj-z] (?:is|are|was|has|equals)\\b");

    /**
     * "That" pointing at a thing after a verb or preposition ("When you use that value…", "…in that case"): it leans on
     * the sentence before unless the fact itself named the thing first ("…on a channel, and everyone subscribed to that
     * channel…").
     */
    private static final Pattern THAT_THING = Pattern.compile(
            "\\b(?:use|uses|using|with|of|in|on|for|to|from|by) that (?!(?:is|are|was|were|can|will|has|have)\\b)(\\p{Ll}+)\\b");

    private static boolean pointsBackWithThat(String text) {
        Matcher that = THAT_THING.matcher(text);
        while (that.find()) {
            String thing = that.group(1);
            if (!Pattern.compile("\\b" + Pattern.quote(thing) + "\\b")
                    .matcher(text.substring(0, that.start()))
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** A caption or a heading left in the text: "How a shell … is created." is no statement, only its title. */
    private static final Pattern CAPTION = Pattern.compile("^How\\s[^?]*[.!]?$");

    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\d+]");
    /**
     * Words that make a clause: auxiliaries and modals, or a lower-case word with a verb's ending followed by what
     * begins the rest of a clause (not "and", "or", "of"): "allows only", "stores security", not "raw pointers."; or a
     * common verb after a plural subject ("Sets support…").
     */
    private static final Pattern FINITE_VERB = Pattern.compile(
            "\\b(?:is|are|was|were|be|been|has|have|had|can|cannot|could|may|might|must|will|would|should|shall|does|"
                    + "do|did|isn't|aren't|doesn't|don't|won't|can't|support|provide|use|allow|return|take|make|"
                    + "contain|accept|need|let|work|run|store|keep|hold|remember|require|mean|behave|implement|define|"
                    + "create|produce|share|point|refer|give|get|become|follow|include|consist|depend|belong|apply|"
                    + "match|change|describe|represent|determine|specify|wrap|capture|call|exist)\\b"
                    + "|(?<![\\p{L}\\p{N}_.-])\\p{Ll}{2,}(?:s|ed)\\s+(?!(?:and|or|of|nor|but)\\b)[\\p{Ll}\\p{N}_]");
    /** A relative clause or an aside in brackets: a verb there does not make the sentence a statement. */
    private static final Pattern SUBORDINATE =
            Pattern.compile("\\([^)]*\\)|\\b(?:that|which|who|whose|where|when)\\b[^,;:.]*");
    /**
     * A sentence that sends the reader elsewhere instead of teaching ("…are described in Command line…", "To write
     * extensions in C, read …", "The standard library API documentation for Mutex<T> … offers useful information.", "In
     * Section 1.4.2, two tips…"), or a chapter's announcement ("Tools and tips for … are described.").
     */
    private static final Pattern POINTS_ELSEWHERE = Pattern.compile(
            "\\b(?:described|documented|explained|covered|discussed|listed)\\s+(?:in|below|above|later)\\b"
                    + "|^To [^,]+, (?:read|see|consult|refer to|visit|check out)\\b"
                    + "|\\bAPI documentation\\b|\\boffers (?:useful|more|further) information\\b"
                    + "|\\bcheck (?:them|it) out\\b|\\bin (?:its|their|the) documentation\\b"
                    + "|\\b(?:is|are) (?:described|explained|discussed|covered|listed|presented|shown)\\.$"
                    + "|\\b[Ii]n (?:[Ss]ection|[Cc]hapter) \\d");

    /**
     * "This" or "these" standing alone for a thing said before ("…you can close the window with this."): no noun
     * follows that could say what it is.
     */
    private static final Pattern BARE_DEMONSTRATIVE = Pattern.compile("\\b(?:[Tt]his|[Tt]hese|[Tt]hose)(?=[.,;:!?)])");

    /**
     * A step or a retry of something the sentences before set out: "…and try again.", "…is the good first step.", a
     * setting picked in a tool the fact does not name ("Tick the box in the settings.", "…from the menu").
     */
    private static final Pattern STEP_OF_SOMETHING_UNSAID =
            Pattern.compile("\\b(?:try|run it|do it|start) again\\b|\\b(?:first|next|last|final) step[.!]$"
                    + "|\\b(?:in|from|under|on) the (?:settings|preferences|options|menu|dialog|toolbar|panel|tab)\\b"
                    + "|^(?:Select|Choose|Press|Navigate|Tick|Untick|Uncheck|Toggle|Enable|Disable|Go to)\\b");

    /**
     * A comparison whose other side is left to the sentences before: "A faster and more flexible way to … is …", "…
     * methods are preferred because…" (faster than what, preferred to what?). With "than", "to" or "over" it names
     * both.
     */
    private static final Pattern COMPARES_WITH_SOMETHING_UNSAID = Pattern.compile(
            "^(?:A|An) (?:\\p{Ll}+er|more \\p{Ll}+)(?: and (?:\\p{Ll}+er|more \\p{Ll}+))? (?:way|approach|method|solution|alternative|option)\\b"
                    + "|\\b(?:is|are) (?:usually |often |generally )?preferred\\b(?! (?:to|over)\\b)");

    private static final Pattern NAMES_BOTH_SIDES = Pattern.compile("\\bthan\\b");

    /**
     * A warning or announcement that says nothing the student could learn: "…sometimes X may cause errors.", "…you
     * should be careful about their limitations.", "There are two methods of doing X." (which two?), "Although X. But
     * Y." (a clause left without its sentence), "X differs a bit from what you may be used to" (how?). A count followed
     * by its list ("There are two ways…: A or B.") is kept.
     */
    private static final Pattern SAYS_NOTHING_TO_LEARN = Pattern.compile(
            "\\b(?:be careful|take care)\\b|\\b(?:may|might|can|could) cause (?:\\p{Ll}+ )?(?:errors|problems|issues|trouble)[.!]$"
                    + "|^There (?:are|is) (?:\\d+|two|three|four|five|six|several|many|various) (?:\\S+\\s+){0,2}"
                    + "(?:ways|methods|kinds|types|forms|approaches|options|reasons)\\b[^:;]*\\.$"
                    + "|^Although\\b[^,;]*[.!?]\\s|\\bdiffers? (?:a bit|a little|slightly|somewhat) from\\b");

    /**
     * A walk through an example rather than a fact about the subject: "In this case, the condition checks…", "…appear
     * in the terminal, as expected."
     */
    private static final Pattern WALKS_THROUGH_AN_EXAMPLE =
            Pattern.compile("\\b[Ii]n this (?:case|example|program|code|listing|run)\\b|\\bas expected\\b");

    /**
     * An entry led by a one-letter code ("L: A connection opened for listening", "l:width: Pad the words on the left",
     * "b: Binary format"): a flag, a format letter or a column's value, whose command or table only the heading names.
     */
    private static final Pattern ONE_LETTER_HEADWORD = Pattern.compile("^\\p{L}(?::\\S*)?:\\s");

    private static final Pattern ENDS = Pattern.compile("[.!?][)\"'’”]?$");
    /** A sentence cut off after a preposition ("…will look for the module code in."). */
    private static final Pattern CUT_OFF = Pattern.compile("\\b(?:in|on|of|to|for|with|at|by|from|into|the|a|an)\\.$");

    private AskableFact() {}

    /** Whether every curly opening quote is closed and straight double quotes come in pairs. */
    private static boolean balancedQuotes(String text) {
        long opening = text.chars().filter(c -> c == '“').count();
        long closing = text.chars().filter(c -> c == '”').count();
        long straight = text.chars().filter(c -> c == '"').count();
        return opening == closing && straight % 2 == 0;
    }

    private static boolean opensOnSomethingUnnamed(String text) {
        Matcher opening = DEFINITE_OPENING.matcher(text);
        return opening.lookingAt() && !NAMES_SOMETHING.matcher(opening.group(1)).find();
    }

    private static boolean comparesWithSomethingUnsaid(String text) {
        return COMPARES_WITH_SOMETHING_UNSAID.matcher(text).find()
                && !NAMES_BOTH_SIDES.matcher(text).find();
    }

    static boolean askable(String fact) {
        String text = fact.strip();
        return ENDS.matcher(text).find()
                && !CUT_OFF.matcher(text).find()
                && balancedQuotes(text)
                && !FOOTNOTE.matcher(text).find()
                && !CAPTION.matcher(text).find()
                && !UNNAMED_AFTER_A_SETTING.matcher(text).find()
                && !BARE_JUDGEMENT.matcher(text).find()
                && (ReferenceEntry.headword(text).isPresent()
                        || !SIGNATURES_VARIABLE.matcher(text).find())
                && FINITE_VERB.matcher(SUBORDINATE.matcher(text).replaceAll("")).find()
                && !POINTS_ELSEWHERE.matcher(text).find()
                && !POINTS_BACK.matcher(text).find()
                && !pointsBackWithThat(text)
                && !OPENS_ON_WHAT_CAME_BEFORE.matcher(text).find()
                && !QUALIFYING_OPENING.matcher(text).find()
                && !ABOUT_THE_PAGE.matcher(text).find()
                && !opensOnSomethingUnnamed(text)
                && !SUBJECTLESS.matcher(text).find()
                && !OPENS_ON_A_VERB.matcher(text).find()
                && !BARE_DEMONSTRATIVE.matcher(text).find()
                && !STEP_OF_SOMETHING_UNSAID.matcher(text).find()
                && !comparesWithSomethingUnsaid(text)
                && !SAYS_NOTHING_TO_LEARN.matcher(text).find()
                && !WALKS_THROUGH_AN_EXAMPLE.matcher(text).find()
                && !ONE_LETTER_HEADWORD.matcher(text).find();
    }
}
