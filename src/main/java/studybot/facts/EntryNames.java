package studybot.facts;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The name a reference entry's later sentences carry. A definition-list entry ("exec [ -cl ]: The following command is
 * run in place of the shell.") goes on with sentences that describe its builtin, option or term without naming it ("The
 * shell does not fork and is replaced."): alone they lean by meaning, with the entry's name before them ("exec: The
 * shell does not fork and is replaced.") they stand. The name is the entry's headword without its synopsis (the
 * bracketed arguments and texinfo's "¶" anchor after it) and without a signature's arguments ("re.sub()"); a headword
 * of several words ("CPython implementation detail", "For Unicode patterns") titles a note, names nothing, and is not
 * carried.
 */
public final class EntryNames {

    /** A synopsis after the name: bracketed arguments, texinfo's anchor sign. */
    private static final Pattern SYNOPSIS = Pattern.compile("\\s+[\\[¶].*$");

    /** The kind of a signature before its name ("classmethod datetime.fromordinal(ordinal)"). */
    private static final Pattern KEYWORD = Pattern.compile("^(?:classmethod|staticmethod|abstractmethod|class|async) ");

    /** A signature's arguments: the name alone reads, the arguments are the entry's first sentence's. */
    private static final Pattern ARGUMENTS = Pattern.compile("^([\\p{L}_][\\w.]*)\\(.*\\)$");

    /** The name of a signature ("random.seed()") as the text writes it: "random.seed", "seed". */
    private static final Pattern CALLED = Pattern.compile("^([\\p{L}_][\\w.]*)\\(");

    private EntryNames() {}

    /** The name of the entry this sentence opens, if it is led by a headword ("exec [ -cl ]: …" gives "exec"). */
    public static Optional<String> of(String firstSentence) {
        return Definitions.headwordOf(firstSentence)
                .map(head -> SYNOPSIS.matcher(head).replaceFirst("").strip())
                .map(name -> KEYWORD.matcher(name).replaceFirst(""))
                .map(name -> ARGUMENTS.matcher(name).replaceFirst("$1()"))
                .filter(name -> !name.isEmpty()
                        && Arrays.stream(name.split(", ")).noneMatch(term -> term.isBlank() || term.contains(" ")));
    }

    /**
     * Whether the sentence names the entry itself (any of its terms, "-a, --all"; a function by its name, with or
     * without its module), so that it needs no name before it.
     */
    static boolean named(String sentence, String name) {
        return Arrays.stream(name.split(", "))
                .map(String::strip)
                .flatMap(term -> {
                    Matcher called = CALLED.matcher(term);
                    if (!called.find()) {
                        return Stream.of(term);
                    }
                    String full = called.group(1);
                    return Stream.of(full, full.substring(full.lastIndexOf('.') + 1));
                })
                .filter(term -> !term.isEmpty())
                .anyMatch(term -> Pattern.compile("(?<![\\w.-])" + Pattern.quote(term) + "(?![\\w-])")
                        .matcher(sentence)
                        .find());
    }

    /** The sentence as a fact of the entry: "name: sentence", unless it names the entry or is an entry itself. */
    static String carried(String name, String sentence) {
        return named(sentence, name) || Definitions.ledByHeadword(sentence) ? sentence : name + ": " + sentence;
    }
}
