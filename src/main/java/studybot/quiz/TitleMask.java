package studybot.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks a section title's words in a fact, so a "which section says this?" question does not give its answer away.
 * Every form of every title word of three letters or more (other than minor words and modal verbs) is masked, and every
 * word the title writes in lower case as code ("if let", "pip", a title opening "for Statements"), whatever its length:
 * the parts of slashed and hyphenated words ("Pub/Sub"), inflections (a word is masked wherever a word starts with its
 * root: "Raising" masks "raise", "Dates" masks "date"), the acronym of consecutive title words ("Genetic Algorithms"
 * masks "GA"), the expansion of a title acronym ("VPC" masks "Virtual Private Cloud"; "APIs" masks "Application
 * Programming Interface") and of a numeronym ("I18N" masks "internationalization"); a possessive title word is a form
 * of its word ("Git’s" masks "git"). The patterns are compiled once per title word of the book and shared by all the
 * facts of its sections.
 *
 * <p>{@link #question} also says whether the masked fact is still worth asking: no root of a title word may show
 * anywhere (not even inside an identifier such as {@code suppress_redundant_updates_trigger}, a dotted name such as
 * {@code string.printable} or a hyphenated one such as "inter-thread" beside "Multi-threading"), nor a word that is a
 * title word, or a title word without its plural or "-ing" ending, but for a short ending ("/proc" beside "procfs",
 * "Err" beside "Errors", "wrap" beside "Wrapping"), nor a part of four letters or more that a title word starts with
 * inside a name in capitals or with underscores ("NULL_GLOB" beside "Globbing", "HISTSIZE" beside "History"), and the
 * fact must stay readable and distinctive: at most {@value #MAX_MASKS} masks, on at most a quarter of its words.
 */
final class TitleMask implements MaskedTitle {

    static final String MASK = "▢▢▢";
    static final int MAX_MASKS = 3;
    private static final int MIN_ROOT = 3;
    private static final int ROOT_PREFIX = 5;
    private static final int MAX_ACRONYM = 5;
    private static final Pattern TITLE_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");
    /** A possessive ending: "Git’s" is a form of "Git", whose forms the mask must find ("git", "Git"). */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** An acronym's plural ("APIs"), whose expansion is masked as the acronym's. */
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");

    /**
     * A lower-case title word that may be an ordinary word of a sentence-case title ("A birds-eye view of Git’s source
     * code"): besides the word itself, as code, its other forms are masked ("sources", "Views").
     */
    private static final Pattern SENTENCE_CASE_WORD = Pattern.compile("\\p{Ll}{4,}");

    /** An ending to drop; "es" only after a hissing sound ("hashes"), so "notes" is "note", never "not". */
    private static final Pattern SUFFIX = Pattern.compile("(?:ings?|ions?|ed|(?<=[sxz]|ch|sh)es|s)$");
    /**
     * A six-letter "-ing" word, whose root keeps the "-ing" ({@link #root}: "movin" for "Moving"), so that its verb's
     * other forms need a pattern of their own: "move", "moves", "moved" for "Moving", "code" for "Coding".
     */
    private static final Pattern SHORT_ING = Pattern.compile("(\\p{L}{3})ing");
    /** A name or identifier a title acronym may hide in ("libpam-systemd", "PMTU" for "PAM", "MTU"). */
    private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}]");

    private static final Set<String> MINOR_TITLE_WORDS = Set.of(
            "and", "the", "for", "with", "from", "into", "vs", "its", "how", "what", "why", "your", "you", "are", "not",
            "but", "all", "one", "two", "part", "using", "other", "more", "about", "some", "use", "own", "new", "can",
            "cannot", "will", "may", "might", "must", "should", "could", "would", "does", "did", "has", "have", "had",
            "was", "were", "is", "be", "been", "this", "that", "there", "when", "where", "which", "whether", "their");

    /** The words title case leaves in lower case; any other lower-case title word is code ("if let", "pip"). */
    private static final Set<String> TITLE_LOWERCASE = Set.of(
            "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
            "per", "to", "up", "via", "vs", "with", "from", "into", "onto", "over", "than");

    /** A numeronym ("I18N", "k8s"): its first letter, the count of letters left out, its last letter. */
    private static final Pattern NUMERONYM = Pattern.compile("(\\p{L})(\\d{1,2})(\\p{L})");
    /**
     * A title word made of a verb and its particle ("Backup", "Shutdown", "Login"): its verb's forms are written apart
     * from the particle ("backed up", "shutting down", "logged in").
     */
    private static final Pattern PHRASAL = Pattern.compile("(\\p{L}{3,}?)(up|down|out|in|off)");

    /**
     * At most this many letters a title word may have past a word of the fact that it starts with ("procfs", "/proc").
     */
    private static final int SHORT_ENDING = 2;

    /** Endings that make another word of a title word's start ("not" is no form of "notes"). */
    private static final Set<String> INFLECTION = Set.of("s", "es", "e", "ed", "er", "d", "ly", "y");

    private static final Pattern FACT_WORD = Pattern.compile("\\p{L}+");

    /** The shortest part of a name that counts as a clipped title word ("GLOB" for "Globbing"). */
    private static final int MIN_CLIPPED = 4;

    /** A name written in capitals or joined by underscores ("NULL_GLOB", "HISTSIZE", "max_tally"). */
    private static final Pattern IDENTIFIER = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:_[\\p{L}\\p{N}]+)+|\\p{Lu}{2,}");

    private final List<String> roots;
    private final List<Pattern> words;
    private final List<String> titleWords;
    private final List<String> acronyms;

    private TitleMask(List<String> roots, List<Pattern> words, List<String> titleWords, List<String> acronyms) {
        this.roots = List.copyOf(roots);
        this.words = List.copyOf(words);
        this.titleWords = List.copyOf(titleWords);
        this.acronyms = List.copyOf(acronyms);
    }

    static TitleMask of(String title) {
        return of(title, new HashMap<>());
    }

    /**
     * The mask of {@code title}, taking each word's pattern from {@code compiled} (keyed by what the pattern depends
     * on) or compiling it there: a book's titles share most of their words, so building the masks of a whole book
     * compiles each pattern once. {@code compiled} must be safe for the callers' threads.
     */
    static TitleMask of(String title, Map<String, Pattern> compiled) {
        List<String> roots = new ArrayList<>();
        List<Pattern> words = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        List<String> titleWords = new ArrayList<>();
        List<Pattern> spelledOut = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        Matcher matcher = TITLE_WORD.matcher(title);
        while (matcher.find()) {
            String word = POSSESSIVE.matcher(matcher.group()).replaceFirst("");
            String lower = word.toLowerCase(Locale.ROOT);
            initials.add(word.substring(0, 1));
            if (lower.length() > MIN_ROOT && !MINOR_TITLE_WORDS.contains(lower) && !TITLE_LOWERCASE.contains(lower)) {
                titleWords.add(lower);
            }
            Matcher phrasal = PHRASAL.matcher(lower);
            if (phrasal.matches() && !MINOR_TITLE_WORDS.contains(lower) && !TITLE_LOWERCASE.contains(lower)) {
                spelledOut.add(compiled.computeIfAbsent("phrasal:" + lower, key -> phrasalVerb(phrasal)));
            }
            Matcher numeronym = NUMERONYM.matcher(word);
            if (numeronym.matches()) {
                spelledOut.add(compiled.computeIfAbsent("numeronym:" + lower, key -> spelledNumeronym(numeronym)));
            }
            String acronym = PLURAL_ACRONYM.matcher(word).matches() ? word.substring(0, word.length() - 1) : word;
            if (acronym.length() >= 2 && acronym.chars().allMatch(Character::isUpperCase)) {
                acronyms.add(acronym.toLowerCase(Locale.ROOT));
                spelledOut.add(compiled.computeIfAbsent("expansion:" + acronym, key -> expansion(acronym)));
            }
            boolean opensTitle = matcher.start() == 0;
            if (word.length() >= 2
                    && Character.isLowerCase(word.charAt(0))
                    && (opensTitle || !TITLE_LOWERCASE.contains(lower) && !MINOR_TITLE_WORDS.contains(lower))) {
                roots.add(lower);
                words.add(compiled.computeIfAbsent(
                        "code:" + lower,
                        key -> Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}_])")));
                if (SENTENCE_CASE_WORD.matcher(word).matches() && !MINOR_TITLE_WORDS.contains(lower)) {
                    roots.add(root(lower));
                    words.add(compiled.computeIfAbsent(root(lower), TitleMask::pattern));
                }
                continue;
            }
            if (word.length() < MIN_ROOT || MINOR_TITLE_WORDS.contains(lower)) {
                continue;
            }
            String root = root(lower);
            roots.add(root);
            words.add(compiled.computeIfAbsent(root, TitleMask::pattern));
            Matcher shortIng = SHORT_ING.matcher(lower);
            if (shortIng.matches()) {
                String stem = shortIng.group(1);
                words.add(compiled.computeIfAbsent("verb:" + stem, key -> verbForms(stem)));
            }
        }
        for (int from = 0; from + 1 < initials.size(); from++) {
            for (int to = from + 2; to <= Math.min(initials.size(), from + MAX_ACRONYM); to++) {
                String acronym = String.join("", initials.subList(from, to)).toUpperCase(Locale.ROOT);
                words.add(compiled.computeIfAbsent(
                        "acronym:" + acronym,
                        key -> Pattern.compile("(?<![\\p{L}\\p{N}_])" + acronym + "s?(?![\\p{L}\\p{N}_])")));
            }
        }
        spelledOut.addAll(words);
        return new TitleMask(roots, spelledOut, titleWords, acronyms);
    }

    /**
     * The word without a plural, -ing or -ion ending, cut to its first letters: what its forms start with. An "-ing"
     * leaves at least four letters ("raising"), so "string" is not taken for "str" (which would mask "structure").
     */
    private static String root(String lower) {
        String stem = SUFFIX.matcher(lower).replaceFirst("");
        if (stem.length() < MIN_ROOT || lower.endsWith("ing") && stem.length() <= MIN_ROOT) {
            stem = lower;
        }
        if (stem.endsWith("e") && stem.length() > MIN_ROOT + 1) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem.length() > ROOT_PREFIX ? stem.substring(0, ROOT_PREFIX) : stem;
    }

    /**
     * Every form of a title word: a word starting with its root, not inside a hyphenated or dotted name ("git-fetch",
     * "string.printable" are left whole, and then not asked). An apostrophe belongs to the word only with a letter
     * after it ("Git’s"); one after the word's last letter closes a quotation ("‘make install’ will") and stays.
     */
    private static Pattern pattern(String root) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}_.-])" + Pattern.quote(root)
                        + "(?:\\p{L}|['’](?=\\p{L}))*+(?![\\p{N}_]|[.-][\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The forms of the verb a six-letter "-ing" word comes from, but the "-ing" form: "move", "moves", "moved". */
    private static Pattern verbForms(String stem) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}_.-])" + Pattern.quote(stem) + "(?:e|es|ed|er|ers)(?![\\p{L}\\p{N}_]|[.-][\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The verb and particle a compound title word is made of, in any form: "backed up" for "Backup". */
    private static Pattern phrasalVerb(Matcher phrasal) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}_])" + Pattern.quote(phrasal.group(1)) + "\\p{L}*[\\s-]+"
                        + Pattern.quote(phrasal.group(2)) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The word a numeronym stands for: "internationalization" for "I18N", "localization" for "L10N". */
    private static Pattern spelledNumeronym(Matcher numeronym) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}_])" + Pattern.quote(numeronym.group(1)) + "\\p{L}{" + numeronym.group(2) + "}"
                        + Pattern.quote(numeronym.group(3)) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Words whose initials spell the acronym, one after the other ("Virtual Private Cloud" for "VPC"); a capital inside
     * a word counts as an initial ("JavaScript Object Notation" for "JSON").
     */
    private static Pattern expansion(String acronym) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}_])");
        for (int i = 0; i < acronym.length(); i++) {
            String letter = Pattern.quote(String.valueOf(acronym.charAt(i)));
            regex.append(i == 0 ? "(?i:" + letter + ")" : "(?:[\\s-]+(?i:" + letter + ")|" + letter + ")")
                    .append("(?:\\p{Ll}*|\\p{Lu}*)");
        }
        return Pattern.compile(regex.append("(?![\\p{L}\\p{N}_])").toString());
    }

    /** Whether {@code text} spells out the acronym {@code term} ("Object-oriented programming (OOP)"). */
    static boolean spelledOut(String text, String term) {
        return term.length() >= 2
                && term.chars().allMatch(Character::isUpperCase)
                && expansion(term).matcher(text).find();
    }

    /**
     * Whether {@code other} has a word starting with one of this title's roots, even inside a name ("redis-py" beside
     * "Redis Pub/Sub"): such a title beside the right one would point at it.
     */
    @Override
    public boolean sharesWordWith(String other) {
        String lower = other.toLowerCase(Locale.ROOT);
        for (String root : roots) {
            int at = lower.indexOf(root);
            while (at >= 0) {
                if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
                    return true;
                }
                at = lower.indexOf(root, at + 1);
            }
        }
        return !apply(other).equals(other);
    }

    /** The text with the title's words masked, one title word after the other in title order. */
    String apply(String text) {
        String result = text;
        for (Pattern word : words) {
            result = word.matcher(result).replaceAll(MASK);
        }
        return result;
    }

    /**
     * Whether a name or identifier of the text holds a title acronym of three letters or more: written in capitals
     * ("PMTU" for "MTU", "OpenSSL" for "SSL") or joined to other parts ("libpam-systemd" for "PAM"). A word that merely
     * contains its letters ("spam") does not count.
     */
    private boolean hidesAnAcronym(String text) {
        Matcher token = NAME_TOKEN.matcher(text);
        while (token.find()) {
            String name = token.group();
            String lower = name.toLowerCase(Locale.ROOT);
            boolean identifier = name.chars().noneMatch(Character::isLowerCase) || !name.matches("\\p{L}+");
            if (acronyms.stream()
                    .anyMatch(acronym -> acronym.length() > 2
                            && !lower.equals(acronym)
                            && (identifier
                                    ? lower.contains(acronym)
                                    : name.contains(acronym.toUpperCase(Locale.ROOT))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of the text is a title word but for a short ending: "/proc" for "procfs", "sys" for "sysfs", "Err"
     * for "Error". Such a word names the title's thing as plainly as the title word would. The title word counts with
     * and without its plural, "-ing", "-ed" or "-ion" ending, so "Err" is short for "Errors" too, and a verb whose
     * "-ing" form doubles its last letter shows as itself: "wrap" for "Wrapping", "run" for "Running"; a minor word is
     * no short form of a title word without its ending ("the" of "Themes").
     */
    private boolean shortensATitleWord(String lower) {
        Matcher word = FACT_WORD.matcher(lower);
        while (word.find()) {
            String text = word.group();
            if (text.length() >= MIN_ROOT
                    && titleWords.stream()
                            .anyMatch(title -> shortens(text, title)
                                    || !MINOR_TITLE_WORDS.contains(text)
                                            && !TITLE_LOWERCASE.contains(text)
                                            && shortens(text, withoutEnding(title)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} is {@code title} but for an ending of at most two letters that is no inflection. */
    private static boolean shortens(String text, String title) {
        return title.length() > text.length()
                && title.length() - text.length() <= SHORT_ENDING
                && title.startsWith(text)
                && !INFLECTION.contains(title.substring(text.length()));
    }

    /** The title word without its plural, "-ing", "-ed" or "-ion" ending ("errors": "error", "running": "runn"). */
    private static String withoutEnding(String titleWord) {
        String stem = SUFFIX.matcher(titleWord).replaceFirst("");
        return stem.length() < MIN_ROOT ? titleWord : stem;
    }

    /**
     * Whether a name written in capitals or joined by underscores has a part that a title word starts with ("NULL_GLOB"
     * beside "Globbing", "SH_OPTION_LETTERS" beside "Options"): reference manuals name their options and variables
     * after their topic, and such a part names the section as plainly as the title word would, though the mask, which
     * leaves names whole, and its roots ("globb", "opt") miss it.
     */
    private boolean clipsATitleWord(String text) {
        Matcher name = IDENTIFIER.matcher(text);
        while (name.find()) {
            for (String part : name.group().toLowerCase(Locale.ROOT).split("[_\\p{N}]+")) {
                if (part.length() >= MIN_CLIPPED
                        && titleWords.stream().anyMatch(word -> word.startsWith(part) || opensWithAClip(part, word))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a part of a name opens with a title word clipped to four letters or more and goes on with another word:
     * "histsize" for "History", "conffile" for "Configuration". Names run such parts together without underscores.
     */
    private static boolean opensWithAClip(String part, String titleWord) {
        int common = 0;
        while (common < part.length()
                && common < titleWord.length()
                && part.charAt(common) == titleWord.charAt(common)) {
            common++;
        }
        return common >= MIN_CLIPPED && common < titleWord.length() && part.length() - common >= MIN_CLIPPED;
    }

    /**
     * The masked fact as a which-section prompt, or empty when it would leak the title (a root still shows), would mask
     * a participle the sentence uses as a preposition ("including" for "Included"), or is no longer worth asking (too
     * many masks).
     */
    @Override
    public Optional<String> question(String text) {
        String masked = apply(text);
        Matcher word = TITLE_WORD.matcher(text);
        while (word.find()) {
            if (Blanks.participle(word.group()) && !apply(word.group()).equals(word.group())) {
                return Optional.empty();
            }
        }
        String lower = masked.toLowerCase(Locale.ROOT);
        if (shortensATitleWord(lower) || hidesAnAcronym(masked) || clipsATitleWord(masked)) {
            return Optional.empty();
        }
        for (String root : roots) {
            if (root.length() > MIN_ROOT
                    ? lower.contains(root)
                    : Pattern.compile("\\b" + root + "\\b").matcher(lower).find()) {
                return Optional.empty();
            }
        }
        int masks = (masked.length() - masked.replace(MASK, "").length()) / MASK.length();
        int words = masked.split("\\s+").length;
        return masks > MAX_MASKS || masks * 4 > words ? Optional.empty() : Optional.of(masked);
    }
}
