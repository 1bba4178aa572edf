package studybot.library;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The section, chapter and title word that a reply gives as its example ("give a section number such as 4.2"), taken
 * from the book the asker reads, so an example always exists where it is shown, whatever book the place reads. Every
 * feature asks this one record, so {@code /help} and the problems of {@code /section}, {@code /plan}, {@code /read},
 * {@code /quiz}, {@code /round} and {@code /discuss} give the same example.
 *
 * @param section a section number of the book, such as {@code 4.2}
 * @param chapter that section's chapter, such as {@code 4}
 * @param word the longest word of that section's title, lower case: a search word that finds it
 */
public record BookExample(String section, String chapter, String word) {

    /** Which section is the example: the fourth, past the chapter's opening ones, which are often a short preface. */
    private static final int EXAMPLE_INDEX = 3;

    /** The book's fourth section (its last, in a shorter book), or 1.1 in chapter 1 for a book without sections. */
    public static BookExample of(Library library) {
        List<Section> sections = library.sections();
        if (sections.isEmpty()) {
            return new BookExample("1.1", "1", "");
        }
        Section example = sections.get(Math.min(EXAMPLE_INDEX, sections.size() - 1));
        return new BookExample(
                example.number().toString(), String.valueOf(example.number().chapter()), longestWord(example.title()));
    }

    /**
     * {@code arguments} with this example as {@code exampleSection} and {@code exampleChapter}, the names the messages'
     * examples use.
     */
    public Map<String, Object> with(Map<String, ?> arguments) {
        Map<String, Object> all = new HashMap<>(arguments);
        all.put("exampleSection", section);
        all.put("exampleChapter", chapter);
        return all;
    }

    /** The title's longest word: the one most likely to say what the section is about. */
    private static String longestWord(String title) {
        String longest = "";
        for (String word : title.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest.toLowerCase(Locale.ROOT);
    }
}
