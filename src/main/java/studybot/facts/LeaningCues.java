package studybot.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues that a sentence leans on the sentence before: it says something only next to it, so it is joined to it or left
 * out. A sentence leans on context when it opens with a pronoun or demonstrative ("It…", "This is why…", "They…") or
 * points back with "this", "these" or "those". It does not lean when what it points at is in the sentence itself: "…a
 * string literal; this string literal is…", "each line… the same amount", "It is possible to…", "Another key feature
 * is…". Conclusions ("is therefore 0"), relational nouns without their complement ("The difference becomes…") and
 * pronoun subjects after an opening phrase ("As marker traits, they…") lean, and so do a bare "The file is…" subject
 * ({@link BareDefiniteSubject}) and words pointing back from inside the sentence ({@link LeaningReferences}: "both"
 * without its pair, "that commit", "Others use…").
 */
final class LeaningCues {

    /** The most words after a colon that a forward-pointing "this" can name. */
    static final int MAX_NAMED_AHEAD = 4;

    static final Set<String> LEANING_OPENERS = Set.of(
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
            "consequently",
            "that's",
            "otherwise",
            "other");

    /** "String, for example, stores…": the sentence is an example of the one before it. */
    private static final Pattern AN_EXAMPLE_OF_WHAT_CAME_BEFORE =
            Pattern.compile("^[^,]{1,40}, (?:for example|for instance|e\\.g\\.|too|also),");

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
     * A pronoun or demonstrative as the subject of an opening clause ("If it doesn't…", "When this flag is set…", "Even
     * if they all try…"): nothing before it in the sentence can be what it stands for.
     */
    private static final Pattern PRONOUN_AFTER_SUBORDINATOR =
            Pattern.compile("(?:even if|if|when|each time|every time|any time|whenever|once|unless|because"
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

    /**
     * A place in something the sentence does not name, opening it: "At the beginning, …", "At the top, …". "At the
     * beginning of a transaction…" says where, and stands.
     */
    private static final Pattern PLACE_WITHOUT_ITS_WHOLE = Pattern.compile(
            "(?:at|in|from|near|towards?) the (?:very )?(?:beginning|end|start|top|bottom|middle)\\b(?! of\\b)");

    private static final Set<String> CONTRASTS = Set.of("however", "but", "yet", "still");

    /** Conclusions drawn from the sentence before: "The default level is therefore 0.", "…are consequently lost." */
    private static final Pattern CONCLUSION = Pattern.compile("\\b(?:therefore|thus|hence|consequently)\\b");

    /** Openers that give an example of the sentence before, or draw a conclusion from it. */
    static final List<String> LEANING_PHRASES = List.of(
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

    private static final Set<String> EXISTENTIAL =
            Set.of("is", "are", "was", "were", "will", "may", "might", "can", "could", "must", "should");

    private static final Set<String> THOSE_OF = Set.of("of", "who", "which", "that");

    /** "a similar approach": compares with something the sentence does not name, unless "to" or "as" names it. */
    private static final Set<String> ARTICLES_BEFORE_SIMILAR = Set.of("a", "the");

    /**
     * What names the other side of a comparison right after "similar" or its noun: "similar to…", "a similar list as…".
     */
    private static final Set<String> COMPARED_WITH = Set.of("to", "as");

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
     * Adjectives that presuppose something the sentence before named: "the underlying containers" (underlying what?),
     * "the original line", "the resulting sequence", "the requested operation". Not "actual": "the actual X" sets a
     * thing against its appearance ("The actual init command can be verified by…") and needs nothing before.
     */
    private static final Set<String> PRESUPPOSING_ADJECTIVES =
            Set.of("underlying", "original", "resulting", "requested", "intervening");

    /** Determiners before such an adjective: "the resulting sequence", "any intervening character". */
    private static final Set<String> PRESUPPOSING_DETERMINERS = Set.of("the", "any");

    /**
     * "There is no way to turn it off…", "There are no checks at runtime": what lacks it is the thing the sentence
     * before spoke of. Naming it ("There is no tally_reset function.") the sentence stands.
     */
    private static final Pattern NOTHING_OF_WHAT_CAME_BEFORE = Pattern.compile("there(?: is|'s| are) no\\b");

    /**
     * A word that names a thing in code or a proper name: "tally_reset", "ledger.open()", "Tally", "-n", or a word
     * without a vowel, which English does not write but programs' names do ("tlfd", "zftp").
     */
    private static final Pattern NAME_WORD = Pattern.compile("[_.()/$%-]|\\p{Lu}|\\d|^[\\p{Ll}&&[^aeiouy]]+$");

    /**
     * Words that, close after such a noun, name what it is taken from: "the actual parameters (arguments) to a call".
     */
    private static final Set<String> SOURCE_NAMERS = Set.of("of", "to", "from");

    /** How many words after the adjective may hold its noun and the word naming the source. */
    private static final int SOURCE_REACH = 4;

    private LeaningCues() {}

    /**
     * Whether a sentence leans on something only the sentence before names: a presupposing adjective
     * ({@link #presupposesItsSource}) or a lack of something without what lacks it ({@link #nothingOfWhatCameBefore}).
     * Asked of sentences alone, not of a definition after its headword: in "Q: Remove quotes from the resulting words."
     * the headword is what the words result from.
     */
    static boolean presupposesWhatCameBefore(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return presupposesItsSource(Words.plain(lower)) || nothingOfWhatCameBefore(text, lower);
    }

    /**
     * Whether "the" and a presupposing adjective ({@link #PRESUPPOSING_ADJECTIVES}) take up something the sentence does
     * not name: no "of/to/from" closely after ("the original designer of C++") and the noun not used earlier in the
     * sentence ("If you sort a list, the resulting list…").
     */
    private static boolean presupposesItsSource(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (PRESUPPOSING_DETERMINERS.contains(words.get(i)) && PRESUPPOSING_ADJECTIVES.contains(words.get(i + 1))) {
                List<String> after = words.subList(i + 2, Math.min(words.size(), i + 2 + SOURCE_REACH));
                if (after.stream().noneMatch(SOURCE_NAMERS::contains) && !namedEarlier(words, i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "However, you lose the exhaustive checking…", "But you can…": a contrast addressed to the reader is the other
     * side of a trade-off the sentence before set up.
     */
    static boolean answersWithTheReader(String raw, String text) {
        String contrast = Words.core(Words.normalised(Words.firstToken(raw)));
        return CONTRASTS.contains(contrast)
                && !text.equals(raw)
                && Words.normalised(text).startsWith("you ");
    }

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
        return Words.plain(lower.substring(0, end)).size();
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
    static boolean placeInASequence(String text) {
        List<String> words = Words.plain(text.toLowerCase(Locale.ROOT).replace('’', '\''));
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
     * Whether the sentence opens by saying that something is missing ({@link #NOTHING_OF_WHAT_CAME_BEFORE}) without
     * naming anything the lack belongs to: no word after the opening written as a name ({@link #NAME_WORD}).
     */
    private static boolean nothingOfWhatCameBefore(String text, String lower) {
        if (!NOTHING_OF_WHAT_CAME_BEFORE.matcher(lower).lookingAt()) {
            return false;
        }
        List<String> tokens = Words.tokens(text);
        return tokens.stream()
                .skip(1)
                .map(Words::withoutTrailingPunctuation)
                .noneMatch(token -> NAME_WORD.matcher(token).find());
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

    /**
     * Whether "this" or "these" points ahead, at a name after the sentence's colon ("…presents you with this checkbox…:
     * Cluster Mode."), rather than back at the sentence before.
     */
    private static boolean pointsAhead(String text, String word) {
        int colon = text.lastIndexOf(':');
        int at = text.toLowerCase(Locale.ROOT).indexOf(word + " ");
        return colon > 0 && at >= 0 && at < colon && Words.count(text.substring(colon + 1)) <= MAX_NAMED_AHEAD;
    }

    static boolean leans(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        String firstToken = Words.firstToken(lower);
        String first = Words.withoutTrailingPunctuation(firstToken);
        List<String> words = Words.plain(lower);
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
