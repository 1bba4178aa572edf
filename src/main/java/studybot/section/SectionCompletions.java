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
 * (numbers as text, folded titles, the capped choice names) is worked out at construction and a keystroke is one pass
 * of cheap string tests per section.
 */
final class SectionCompletions {

    static final int MAX_CHOICES = 25;

    private static final Pattern NUMBER_PREFIX = Pattern.compile("\\d+(?:[.,]\\d*){0,5}");
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+){1,5})\\s.*");
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
            String typed = canonical(text);
            exactNumber(typed).ifPresent(exact -> add(chosen, entry -> entry.number.equals(exact)));
            add(chosen, entry -> entry.numberText.startsWith(typed));
        } else if (leadingNumber.matches()) {
            exactNumber(canonical(leadingNumber.group(1)))
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

    /** The number as typed, any depth, without leading zeros: {@code 020,04.} is {@code 20.4.}. */
    private static String canonical(String typed) {
        String[] parts = typed.split("[.,]", -1);
        StringBuilder canonical = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                canonical.append('.');
            }
            if (!parts[i].isEmpty()) {
                canonical.append(withoutLeadingZeros(parts[i]));
            }
        }
        return canonical.toString();
    }

    private static Optional<SectionNumber> exactNumber(String canonical) {
        return SectionNumber.parse(canonical);
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
            this.completion =
                    new Completion(numberText, WordCut.toLength(section.heading(), Completion.MAX_NAME_LENGTH));
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
