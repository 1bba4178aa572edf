package studybot.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import studybot.library.Section;

/** A title reduced to its words, so "redis vs. memcached: choosing the right engine" meets the book's title. */
final class TitleKey {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TitleKey() {}

    static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(folded).replaceAll(" ").strip();
    }

    /** Section ordinals by title key; when two sections share a title, the first keeps it. */
    static Map<String, Integer> byTitle(List<Section> sections) {
        Map<String, Integer> titles = new HashMap<>();
        for (int ordinal = 0; ordinal < sections.size(); ordinal++) {
            String key = of(sections.get(ordinal).title());
            if (!key.isEmpty()) {
                titles.putIfAbsent(key, ordinal);
            }
        }
        return Map.copyOf(titles);
    }
}
