package studybot.section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.reply.WordCut;

/**
 * Autocomplete for the section option. Discord asks on every keystroke, so everything that depends only on the book
 * (numbers as text, folded titles, the capped choice names) is worked out at construction and a keystroke is one
 * pass of cheap string tests per section.
 */
final class SectionCompletions {

    static final int MAX_CHOICES = 25;

    private static final Pattern NUMBER_PREFIX = Pattern.compile("(\\d+)(?:[.,](\\d*))?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d+)[.,](\\d+)\\s.*");
    private static final Pattern SECTION_SIGN = Pattern.compile("^§\\s*");

    private final List<Entry> entries;
    private final List<Completion> first;

    /** @param sections in book order, which is the order within each tier */
    SectionCompletions(List<Section> sections) {
        this.entries = sections.stream().map(Entry::new).toList();
        this.first = entries.stream().limit(MAX_CHOICES).map(Entry::completion).toList();
    }

    /**
     * At most {@value #MAX_CHOICES} choices, best first: the exact number, numbers starting with the prefix, titles
     * with a word starting with each typed word, titles containing the typed text. Empty input gives the first
     * sections; text that can't be looked up (emoji, mentions) gives none.
     */
    List<Completion> complete(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return first;
        }
        if (UserText.problemIn(prefix).isPresent()) {
            return List.of();
        }
        String text = SECTION_SIGN.matcher(UserText.normalized(prefix)).replaceFirst("");
        if (text.isEmpty()) {
            return first;
        }
        Set<Entry> chosen = new LinkedHashSet<>();
        Matcher number = NUMBER_PREFIX.matcher(text);
        Matcher leadingNumber = LEADING_NUMBER.matcher(text);
        if (number.matches()) {
            String chapter = withoutLeadingZeros(number.group(1));
            String section = number.group(2);
            String typed = section == null ? chapter : chapter + "." + section;
            exactNumber(chapter, section).ifPresent(exact -> add(chosen, entry -> entry.number.equals(exact)));
            add(chosen, entry -> entry.numberText.startsWith(typed));
        } else if (leadingNumber.matches()) {
            exactNumber(leadingNumber.group(1), leadingNumber.group(2))
                    .ifPresent(exact -> add(chosen, entry -> entry.number.equals(exact)));
        }
        List<String> words = FoldedWords.of(text);
        if (!words.isEmpty()) {
            String folded = String.join(" ", words);
            add(chosen, entry -> words.stream().allMatch(word -> entry.startsAWord(word)));
            add(chosen, entry -> entry.foldedTitle.contains(folded));
        }
        List<Completion> completions = new ArrayList<>(chosen.size());
        chosen.forEach(entry -> completions.add(entry.completion));
        return List.copyOf(completions);
    }

    private void add(Set<Entry> chosen, Predicate<Entry> test) {
        for (Entry entry : entries) {
            if (chosen.size() >= MAX_CHOICES) {
                return;
            }
            if (test.test(entry)) {
                chosen.add(entry);
            }
        }
    }

    private static Optional<SectionNumber> exactNumber(String chapter, String section) {
        if (section == null || section.isEmpty() || chapter.length() > 9 || section.length() > 9) {
            return Optional.empty();
        }
        return Optional.of(new SectionNumber(Integer.parseInt(chapter), Integer.parseInt(section)));
    }

    private static String withoutLeadingZeros(String digits) {
        String stripped = digits.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }

    /** A section with everything a keystroke compares against, folded once. */
    private static final class Entry {
        private final SectionNumber number;
        private final String numberText;
        private final List<String> titleWords;
        private final String foldedTitle;
        private final Completion completion;

        Entry(Section section) {
            this.number = section.number();
            this.numberText = section.number().toString();
            this.titleWords = FoldedWords.of(section.title());
            this.foldedTitle = FoldedWords.folded(section.title());
            this.completion = new Completion(numberText, WordCut.toLength(section.heading(), Completion.MAX_NAME_LENGTH));
        }

        boolean startsAWord(String word) {
            for (String titleWord : titleWords) {
                if (titleWord.startsWith(word)) {
                    return true;
                }
            }
            return false;
        }

        Completion completion() {
            return completion;
        }
    }
}
