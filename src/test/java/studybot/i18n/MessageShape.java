package studybot.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a text's translations must share: the arguments it names, each with its kind ({@code count:plural},
 * {@code when:date}), and the cases of each select ({@code kind:select[chapter,section,other]}). Plural cases are left
 * out, since languages count differently, but every plural needs an {@code other} case.
 */
record MessageShape(Set<String> arguments) {

    /** @throws IllegalArgumentException when the text is not a valid ICU message */
    static MessageShape of(String text) {
        MessagePattern pattern = new MessagePattern(text);
        Set<String> arguments = new TreeSet<>();
        collect(pattern, 0, pattern.countParts(), arguments);
        return new MessageShape(arguments);
    }

    private static void collect(MessagePattern pattern, int from, int to, Set<String> arguments) {
        for (int i = from; i < to; i++) {
            Part part = pattern.getPart(i);
            if (part.getType() != Part.Type.ARG_START) {
                continue;
            }
            int limit = pattern.getLimitPartIndex(i);
            String name = pattern.getSubstring(pattern.getPart(i + 1));
            ArgType type = part.getArgType();
            switch (type) {
                case NONE -> arguments.add(name);
                case SIMPLE -> arguments.add(name + ":" + pattern.getSubstring(pattern.getPart(i + 2)));
                case SELECT -> arguments.add(name + ":select" + selectors(pattern, i + 2, limit));
                case CHOICE -> arguments.add(name + ":choice");
                case PLURAL, SELECTORDINAL -> {
                    List<String> cases = selectors(pattern, i + 2, limit);
                    if (!cases.contains("other")) {
                        throw new IllegalArgumentException(name + " has no other case");
                    }
                    arguments.add(name + ":" + type.name().toLowerCase(Locale.ROOT));
                }
            }
            collect(pattern, i + 2, limit, arguments);
            i = limit;
        }
    }

    /** The cases of the select or plural whose parts run from {@code from} to {@code limit}, nested ones skipped. */
    private static List<String> selectors(MessagePattern pattern, int from, int limit) {
        List<String> cases = new ArrayList<>();
        for (int i = from; i < limit; i++) {
            Part part = pattern.getPart(i);
            if (part.getType() == Part.Type.ARG_SELECTOR) {
                cases.add(pattern.getSubstring(part));
            } else if (part.getType() == Part.Type.MSG_START) {
                i = pattern.getLimitPartIndex(i);
            }
        }
        return cases;
    }
}
