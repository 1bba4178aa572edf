package studybot.facts;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues that a sentence is chatter: nothing in it is worth remembering as a fact. The rules are linguistic cues that
 * hold for any chatty technical book, not lists of one book's sentences: questions and exclamations, greetings and
 * discourse openers ("Right, so…", "Okay,"), the author speaking ("I", "let's"), asides about the reader's state of
 * mind ("you've probably…"), similes and metaphors ("like asking…", "the equivalent of"), slang and hyperbole, hedges,
 * talk about the book itself, and sentences too short to state anything. Speculation ("may be added"), narration of the
 * running example ("At the moment…", "on line 7") and instructions after an opening phrase are chatter. Markup or code
 * kept as text ({@link MarkupSource}), one run of the example told ({@link ExampleNarration}), praise alone
 * ({@link EmptyPraise}) and pointers to read elsewhere are chatter too.
 */
final class ChatterCues {

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
            "well",
            "hopefully");

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

    /** Sentences about languages other than the book's: "Many programming languages…", "Other languages may…". */
    private static final Pattern OTHER_LANGUAGES =
            Pattern.compile("(?:other|many|most|some) (?:other )?(?:programming )?languages\\b");

    /**
     * Speculation and wishes about what the subject might become rather than what it is: "other sequence types may be
     * added", "would also be useful", "should be configurable and ideally integrate better". "Might" is speculation
     * when it carries the main clause; after "that", "if", "because"… it states a possibility the sentence explains
     * ("indicate that operations might fail").
     */
    private static final Pattern SPECULATION =
            Pattern.compile("\\bmay (?:also )?be (?:added|removed|changed|extended|dropped)\\b|\\bin the future\\b"
                    + "|\\bwould (?:also )?be (?:nice|useful|helpful|good|great|better)\\b"
                    + "|\\b(?:some ?day|sooner or later)\\b|\\bshould\\b.*\\bideally\\b");

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

    /**
     * A platitude: a claim qualified only by unnamed occasions or reasons ("Using a tally viewer is interesting in
     * various circumstances.", "…is ideal for many people for a variety of reasons.") or that only says a task is hard
     * ("Checking that a tally balances can be tricky.", "…is complex and not easy to prove.").
     */
    private static final Pattern PLATITUDE = Pattern.compile("\\b(?:in|for) (?:various|many|several|a variety of"
            + "|a number of|certain) (?:circumstances|situations|reasons)\\.?$|\\bcan be (?:tricky|difficult|hard"
            + "|challenging)\\.?$|\\b(?:complex|difficult|hard) and not easy\\b");

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

    /** A colon after a verb or preposition that needs what follows: "The syntax is:", "…should be:". */
    static final Pattern INTRODUCES_WHAT_FOLLOWS = Pattern.compile(
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
    static final Pattern LIST_LEAD_IN = Pattern.compile(
            "\\b(?:following(?: \\p{L}+){0,6}?|these(?: \\p{L}+)?|that|as follows|below|either|whether)\\s*:\\s*$");

    /**
     * A colon after a count of what the list holds: "…in three steps:", "…takes two forms:". The lead-in says only how
     * many; its items often name their subject ("An absolute path is…") and are judged as any sentence.
     */
    private static final Pattern COUNTED_LEAD_IN = Pattern.compile("\\b(?:two|three|four|five|six|seven|eight|nine|ten"
            + "|several|a few|\\d+) (?:\\p{L}+ )?\\p{L}+s\\s*:\\s*$");

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

    private static final Pattern READER_ASIDE = Pattern.compile(
            "\\byou(?:'(?:ve|re|ll|d))?\\s+(?:have\\s+|had\\s+|will\\s+|would\\s+)?(?:probably|already|just|"
                    + "decided|realized|realised|heard|wondered|guess|know|chose|chosen|landed|"
                    + "standing|going to|gonna|notice|won't believe|might think|may think)\\b"
                    + "|^you (?:really )?want|\\b(?:if|when|whenever|unless|as|what|whatever|because) you (?:really )?want"
                    + "|\\byour life\\b|\\bthank you\\b|\\byou (?:will|might)\\b|\\byou may (?:encounter|run into|come across|be tempted)\\b"
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

    private ChatterCues() {}

    /**
     * Whether the sentence is chatter; {@code subjectGiven} when it is a definition whose headword is its subject, so
     * an opening verb is what the headword does, not an instruction ("--color: Specifies…", "list.clear(): Remove
     * all…").
     */
    static boolean chatter(String text, boolean subjectGiven) {
        String lower = Words.normalised(text);
        if (OTHER_LANGUAGES.matcher(lower).lookingAt()) {
            return true;
        }
        if (lower.indexOf('?') >= 0 || lower.indexOf('!') >= 0 || chattyOpener(lower) || fragment(text)) {
            return true;
        }
        List<String> words = Words.plain(ABBREVIATION.matcher(lower).replaceAll(""));
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
                || PLATITUDE.matcher(lower).find()
                || ExampleNarration.narrates(lower)
                || EmptyPraise.only(lower)
                || MarkupSource.shows(text)) {
            return true;
        }
        boolean introducesExample = lower.strip().endsWith(":")
                && (anyPhrase(spaced, LeaningCues.LEANING_PHRASES)
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
    static boolean fragment(String text) {
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

    static boolean chattyOpener(String lower) {
        String firstToken = Words.firstToken(lower);
        String first = Words.core(firstToken);
        if (first.isEmpty() || CHATTY_OPENERS.contains(first)) {
            return true;
        }
        boolean remarkStandsApart =
                firstToken.endsWith(",") || firstToken.endsWith(".") || Words.count(lower) < SentenceJudge.MIN_WORDS;
        return REMARKS.contains(first) && remarkStandsApart;
    }

    /** Whether the sentence speculates about what might be, rather than saying what is ({@link #SPECULATION}). */
    private static boolean speculates(String lower, List<String> words) {
        if (SPECULATION.matcher(lower).find()) {
            return true;
        }
        int might = words.indexOf("might");
        return might > 0 && words.subList(0, might).stream().noneMatch(SUBORDINATORS::contains);
    }
}
