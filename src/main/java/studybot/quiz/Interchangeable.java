package studybot.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words technical prose uses for one another: "items" and "elements" of a list, an "object" or an "instance", a
 * "package" or a "library". Offered beside each other, both are true in the sentence, and an embedding model cannot
 * tell them from merely related words (items/elements and package/item are equally near to it), so this small lexicon
 * of general technical English keeps them apart.
 */
final class Interchangeable {

    private static final List<List<String>> GROUPS = List.of(
            List.of("item", "element", "entry", "member", "value"),
            List.of("object", "instance", "value"),
            List.of("package", "library", "module", "crate"),
            List.of("function", "method", "routine", "procedure", "subroutine"),
            List.of("directory", "folder"),
            List.of("argument", "parameter", "input", "flag", "option"),
            List.of("error", "exception", "failure"),
            List.of("attribute", "property", "field", "column"),
            List.of("type", "class", "kind"),
            List.of("program", "application", "app", "software", "code"),
            List.of("row", "record"),
            List.of("command", "statement", "query", "instruction"),
            List.of("connection", "session"),
            List.of("expression", "condition", "pattern", "regex"),
            List.of("string", "text"),
            List.of("resource", "memory"));

    /**
     * General words and the kinds of thing they take in ("a sequence" is also true of a string, "a queue" of a deque):
     * beside each other, the general word is true wherever the kind is. Kinds of one general word stay apart ("list"
     * and "tuple" are distinct choices).
     */
    private static final Map<String, List<String>> KINDS = Map.of(
            "sequence", List.of("string", "list", "tuple", "range", "array", "vector", "slice"),
            "collection", List.of("list", "vector", "set", "map", "array", "deque", "dictionary", "tuple"),
            "container", List.of("list", "vector", "set", "map", "array", "deque", "dictionary", "tuple"),
            "queue", List.of("deque"),
            "iterator", List.of("generator"),
            "iterable", List.of("string", "list", "tuple", "range", "set", "dictionary", "iterator", "generator"));

    private static final Map<String, List<Integer>> GROUPS_OF = groupsOf();

    private Interchangeable() {}

    /**
     * Whether the two terms (a word or the last word of a phrase, either number) can stand for each other, or one is a
     * general word for the other.
     */
    static boolean either(String one, String other) {
        String oneHead = head(one);
        String otherHead = head(other);
        List<Integer> first = GROUPS_OF.getOrDefault(oneHead, List.of());
        List<Integer> second = GROUPS_OF.getOrDefault(otherHead, List.of());
        return first.stream().anyMatch(second::contains)
                || KINDS.getOrDefault(oneHead, List.of()).contains(otherHead)
                || KINDS.getOrDefault(otherHead, List.of()).contains(oneHead);
    }

    private static String head(String term) {
        String lower = term.toLowerCase(Locale.ROOT).strip();
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        if (last.endsWith("ies") && last.length() > 4) {
            return last.substring(0, last.length() - 3) + "y";
        }
        if ((last.endsWith("sses") || last.endsWith("xes")) && last.length() > 4) {
            return last.substring(0, last.length() - 2);
        }
        return last.endsWith("s") && !last.endsWith("ss") && last.length() > 3
                ? last.substring(0, last.length() - 1)
                : last;
    }

    private static Map<String, List<Integer>> groupsOf() {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < GROUPS.size(); i++) {
            int group = i;
            GROUPS.get(i)
                    .forEach(word -> groups.merge(
                            word,
                            List.of(group),
                            (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                                    .toList()));
        }
        return Map.copyOf(groups);
    }
}
