package studybot.quiz;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sort of thing a name, acronym or identifier stands for, read from the word naming that sort beside it in a fact:
 * "the Drop trait", "the catalog pg_init_privs", "the logging level DEBUG", "len()" (a function). How a name is written
 * does not say whether it is a trait, a catalog or a language, and a distractor of another sort ("Mutex" for a
 * language, a libpq function for a catalog) gives the answer away; so a name is only asked about where its sort is
 * written, and only names seen as that same sort are offered beside it.
 */
final class TermRole {

    /** Nouns that name a sort of thing in technical prose, singular. */
    private static final Set<String> SORTS = Set.of(
            "trait",
            "type",
            "struct",
            "enum",
            "variant",
            "function",
            "method",
            "macro",
            "module",
            "crate",
            "package",
            "library",
            "keyword",
            "variable",
            "constant",
            "field",
            "attribute",
            "class",
            "exception",
            "error",
            "statement",
            "clause",
            "command",
            "option",
            "parameter",
            "setting",
            "catalog",
            "view",
            "table",
            "column",
            "operator",
            "language",
            "file",
            "directory",
            "tool",
            "program",
            "extension",
            "level",
            "argument",
            "flag",
            "protocol",
            "format",
            "header",
            "signal",
            "decorator",
            "expression",
            "lifetime",
            "interpreter",
            "compiler",
            "server",
            "client",
            "mode",
            "encoding");

    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{L}+)");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");

    private TermRole() {}

    /**
     * The sort {@code term} is named as in {@code text}: the sort noun right after it or right before it, or "function"
     * when it is called with brackets; empty when no occurrence says.
     */
    static Optional<String> in(String text, String term) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}_.-])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}_])")
                .matcher(text);
        while (matcher.find()) {
            String after = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 20));
            if (after.startsWith("(") || term.endsWith(")")) {
                return Optional.of("function");
            }
            Optional<String> sort = sortOf(WORD_AFTER.matcher(after));
            if (sort.isEmpty()) {
                sort = sortOf(WORD_BEFORE.matcher(text.substring(Math.max(0, matcher.start() - 20), matcher.start())));
            }
            if (sort.isPresent()) {
                return sort;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sortOf(Matcher word) {
        if (!word.find()) {
            return Optional.empty();
        }
        String noun = word.group(1).toLowerCase(Locale.ROOT);
        for (String singular : new String[] {
            noun,
            noun.endsWith("es") ? noun.substring(0, noun.length() - 2) : noun,
            noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun
        }) {
            if (SORTS.contains(singular)) {
                return Optional.of(singular);
            }
        }
        return Optional.empty();
    }
}
