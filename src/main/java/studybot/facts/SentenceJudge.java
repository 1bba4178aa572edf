package studybot.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts sentences into those that could be a key fact, those that lean on the sentence before, and chatter. The rules
 * are linguistic cues that hold for any chatty technical book, not lists of one book's sentences: questions and
 * exclamations, greetings and discourse openers ("Right, so…", "Okay,"), the author speaking ("I", "let's"), asides
 * about the reader's state of mind ("you've probably…"), similes and metaphors ("like asking…", "the equivalent of"),
 * slang and hyperbole, hedges, talk about the book itself, and sentences too short to state anything. A sentence leans
 * on context when it opens with a pronoun or demonstrative ("It…", "This is why…", "They…") or points back with "this",
 * "these" or "those". It does not lean when what it points at is in the sentence itself: "…a string literal; this
 * string literal is…", "each line… the same amount", "It is possible to…", "Another key feature is…". Speculation ("may
 * be added"), narration of the running example ("At the moment…", "on line 7") and instructions after an opening phrase
 * are chatter; conclusions ("is therefore 0"), relational nouns without their complement ("The difference becomes…")
 * and pronoun subjects after an opening phrase ("As marker traits, they…") lean. Markup or code kept as text
 * ({@link MarkupSource}), one run of the example told ({@link ExampleNarration}), praise alone ({@link EmptyPraise})
 * and pointers to read elsewhere are chatter too; a bare "The file is…" subject ({@link BareDefiniteSubject}) and words
 * pointing back from inside the sentence ({@link LeaningReferences}: "both" without its pair, "that commit", "Others
 * use…") lean.
 */
public final class SentenceJudge {

    /** Fewer words than this never make a fact on their own ("Good call.", "Blocking."). */
    static final int MIN_WORDS = 6;
    /** A leaning sentence this short can still complete the sentence before ("This is expensive."). */
    static final int MIN_WORDS_TO_JOIN = 3;
    /** The most words after a colon that a forward-pointing "this" can name. */
    static final int MAX_NAMED_AHEAD = 4;

    /** "i.e." and "e.g.": their letters are no words ("i" is not the author speaking). */
    private static final Pattern ABBREVIATION = Pattern.compile("\\b(?:i\\.e|e\\.g)\\.");
    /** "us" written in lower case; "US" in capitals is the country or a keyboard layout, not the author and reader. */
    private static final Pattern US_AS_PRONOUN = Pattern.compile("(?<![\\p{L}\\p{N}])[Uu]s(?![\\p{L}\\p{N}])");

    /** A first word that closes a quotation: the sentence is the second half of one the splitter cut. */
    private static final Pattern CLOSES_A_QUOTATION = Pattern.compile("[\\p{L}\\p{N}][^\\s\"“”]*[\"”](?:\\s|$)");

    /** Interjections and openers that start chatter whatever follows ("Right, so…", "Okay,", "Picture this"). */
    private static final Set<String> CHATTY_OPENERS = Set.of(
            "right",
            "alright",
            "okay",
            "ok",
            "hello",
            "hi",
            "hey",
            "welcome",
            "look",
            "listen",
            "honestly",
            "seriously",
            "spoiler",
            "picture",
            "imagine",
            "think",
            "forget",
            "trust",
            "yikes",
            "maybe",
            "perhaps",
            "just",
            "anyway",
            "oh",
            "wow",
            "ever",
            "nobody",
            "well");
    /** Evaluative words that are chatter when they stand as a remark of their own ("Good call.", "Simple, but…"). */
    private static final Set<String> REMARKS = Set.of(
            "good",
            "great",
            "nice",
            "excellent",
            "fun",
            "sure",
            "pretty",
            "simple",
            "chaos",
            "cool",
            "not",
            "exactly",
            "done",
            "perfect",
            "easy",
            "bad",
            "wrong",
            "true",
            "yes",
            "no");

    private static final Set<String> LEANING_OPENERS = Set.of(
            "this",
            "that",
            "these",
            "those",
            "it",
            "it's",
            "its",
            "they",
            "they're",
            "their",
            "them",
            "there's",
            "here",
            "here's",
            "such",
            "both",
            "neither",
            "either",
            "one",
            "another",
            "he",
            "she",
            "which",
            "thus",
            "hence",
            "therefore",
            "that's",
            "otherwise",
            "other");
    /** The author speaking: "I", "my", "let's", "we're". */
    private static final Set<String> FIRST_PERSON = Set.of(
            "i",
            "i'm",
            "i've",
            "i'll",
            "i'd",
            "me",
            "my",
            "mine",
            "myself",
            "we",
            "us",
            "we're",
            "we'll",
            "we've",
            "we'd",
            "let's",
            "our",
            "ourselves");
    /**
     * Verbs that open an instruction to the reader ("Install…", "Keep in mind…", "Create a file…"): steps to follow,
     * not facts to remember.
     */
    private static final Set<String> IMPERATIVES = Set.of(
            "install",
            "update",
            "create",
            "open",
            "reopen",
            "write",
            "run",
            "check",
            "look",
            "keep",
            "consider",
            "recall",
            "see",
            "try",
            "make",
            "add",
            "go",
            "type",
            "give",
            "edit",
            "remember",
            "take",
            "say",
            "suppose",
            "compare",
            "notice",
            "refuse",
            "do",
            "don't",
            "use",
            "let",
            "put",
            "change",
            "enter",
            "start",
            "stop",
            "restart",
            "visit",
            "read",
            "follow",
            "click",
            "choose",
            "pick",
            "define",
            "convert",
            "call",
            "set",
            "name",
            "specify",
            "avoid",
            "ensure",
            "observe",
            "assume",
            "imagine",
            "save",
            "select",
            "insert",
            "delete",
            "remove",
            "drop",
            "think",
            "search",
            "find",
            "refer",
            "consult",
            "be");
    /**
     * Pointers at something the sentence does not contain: an example, a listing, a table, a figure, another chapter.
     * The sentence only makes sense next to what it points at.
     */
    private static final Pattern NUMBERED_EXHIBIT = Pattern.compile(
            "\\b(?:table|figure|listing|example|chapter|appendix) (?:[a-z]-?)?\\d|\\b(?:on|at) lines? \\d",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> POINTER_PHRASES = List.of(
            "the following",
            "the followings",
            "as follows",
            "here is",
            "here are",
            "here's",
            "like this",
            "like so",
            "as shown",
            "shown above",
            "shown below",
            "see chapter",
            "see section",
            "see the",
            "in this chapter",
            "this chapter",
            "this section",
            "this appendix",
            "as you can see",
            "as you see",
            "as you saw",
            "as we",
            "in the example",
            "this example",
            "the example",
            "of course",
            "for more information",
            "for more detail",
            "for more details",
            "the above",
            "above",
            "below",
            "earlier",
            "later",
            "so far",
            "see",
            "for more on",
            "said that",
            "in practice",
            "is listed",
            "are listed",
            "need to know",
            "at the moment",
            "at this point",
            "at that point",
            "for now",
            "right now",
            "as of this writing",
            "at the time of writing",
            "learn more",
            "learning more");
    /** "String, for example, stores…": the sentence is an example of the one before it. */
    private static final Pattern AN_EXAMPLE_OF_WHAT_CAME_BEFORE =
            Pattern.compile("^[^,]{1,40}, (?:for example|for instance|e\\.g\\.|too|also),");
    /** Sentences about languages other than the book's: "Many programming languages…", "Other languages may…". */
    private static final Pattern OTHER_LANGUAGES =
            Pattern.compile("(?:other|many|most|some) (?:other )?(?:programming )?languages\\b");
    /**
     * Speculation and wishes about what the subject might become rather than what it is: "other sequence types may be
     * added", "would also be useful". "Might" is speculation when it carries the main clause; after "that", "if",
     * "because"… it states a possibility the sentence explains ("indicate that operations might fail").
     */
    private static final Pattern SPECULATION =
            Pattern.compile("\\bmay (?:also )?be (?:added|removed|changed|extended|dropped)\\b|\\bin the future\\b"
                    + "|\\bwould (?:also )?be (?:nice|useful|helpful|good|great|better)\\b"
                    + "|\\b(?:some ?day|sooner or later)\\b");
    /**
     * "There are many ways to restrict access to a service.": that several of something exist, and nothing about which;
     * the list after it names them. A colon or semicolon, "such as", "including" or "like" naming some is judged as
     * usual.
     */
    private static final Pattern SEVERAL_EXIST = Pattern.compile("there (?:are|exist) (?:many|several|various|numerous"
            + "|multiple|different|a few|a number of|lots of|plenty of) (?:\\p{L}+ )?(?:ways|methods|options|tools"
            + "|approaches|means|possibilities|techniques|solutions|alternatives|programs|packages|choices)\\b"
            + "(?![^:;]*(?:[:;]|\\bsuch as\\b|\\bincluding\\b|\\blike\\b))");
    /**
     * "…needs to be reminded here.", "…as explained here", "In many places, references are made to the numeric
     * argument.": the sentence talks about the document it is in.
     */
    private static final Pattern SAID_HERE = Pattern.compile("\\b(?:mentioned|explained|described|reminded|noted"
            + "|shown|listed|covered|discussed|presented|repeated|introduced|summari[sz]ed) here\\b"
            + "|\\breferences? (?:is|are) made to\\b");
    /**
     * A ranking of worth that states no fact: "Having a backup is more important than how good it is.", "Backups are
     * the essential part of administration.", "Logging is a key part of operations."
     */
    private static final Pattern WORTH_RANKING = Pattern.compile(
            "\\b(?:is|are) (?:much |far |even )?(?:more|less)"
                    + " important than\\b|\\b(?:is|are) (?:an? |the )?(?:most )?(?:essential|important|key|crucial|vital|integral) parts? of\\b");

    private static final Set<String> SUBORDINATORS = Set.of(
            "that",
            "if",
            "when",
            "whenever",
            "whether",
            "because",
            "so",
            "which",
            "who",
            "where",
            "unless",
            "why",
            "how",
            "since",
            "although",
            "though",
            "while",
            "what");
    /**
     * "It is possible to…", "It's good practice to…", "It is an error to…", "It is generally not safe to…": an "it"
     * that stands for the clause after it, not for something in the sentence before.
     */
    private static final Pattern EXPLETIVE_IT = Pattern.compile("it(?:'s| is| was)"
            + "(?: (?:not|also|often|usually|sometimes|generally|always)){0,2} (?:an? )?(?:possible|impossible|necessary"
            + "|unnecessary|legal|illegal|valid|invalid|safe|unsafe|error|good practice|common|customary|conventional"
            + "|recommended|required|allowed|important|convenient) (?:to|that|for|if|when)\\b");
    /**
     * A noun that needs its complement, opening a sentence without it: "The difference becomes significant…", "The
     * reason is simple." The complement is in the sentence before; "The difference between lists and tuples…" stands.
     */
    private static final Pattern RELATIONAL_OPENER = Pattern.compile("the (?:only |main |big |key |real )?"
            + "(?:difference|reason|problem|answer|advantage|benefit|drawback|downside|catch|solution|alternative"
            + "|effect|consequence|rest|remainder|outcome|equivalent|counterpart)s?\\b"
            + "(?! (?:of|between|for|with|to|in|that|from)\\b)");
    /**
     * The same after a prepositional opening phrase: "Under the new init system, the equivalent is enabled by…". The
     * phrase says where, not what the noun is related to.
     */
    private static final Pattern RELATIONAL_AFTER_OPENING_PHRASE = Pattern.compile("(?:in|on|under|with|for|within"
            + "|at|from|without) [^,]{1,60}, the (?:equivalent|counterpart|alternative|difference)s?\\b"
            + "(?! (?:of|between|for|with|to|in|that|from)\\b)");
    /**
     * Nouns that presuppose something stated before them unless an "of" says what: "One exception to the first line
     * rule…", "One example is…" ("One example of a trait with an associated type is…" stands).
     */
    private static final Set<String> PRESUPPOSING =
            Set.of("exception", "exceptions", "difference", "reason", "example", "examples");
    /**
     * A pronoun subject after an opening phrase that is no clause of its own: "As marker traits, they…", "In Python,
     * this…". After a clause with a subject ("When generators terminate, they…") the pronoun names that subject.
     */
    private static final Pattern PRONOUN_AFTER_OPENING_PHRASE = Pattern.compile(
            "(?:as|in|for|with|by|on|at|unlike|like|without|from|under|within|besides|compared to|compared with)"
                    + " [^,]{1,60}, (?:it|it's|its|they|they're|their|them|this|these|those|that|he|she)\\b");
    /**
     * An instruction after an opening phrase: "With the text in place, edit src/main.rs…". A purpose ("To check whether
     * a key is in the dictionary, use the in keyword.") says how something is done, and is not matched.
     */
    private static final Pattern INSTRUCTION_AFTER_OPENING_PHRASE = Pattern.compile("(?!to )[^,]{1,60}, (\\p{L}+)\\b");
    /**
     * An instruction that says what it is for: "Use cron to schedule tasks regularly.", "For machines that sleep,
     * install anacron to run the missed jobs." The tool and its purpose are what a reader remembers, as with a purpose
     * that opens the sentence; the opening may only say for which case. "Run" and "call" are left out: what a tutorial
     * runs is its own example ("Run the program a few times to see…"). "To" before a determiner is a destination ("Add
     * the line to the file."), not a purpose.
     */
    private static final Pattern INSTRUCTION_WITH_ITS_PURPOSE = Pattern.compile("(?:(?:for|if|when|unless|on|under)"
            + " [^,]{1,60}, )?(?:use|execute|invoke|install) [^,;:]*? to (?!(?:the|a|an|this|that|these|those|your|its|their|each|every|all|any"
            + "|some|no|be|it|them)\\b)\\p{L}+");

    private static final Pattern EXAMPLE_ANNOUNCEMENT = Pattern.compile("\\bthe following (?:code|example|program"
            + "|listing|snippet|recipe)\\b|\\bas another example\\b|\\blisting \\d|\\b(?:in )?this example\\b"
            + "|\\bconsider the (?:code|program|example)\\b");
    /**
     * A pronoun or demonstrative as the subject of an opening clause ("If it doesn't…", "When this flag is set…"):
     * nothing before it in the sentence can be what it stands for.
     */
    private static final Pattern PRONOUN_AFTER_SUBORDINATOR =
            Pattern.compile("(?:if|when|each time|every time|any time|whenever|once|unless|because"
                    + "|since|although|though|while|after|before|until) (?:it|it's|its|they|they're|their|them|this|these|those"
                    + "|he|she)\\b");
    /**
     * An object pronoun inside an opening clause that names nothing it could stand for ("If you do not like it, …",
     * "When you run them, …"): no determiner, so no noun, comes between the subordinator and the pronoun.
     */
    private static final Pattern OBJECT_PRONOUN_IN_OPENING_CLAUSE =
            Pattern.compile("(?:if|when|each time|every time|any time|whenever|once|unless"
                    + "|after|before|until|because|since|although|though|while) (?:(?!(?:a|an|the|this|that|these|those|each"
                    + "|every|any|some|your|their|its|his|her|our|my|no)\\b)[^\\s,;:]+ ){1,5}?(?:it|them)\\b(?! (?:is|was|easy"
                    + "|easier|possible|impossible|hard|harder|difficult|simple|simpler|clear|convenient|necessary|unnecessary"
                    + "|safe|useful|to)\\b)[^,;:]*,");
    /** "…can do so with Rust": an action only the sentence before names. */
    private static final Pattern PRO_VERB = Pattern.compile("\\b(?:do|does|did|doing|done) so\\b");
    /**
     * "It" or "them" as the object of the first clause's verb ("The browser sends it back", "You can modify it…"): an
     * object pronoun never stands for its own clause's subject. "Makes it easy to…" points ahead and stays.
     */
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("(?:[^\\s,;:]+ ){1,4}?(?:it|them)\\b(?! (?:is|was"
            + "|easy|easier|possible|impossible|hard|harder|difficult|simple|simpler|clear|convenient|necessary"
            + "|unnecessary|safe|useful|to)\\b)");
    /** "…have attributes, too:": the sentence adds to what the one before said. */
    private static final Pattern ADDITIVE_TOO = Pattern.compile(", too(?:[,.;:]|$)");
    /**
     * "Every other key stops the listing…", "All other options are…": the members the sentence before listed are the
     * ones it excepts. "…other than the first" names them.
     */
    private static final Pattern ALL_OTHERS = Pattern.compile("(?:every|any|all|each) other\\b(?!.*\\bthan\\b)");
    /** Words that open a phrase in which "that" can only be a demonstrative: "by that name", "of that type". */
    private static final Set<String> PREPOSITIONS =
            Set.of("by", "to", "of", "with", "for", "from", "on", "at", "in", "into", "about", "under", "over");
    /** Words before "the same" that make it reciprocal ("each line… the same amount"), not a pointer back. */
    private static final Set<String> DISTRIBUTIVES =
            Set.of("each", "every", "all", "two", "both", "multiple", "different", "other", "several", "many");

    /** A colon after a verb or preposition that needs what follows: "The syntax is:", "…should be:". */
    private static final Pattern INTRODUCES_WHAT_FOLLOWS = Pattern.compile(
            "\\b(?:is|are|was|were|be|include"
                    + "|includes|contains|like|as|of|with|to|by|the|a|an|on|in|for|from|about|into|at|between|among)\\s*:\\s*$");

    /**
     * A colon after a gerund saying how to do what the code after it shows: "…may also be assigned by writing:", "…can
     * be listed using:".
     */
    private static final Pattern MANNER_BEFORE_ITS_CODE = Pattern.compile(
            "\\b(?:by|using|with) (?:writing|typing|entering|running|calling|using|adding|giving|setting)\\s*:\\s*$"
                    + "|\\busing\\s*:\\s*$");

    /**
     * A colon after an indefinite quantity that the list after it names: "Some of the keys have a special meaning while
     * scrolling:", "Various extensions are supported:", "The module makes some commands available:". Which ones is what
     * the list says.
     */
    private static final Pattern QUANTITY_THE_LIST_NAMES =
            Pattern.compile("(?:some|various|several|certain)\\b[^:;]*:\\s*$");

    /** A colon after words that need the list that follows: "…the following:", "…except that:", "…as follows:". */
    private static final Pattern LIST_LEAD_IN = Pattern.compile(
            "\\b(?:following(?: \\p{L}+){0,6}?|these(?: \\p{L}+)?|that|as follows|below|either|whether)\\s*:\\s*$");

    /**
     * A colon after a count of what the list holds: "…in three steps:", "…takes two forms:". The lead-in says only how
     * many; its items often name their subject ("An absolute path is…") and are judged as any sentence.
     */
    private static final Pattern COUNTED_LEAD_IN = Pattern.compile("\\b(?:two|three|four|five|six|seven|eight|nine|ten"
            + "|several|a few|\\d+) (?:\\p{L}+ )?\\p{L}+s\\s*:\\s*$");

    /**
     * What a colon introduces when it is code, not a list: "The following example:", "…produces this output:", "…run
     * this command in a terminal:", "For example, …:". Except for an example, only the words just before the colon
     * count: a lead-in that mentions a command earlier ("Programs expect the sendmail command to work as:") still
     * introduces a list.
     */
    private static final Pattern INTRODUCES_CODE = Pattern.compile("\\bexamples?\\b|\\b(?:output|code|program|snippet"
            + "|listing|session|script|command|commands|recipe|equivalent)\\b(?:\\s+[^\\s:]+){0,4}\\s*:\\s*$");

    /**
     * A pointer to read elsewhere, after whatever opens the sentence: "If you wish to write a theme, refer to Theme
     * development.", "To learn the theory, consult the Friedl book." A purpose before it does not make it a fact.
     */
    private static final Pattern POINTER_INSTRUCTION =
            Pattern.compile("(?:^|[,;] )(?:please )?(?:refer to|consult)\\b");

    /**
     * "All command line options are described in Command line and environment.": the sentence says where something is
     * explained, not what it is.
     */
    private static final Pattern DESCRIBED_ELSEWHERE = Pattern.compile("\\b(?:is|are) (?:described|documented|explained"
            + "|covered|discussed)(?: (?:in more detail|in detail|further|fully))? (?:in|at|under)\\b");

    /**
     * "…running this command:", "…with these contents:": a sentence closing with a colon that names the code or output
     * after it with a demonstrative points at something it does not contain.
     */
    private static final Pattern EXHIBIT_AHEAD = Pattern.compile("\\b(?:this|these) (?:example|examples|output|code"
            + "|program|snippet|listing|session|script|command|commands|contents|lines?|file)\\b[^:]*:\\s*$");

    /**
     * The lines, example or step next to the sentence as its subject: "The next three lines set the configuration…",
     * "The previous example prints…". With an "of" it says what it is part of ("The first line of a docstring…").
     */
    private static final Pattern NEIGHBOURING_EXHIBIT = Pattern.compile("the (?:next|previous|preceding|following)"
            + "(?: \\p{L}+)? (?:lines?|examples?|listings?|snippets?|outputs?|commands?|code|steps?|paragraphs?)\\b"
            + "(?! of\\b)");

    /** A purpose opening a caption: "To rename the table orders:" (without a comma and the clause after it). */
    private static final Pattern PURPOSE_CAPTION = Pattern.compile("to \\p{L}+ [^,;]*:\\s*$");

    /**
     * A verb that takes the code after the colon as its object, after an opening phrase: "To stop the daemon cleanly,
     * use:", "If the journal is full, run:". Without its object the sentence says nothing.
     */
    private static final Pattern VERB_BEFORE_ITS_CODE = Pattern.compile(",\\s*(?:then |just |simply )?(?:use|run|type"
            + "|enter|execute|invoke|call|write|add|issue|specify|set|say|do|try)\\s*:\\s*$");

    /**
     * A purpose caption with a participle saying how instead of a clause: "To start the server, waiting until it
     * accepts connections:".
     */
    private static final Pattern PURPOSE_CAPTION_WITH_MANNER =
            Pattern.compile("to \\p{L}+ [^,;:]*, \\p{L}{2,}ing\\b[^;:]*:\\s*$");

    /**
     * A place in something the sentence does not name, opening it: "At the beginning, …", "At the top, …". "At the
     * beginning of a transaction…" says where, and stands.
     */
    private static final Pattern PLACE_WITHOUT_ITS_WHOLE = Pattern.compile(
            "(?:at|in|from|near|towards?) the (?:very )?(?:beginning|end|start|top|bottom|middle)\\b(?! of\\b)");

    private static final Set<String> CONTRASTS = Set.of("however", "but", "yet", "still");
    /** Conclusions drawn from the sentence before: "The default level is therefore 0." */
    private static final Pattern CONCLUSION = Pattern.compile("\\b(?:therefore|thus|hence)\\b");

    /**
     * Advice to the reader rather than a fact about the subject: "it's best to…", ", remember that…", "will become
     * increasingly important".
     */
    private static final List<String> ADVICE_PHRASES = List.of(
            "it's best to",
            "it is best to",
            "it's a good idea",
            "is a good idea",
            "increasingly important",
            "remember that",
            "keep in mind",
            "make sure");
    /** Openers that give an example of the sentence before, or draw a conclusion from it. */
    private static final List<String> LEANING_PHRASES = List.of(
            "for example",
            "for instance",
            "as such",
            "in this case",
            "in that case",
            "in that",
            "in such",
            "for this reason",
            "for this purpose",
            "to do this",
            "to do so",
            "in contrast",
            "similarly",
            "likewise",
            "conversely",
            "as a result",
            "as another",
            "on the other hand",
            "again",
            "alternatively",
            "the same",
            "the two",
            "the first",
            "the second",
            "the third",
            "the last",
            "the latter",
            "the former",
            "the statement",
            "the result",
            "the code",
            "the program",
            "the function",
            "the command",
            "the recipe");

    private static final Pattern READER_ASIDE = Pattern.compile(
            "\\byou(?:'(?:ve|re|ll|d))?\\s+(?:have\\s+|had\\s+|will\\s+|would\\s+)?(?:probably|already|just|"
                    + "decided|realized|realised|heard|wondered|guess|know|chose|chosen|landed|"
                    + "standing|going to|gonna|notice|won't believe|might think|may think)\\b"
                    + "|^you (?:really )?want|\\b(?:if|when|whenever|unless|as|what|whatever|because) you (?:really )?want"
                    + "|\\byour life\\b|\\bthank you\\b|\\byou (?:will|might)\\b|\\byou may (?:encounter|run into|come across)\\b"
                    + "|\\byou'(?:ll|d)\\b|\\byou're \\p{L}+ing\\b|\\byou've (?!got\\b)\\p{L}+"
                    + "|(?:^|[,;] )you have (?:now |just |already |not |never )?(?:\\p{L}+ed|done|made|seen|written|run|set|put|got"
                    + "|given|taken|chosen)\\b");
    /** Asides to the reader that need no "you" to be recognised. */
    private static final List<String> ASIDE_PHRASES =
            List.of("dear reader", "trust me", "thank goodness", "if not", "no offense", "no offence", "let us");

    private static final Pattern SIMILE = Pattern.compile(
            "(?<!\\bacts? )(?<!\\bbehaves? )\\blike (?:a|an|the|two|some|someone|something|it's|you're|asking|\\p{L}+ing)\\b"
                    + "|\\bequivalent of\\b|\\bthink of (?:it|this|them) as\\b|\\bthe difference between\\b"
                    + "|\\bas if\\b|\\bas though\\b|\\bkind of like\\b|\\bsort of like\\b|\\bin a box\\b|-in-a-box\\b");
    /** Cheap substrings without which {@link #SIMILE} cannot match: most sentences skip the regex. */
    private static final List<String> SIMILE_TRIGGERS =
            List.of("like ", "equivalent", "think of", "difference", "as if", "as though", "in a box", "in-a-box");
    /** Slang, jokes' vocabulary and hyperbolic intensifiers. */
    private static final Set<String> SLANG = Set.of(
            "damn",
            "hell",
            "heck",
            "crap",
            "suck",
            "sucks",
            "stupid",
            "dumb",
            "magic",
            "magical",
            "nightmare",
            "yikes",
            "awesome",
            "neat",
            "crazy",
            "insane",
            "goodness",
            "dude",
            "folks",
            "buddy",
            "friend",
            "love",
            "hero",
            "ridiculously",
            "insanely",
            "shockingly",
            "stupidly",
            "absurdly",
            "blazingly",
            "incredibly",
            "amazingly",
            "beautifully",
            "hilariously",
            "utterly",
            "enemy",
            "villain",
            "nemesis",
            "monster");
    /** Human acts and feelings given to things: personification ("the file system finally admits…"). */
    private static final Set<String> PERSONIFICATION = Set.of(
            "admit",
            "admits",
            "hate",
            "hates",
            "loves",
            "cries",
            "cry",
            "complain",
            "complains",
            "pretend",
            "pretends",
            "beg",
            "begs",
            "whine",
            "whines",
            "panic",
            "panics",
            "sulk",
            "sulks",
            "gossip",
            "gossips",
            "scream",
            "screams",
            "shout",
            "shouts",
            "shouting",
            "judge",
            "thank",
            "thanks");

    private static final List<String> PERSONIFICATION_PHRASES = List.of("decides to", "decide to", "take a nap");
    private static final Set<String> HEDGES =
            Set.of("probably", "maybe", "perhaps", "basically", "kinda", "sorta", "mostly");
    private static final List<String> HEDGE_PHRASES = List.of("pretty much", "more or less");
    /** Talk about the book or the talk itself. */
    private static final List<String> META_PHRASES = List.of("talk about", "going to talk", "let me", "in this part");

    private static final Set<String> POINTERS = Set.of("this", "the next", "next", "last", "previous");
    private static final Set<String> BOOK_PARTS = Set.of(
            "chapter",
            "chapters",
            "section",
            "sections",
            "book",
            "page",
            "pages",
            "tutorial",
            "guide",
            "manual",
            "document",
            "article");
    private static final Set<String> EXISTENTIAL =
            Set.of("is", "are", "was", "were", "will", "may", "might", "can", "could", "must", "should");
    private static final Set<String> THOSE_OF = Set.of("of", "who", "which", "that");

    /** The verdict on one sentence, judged after its leading connectives are dropped. */
    public Verdict judge(String sentence) {
        if (MarkupSource.shows(sentence)) {
            return Verdict.CHATTER;
        }
        String raw = Asides.withoutIntensifiers(Asides.drop(sentence.strip()));
        String text = Connectives.drop(raw);
        Optional<String> definition = Definitions.definitionOf(text);
        if (definition.isPresent()) {
            return judgeDefinition(raw, text, definition.get());
        }
        if (chattyOpener(normalised(raw)) || fragment(raw) || chatter(text, false)) {
            return Verdict.CHATTER;
        }
        if (!text.equals(raw) && chattyOpener(normalised(text))) {
            return Verdict.CHATTER;
        }
        if (leans(text)
                || placeInASequence(text)
                || answersWithTheReader(raw, text)
                || Definitions.headless(text)
                || !Definitions.ledByHeadword(text) && ReferenceEntries.leansOnEntry(text)) {
            return Verdict.LEANS_ON_CONTEXT;
        }
        return Words.count(text) < MIN_WORDS ? Verdict.CHATTER : Verdict.STANDS_ALONE;
    }

    /**
     * A headword with its definition ("list.append(x): Add an item…"): the definition is judged as what the headword
     * does or is, so a verb opening it is no instruction to the reader; the headword counts towards its length.
     */
    private static Verdict judgeDefinition(String raw, String text, String definition) {
        if (fragment(raw) || chatter(definition, true)) {
            return Verdict.CHATTER;
        }
        if (leans(definition)) {
            return Verdict.LEANS_ON_CONTEXT;
        }
        return Words.count(text) < MIN_WORDS ? Verdict.CHATTER : Verdict.STANDS_ALONE;
    }

    /**
     * "However, you lose the exhaustive checking…", "But you can…": a contrast addressed to the reader is the other
     * side of a trade-off the sentence before set up.
     */
    private static boolean answersWithTheReader(String raw, String text) {
        String contrast = Words.core(normalised(Words.firstToken(raw)));
        return CONTRASTS.contains(contrast)
                && !text.equals(raw)
                && normalised(text).startsWith("you ");
    }

    /**
     * Whether the sentence announces the running example ("As another example, the following code is taken from an
     * audio decoder."): the rest of its paragraph describes that example (its variables, its algorithm, what it
     * prints), not the subject.
     */
    boolean announcesExample(String sentence) {
        return EXAMPLE_ANNOUNCEMENT.matcher(normalised(sentence)).find();
    }

    /**
     * Whether the sentence closes with a colon that announces a list ("…work as subprocess.Popen, except that:", "…the
     * following method:", "…may set limits on:"): the items after it are what it says, and lean on it.
     */
    boolean introducesList(String sentence) {
        String lower = normalised(sentence.strip());
        return (LIST_LEAD_IN.matcher(lower).find()
                        || INTRODUCES_WHAT_FOLLOWS.matcher(lower).find())
                && !INTRODUCES_CODE.matcher(lower).find();
    }

    /** Whether a sentence that leans on the one before is still worth joining to it: no chatter, not too short. */
    boolean joinable(String sentence) {
        String text = Connectives.drop(Asides.drop(sentence.strip()));
        return !chatter(text, false) && Words.count(text) >= MIN_WORDS_TO_JOIN;
    }

    /** Whether the sentence opens with a pronoun or demonstrative ("It…", "This is why…"), after its connectives. */
    boolean opensWithPronoun(String sentence) {
        String lower = Connectives.drop(Asides.drop(sentence.strip()))
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        return LEANING_OPENERS.contains(withoutTrailingPunctuation(Words.firstToken(lower)));
    }

    /**
     * Whether the sentence is chatter; {@code subjectGiven} when it is a definition whose headword is its subject, so
     * an opening verb is what the headword does, not an instruction ("--color: Specifies…", "list.clear(): Remove
     * all…").
     */
    private static boolean chatter(String text, boolean subjectGiven) {
        String lower = normalised(text);
        if (OTHER_LANGUAGES.matcher(lower).lookingAt()) {
            return true;
        }
        if (lower.indexOf('?') >= 0 || lower.indexOf('!') >= 0 || chattyOpener(lower) || fragment(text)) {
            return true;
        }
        List<String> words = words(ABBREVIATION.matcher(lower).replaceAll(""));
        String spaced = " " + String.join(" ", words) + " ";
        for (String word : words) {
            if (FIRST_PERSON.contains(word)
                            && !(word.equals("us")
                                    && !US_AS_PRONOUN.matcher(text).find())
                    || SLANG.contains(word)
                    || PERSONIFICATION.contains(word)
                    || HEDGES.contains(word)) {
                return true;
            }
        }
        Matcher instruction = INSTRUCTION_AFTER_OPENING_PHRASE.matcher(lower);
        boolean instructs =
                !subjectGiven && !INSTRUCTION_WITH_ITS_PURPOSE.matcher(lower).lookingAt();
        if (instructs && instruction.lookingAt() && IMPERATIVES.contains(instruction.group(1))) {
            return true;
        }
        if (INTRODUCES_WHAT_FOLLOWS.matcher(lower).find()
                || LIST_LEAD_IN.matcher(lower).find()
                || MANNER_BEFORE_ITS_CODE.matcher(lower).find()
                || QUANTITY_THE_LIST_NAMES.matcher(lower).lookingAt()
                || COUNTED_LEAD_IN.matcher(lower).find()
                || caption(lower)
                || EXHIBIT_AHEAD.matcher(lower).find()
                || NEIGHBOURING_EXHIBIT.matcher(lower).lookingAt()
                || POINTER_INSTRUCTION.matcher(lower).find()
                || DESCRIBED_ELSEWHERE.matcher(lower).find()
                || SEVERAL_EXIST.matcher(lower).lookingAt()
                || SAID_HERE.matcher(lower).find()
                || WORTH_RANKING.matcher(lower).find()
                || ExampleNarration.narrates(lower)
                || EmptyPraise.only(lower)
                || MarkupSource.shows(text)) {
            return true;
        }
        boolean introducesExample = lower.strip().endsWith(":")
                && (anyPhrase(spaced, LEANING_PHRASES)
                        || spaced.contains(" example ")
                        || spaced.contains(" instance "));
        if (introducesExample
                || instructs && IMPERATIVES.contains(words.isEmpty() ? "" : words.get(0))
                || anyPhrase(spaced, POINTER_PHRASES)
                || NUMBERED_EXHIBIT.matcher(lower).find()) {
            return true;
        }
        if (anyPhrase(spaced, ASIDE_PHRASES)
                || anyPhrase(spaced, PERSONIFICATION_PHRASES)
                || anyPhrase(spaced, HEDGE_PHRASES)
                || anyPhrase(spaced, META_PHRASES)
                || anyPhrase(spaced, ADVICE_PHRASES)
                || aboutTheBook(words)) {
            return true;
        }
        if (lower.contains("you") && READER_ASIDE.matcher(lower).find()) {
            return true;
        }
        if (speculates(lower, words)) {
            return true;
        }
        for (String trigger : SIMILE_TRIGGERS) {
            if (lower.contains(trigger)) {
                return SIMILE.matcher(lower).find();
            }
        }
        return false;
    }

    /**
     * A caption over an example: a phrase closing with a colon without a finite verb, opening with a gerund ("Using
     * json.tool from the shell to validate and pretty-print:", "Encoding basic Python object hierarchies:") or a
     * purpose with no clause after it ("To change the owner of the table orders to joe:"), which the example completes;
     * also a purpose with a participle ("To start the server, waiting until…:") and a verb whose object is the code
     * after the colon ("To stop the daemon, use:").
     */
    private static boolean caption(String lower) {
        String first = Words.core(Words.firstToken(lower));
        if (PURPOSE_CAPTION_WITH_MANNER.matcher(lower).lookingAt()
                || VERB_BEFORE_ITS_CODE.matcher(lower).find()) {
            return true;
        }
        return lower.strip().endsWith(":")
                && (first.length() > 4 && first.endsWith("ing")
                        || PURPOSE_CAPTION.matcher(lower).lookingAt())
                && !Definitions.hasFiniteVerb(lower);
    }

    /**
     * Not a whole sentence: a list item or a label (no closing punctuation; a closing quote closes only after a stop:
     * "…appended in "debian/changelog"" is an item), an aside in brackets or half of one, the second half of a
     * quotation (its first word closes a quote: "Sources" → click…"), or the tail of a sentence the book broke (opens
     * in lower case with a common word). A sentence that ends with a colon is whole if it points at nothing
     * ({@link #POINTER_PHRASES}): "The dict() constructor builds dictionaries from pairs:".
     */
    private static boolean fragment(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return true;
        }
        char last = stripped.charAt(stripped.length() - 1);
        if (stripped.length() < 2
                || ".:)\"”’'".indexOf(last) < 0
                || last == ')' && ".!?".indexOf(stripped.charAt(stripped.length() - 2)) < 0
                || "\"”’'".indexOf(last) >= 0 && ".!?:".indexOf(stripped.charAt(stripped.length() - 2)) < 0
                || CLOSES_A_QUOTATION.matcher(stripped).lookingAt()
                || stripped.charAt(0) == '('
                || stripped.chars().filter(c -> c == '(').count()
                        != stripped.chars().filter(c -> c == ')').count()) {
            return true;
        }
        String first = Words.core(Words.firstToken(stripped));
        return !first.isEmpty()
                && Character.isLowerCase(first.charAt(0))
                && (EnglishWords.COMMON.contains(first)
                        || CONTINUATIONS.contains(first)
                        || first.equals("program")
                        || first.equals("statement"));
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    private static boolean aboutTheBook(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (POINTERS.contains(words.get(i)) && BOOK_PARTS.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code spaced} (words joined by single spaces, with a space at each end) has one of the phrases. */
    private static boolean anyPhrase(String spaced, List<String> phrases) {
        for (String phrase : phrases) {
            int at = spaced.indexOf(phrase);
            if (at > 0 && spaced.charAt(at - 1) == ' ' && spaced.charAt(at + phrase.length()) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words: letters, digits and apostrophes; anything else separates. */
    private static List<String> words(String lower) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean inWord = i < lower.length()
                    && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '\'' && start >= 0);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean chattyOpener(String lower) {
        String firstToken = Words.firstToken(lower);
        String first = Words.core(firstToken);
        if (first.isEmpty() || CHATTY_OPENERS.contains(first)) {
            return true;
        }
        boolean remarkStandsApart =
                firstToken.endsWith(",") || firstToken.endsWith(".") || Words.count(lower) < MIN_WORDS;
        return REMARKS.contains(first) && remarkStandsApart;
    }

    /** The token without the commas, semicolons, colons and full stops it ends with. */
    private static String withoutTrailingPunctuation(String token) {
        int end = token.length();
        while (end > 0 && ",;:.".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(0, end);
    }

    /** "a similar approach": compares with something the sentence does not name, unless "to" or "as" names it. */
    private static final Set<String> ARTICLES_BEFORE_SIMILAR = Set.of("a", "the");
    /**
     * What names the other side of a comparison right after "similar" or its noun: "similar to…", "a similar list as…".
     */
    private static final Set<String> COMPARED_WITH = Set.of("to", "as");
    /**
     * Words that continue a sentence and never open one in lower case: a sentence the book broke ("except when the
     * format includes…").
     */
    private static final Set<String> CONTINUATIONS = Set.of(
            "except",
            "unless",
            "whereas",
            "although",
            "though",
            "which",
            "while",
            "because",
            "than",
            "then",
            "and",
            "or",
            "but",
            "nor");
    /**
     * A place in a sequence the sentence before laid out, opening the sentence: "The next three columns list…", "The
     * final column shows…". With an "of" it says what it is part of ("The final element of a tuple…").
     */
    private static final Set<String> POSITIONS = Set.of("the final", "the next", "the remaining");

    /** Ordinals that lean unless an "of" gives what they count in: "The first statement of the body…". */
    private static final Set<String> ORDINALS =
            Set.of("the first", "the second", "the third", "the last", "the final", "the next", "the remaining");
    /** Nouns of the running program that lean unless the book writes them as a name: "The Result enum…". */
    private static final Set<String> PROGRAM_NOUNS =
            Set.of("the result", "the code", "the program", "the function", "the command", "the statement");
    /** What "the one" may take after it to name what it stands for in the same sentence: "…will be the one from…". */
    private static final Set<String> ONE_COMPLEMENTS = Set.of("of", "from", "that", "which", "who");

    /**
     * Whether a sentence opening with a leaning phrase still says what it refers to: an ordinal with its "of", or a
     * program noun written as a name.
     */
    private static boolean namesItsReference(String text, String phrase, List<String> words) {
        if (ORDINALS.contains(phrase)) {
            return words.size() > 4
                    && (words.get(3).equals("of") || words.get(4).equals("of"));
        }
        if (PROGRAM_NOUNS.contains(phrase)) {
            String noun = Words.firstToken(
                    text.strip().substring(Words.firstToken(text).length()));
            return Character.isUpperCase(noun.charAt(0));
        }
        return false;
    }

    /**
     * Whether "one" or "another" opening a sentence is a determiner ("Another useful data type is…", "One particular
     * module…"), which names what it counts, rather than a pronoun ("Another is…", "One of them…").
     */
    private static boolean determiner(String first, String firstToken, List<String> words) {
        if (!first.equals("one") && !first.equals("another") || !first.equals(firstToken) || words.size() < 2) {
            return false;
        }
        String next = words.get(1);
        boolean presupposes = PRESUPPOSING.contains(next)
                && !(words.size() > 2 && words.get(2).equals("of"));
        return !next.equals("of") && !EnglishWords.COMMON.contains(next) && !presupposes;
    }

    /**
     * How many words come before the sentence's first semicolon, colon, bracket or dash: a demonstrative after one of
     * them names something in the same sentence ("…a string literal; this string literal is…", "…Rc&lt;T&gt;: this
     * cannot be Send").
     */
    private static int wordsBeforeClauseBreak(String lower) {
        int end = lower.length();
        for (String mark : List.of(";", ":", "(", "—", " - ")) {
            int at = lower.indexOf(mark);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return words(lower.substring(0, end)).size();
    }

    /**
     * Whether the noun after the demonstrative at {@code i} was named earlier in the sentence ("…by some of these
     * definitions").
     */
    private static boolean namedEarlier(List<String> words, int i) {
        for (int n = i + 1; n < Math.min(words.size(), i + 3); n++) {
            String noun = words.get(n);
            if (EnglishWords.COMMON.contains(noun)) {
                continue;
            }
            for (String earlier : words.subList(0, i)) {
                if (Words.sameWord(earlier, noun)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with a place in a sequence the sentence before laid out ({@link #POSITIONS}). Only a
     * sentence: a definition's "The final path component, without its suffix." describes its headword, and "The next
     * time you build, …" is a time, not a place.
     */
    private static boolean placeInASequence(String text) {
        List<String> words = words(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        String spaced = " " + String.join(" ", words) + " ";
        for (String phrase : POSITIONS) {
            if (spaced.startsWith(" " + phrase + " ")
                    && !spaced.startsWith(" " + phrase + " time ")
                    && !namesItsReference(text, phrase, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with "Instead": what it says replaces something the sentence before said ("Instead,
     * the style should be used."). "Instead of X, …" names what it replaces.
     */
    private static boolean replacesWhatCameBefore(List<String> words) {
        return words.size() > 1
                && words.get(0).equals("instead")
                && !words.get(1).equals("of");
    }

    /**
     * Whether "therefore", "thus" or "hence" draws a conclusion from the sentence before ("The default is therefore
     * 0."), rather than from the sentence's own first clause ("…, and thus result in -9").
     */
    private static boolean concludes(String lower) {
        Matcher conclusion = CONCLUSION.matcher(lower);
        while (conclusion.find()) {
            String before = lower.substring(0, conclusion.start()).stripTrailing();
            boolean joinsAClause = before.isEmpty()
                    || before.endsWith(",")
                    || before.endsWith(";")
                    || before.endsWith(":")
                    || before.endsWith(" and")
                    || before.endsWith(" or");
            if (!joinsAClause) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence speculates about what might be, rather than saying what is ({@link #SPECULATION}). */
    private static boolean speculates(String lower, List<String> words) {
        if (SPECULATION.matcher(lower).find()) {
            return true;
        }
        int might = words.indexOf("might");
        return might > 0 && words.subList(0, might).stream().noneMatch(SUBORDINATORS::contains);
    }

    /**
     * Whether "this" or "these" points ahead, at a name after the sentence's colon ("…presents you with this checkbox…:
     * Cluster Mode."), rather than back at the sentence before.
     */
    private static boolean pointsAhead(String text, String word) {
        int colon = text.lastIndexOf(':');
        int at = text.toLowerCase(Locale.ROOT).indexOf(word + " ");
        return colon > 0 && at >= 0 && at < colon && Words.count(text.substring(colon + 1)) <= MAX_NAMED_AHEAD;
    }

    private static boolean leans(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        String firstToken = Words.firstToken(lower);
        String first = withoutTrailingPunctuation(firstToken);
        List<String> words = words(lower);
        List<String> marked = Words.marked(lower);
        if (LEANING_OPENERS.contains(first)
                && !EXPLETIVE_IT.matcher(lower).lookingAt()
                && !determiner(first, firstToken, words)
                && !(first.equals("both") && !LeaningReferences.bothWithoutItsPair(marked, 0))) {
            return true;
        }
        if (LeaningReferences.leans(marked) || replacesWhatCameBefore(words)) {
            return true;
        }
        String spaced = " " + String.join(" ", words) + " ";
        for (String phrase : LEANING_PHRASES) {
            if (spaced.startsWith(" " + phrase + " ")
                    && !(lower.startsWith(phrase + "-") && PROGRAM_NOUNS.contains(phrase))
                    && !namesItsReference(text, phrase, words)) {
                return true;
            }
        }
        if (PRONOUN_AFTER_SUBORDINATOR.matcher(lower).lookingAt()
                || BareDefiniteSubject.opens(lower)
                || OBJECT_PRONOUN.matcher(lower).lookingAt()
                || OBJECT_PRONOUN_IN_OPENING_CLAUSE.matcher(lower).lookingAt()
                || PRO_VERB.matcher(lower).find()) {
            return true;
        }
        if (AN_EXAMPLE_OF_WHAT_CAME_BEFORE.matcher(lower).find()
                || RELATIONAL_OPENER.matcher(lower).lookingAt()
                || RELATIONAL_AFTER_OPENING_PHRASE.matcher(lower).lookingAt()
                || PLACE_WITHOUT_ITS_WHOLE.matcher(lower).lookingAt()
                || PRONOUN_AFTER_OPENING_PHRASE.matcher(lower).lookingAt()
                || ADDITIVE_TOO.matcher(lower).find()
                || ALL_OTHERS.matcher(lower).lookingAt()
                || concludes(lower)) {
            return true;
        }
        int inside = wordsBeforeClauseBreak(lower);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            boolean internal = i >= inside || namedEarlier(words, i);
            boolean pointsBack = switch (word) {
                case "this", "these" -> !pointsAhead(text, word) && !internal;
                case "here" -> true;
                case "those" -> !THOSE_OF.contains(next) && !internal;
                case "that" ->
                    i > 0
                            && PREPOSITIONS.contains(words.get(i - 1))
                            && !next.isEmpty()
                            && !next.equals("of")
                            && !EnglishWords.COMMON.contains(next)
                            && !internal;
                case "such" -> !next.equals("as") && !next.equals("that");
                case "similar" ->
                    i > 0
                            && ARTICLES_BEFORE_SIMILAR.contains(words.get(i - 1))
                            && !COMPARED_WITH.contains(next)
                            && !(i + 2 < words.size() && COMPARED_WITH.contains(words.get(i + 2)))
                            && words.subList(0, i).stream().noneMatch(DISTRIBUTIVES::contains);
                case "two", "three", "both" ->
                    i > 0 && words.get(i - 1).equals("the") && (next.isEmpty() || EnglishWords.COMMON.contains(next));
                case "same" ->
                    i > 0
                            && words.get(i - 1).equals("the")
                            && !words.subList(i, words.size()).contains("as")
                            && !words.subList(i, Math.min(words.size(), i + 4)).contains("that")
                            && words.subList(0, i).stream().noneMatch(DISTRIBUTIVES::contains);
                case "there" -> !EXISTENTIAL.contains(next);
                case "the" ->
                    next.equals("other")
                            || next.equals("former")
                            || next.equals("latter")
                            || next.equals("one")
                                    && !(i > 2 && i + 2 < words.size() && ONE_COMPLEMENTS.contains(words.get(i + 2)))
                            || i + 2 < words.size() && words.get(i + 2).equals("one");
                default -> false;
            };
            if (pointsBack) {
                return true;
            }
        }
        return false;
    }
}
