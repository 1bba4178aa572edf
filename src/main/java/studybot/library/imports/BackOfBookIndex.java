package studybot.library.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.Block;

/**
 * Recognises a book's back-of-book index among its sections, in every format: a heading that names an index ("Index",
 * "Concept index", "Index of functions", "Stichwortverzeichnis") over text shaped like one, terms and page numbers or
 * links with hardly a sentence. Such a section would be read as a chapter and found by search with its dot leaders, so
 * it is left out and reported. A section about indexes ("Index types") is prose and stays.
 */
final class BackOfBookIndex {

    private static final Pattern TITLE = Pattern.compile(
            "(?:.*\\s)?(?:index|indices|indexes)|index of\\s.*|(?:stichwort|schlagwort|sach)verzeichnis(?:\\s.*)?|(?:sach|stichwort)?register");
    /** Dot leaders, ". . . ." or "....", between a term and its page numbers. */
    private static final Pattern LEADERS = Pattern.compile("(?:\\.\\s?){3,}");
    /** A sentence's end: a letter or closing bracket, then a full stop, question or exclamation mark, then a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[\\p{Ll})][.!?](?=\\s|$)");
    /** An index has hardly a sentence: fewer than one in this many words. */
    private static final int WORDS_PER_SENTENCE = 40;
    /** Below this many words a section is judged by its title alone. */
    private static final int FEW_WORDS = 20;

    private BackOfBookIndex() {}

    /** The sections without the indexes among them, at every level; each index left out is added to {@code skipped}. */
    static List<ImportedSection> remove(List<ImportedSection> sections, List<Skipped> skipped) {
        List<ImportedSection> kept = new ArrayList<>(sections.size());
        for (ImportedSection section : sections) {
            if (isIndex(section)) {
                skipped.add(Skipped.of("index", "bookIndex", Map.of("title", section.title()), section.location()));
                List<ImportedSection> prose = section.children().stream()
                        .filter(BackOfBookIndex::isProse)
                        .toList();
                kept.addAll(remove(prose, skipped));
            } else {
                kept.add(new ImportedSection(
                        section.printedNumber(),
                        section.title(),
                        section.blocks(),
                        remove(section.children(), skipped),
                        section.location()));
            }
        }
        return kept;
    }

    /** Whether a section is a back-of-book index: its title names one and its text is terms, not sentences. */
    static boolean isIndex(ImportedSection section) {
        String title = section.title().strip().toLowerCase(Locale.ROOT);
        return TITLE.matcher(title).matches() && !hasSentences(section, true);
    }

    /**
     * Whether a section inside an index is the book's text after all (the footnotes pandoc puts after the last
     * heading), kept as a sibling of the index; an index's letter groups are terms and go with it.
     */
    private static boolean isProse(ImportedSection section) {
        return hasSentences(section, false);
    }

    /** Whether a section's text, its sub-sections' included, reads as sentences; a short one as {@code fewWords}. */
    private static boolean hasSentences(ImportedSection section, boolean fewWordsAreIndex) {
        StringBuilder text = new StringBuilder();
        collect(section, text, fewWordsAreIndex);
        String words = LEADERS.matcher(text).replaceAll(" ");
        long wordCount = spacedTokens(words);
        if (wordCount < FEW_WORDS) {
            return fewWordsAreIndex ? !section.children().isEmpty() && !allIndexes(section.children()) : false;
        }
        Matcher ends = SENTENCE_END.matcher(words);
        long sentences = 0;
        while (ends.find()) {
            sentences++;
        }
        return sentences * WORDS_PER_SENTENCE >= wordCount;
    }

    /**
     * The runs of non-blank characters in {@code text}. Not {@link studybot.library.WordCount}: the count is weighed
     * against sentence ends found by Latin punctuation, so Japanese or Chinese prose, which has none of those, must
     * stay a few long runs judged by its title rather than many words without a sentence (an index).
     */
    private static long spacedTokens(String text) {
        long count = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            boolean blank = Character.isWhitespace(text.charAt(i));
            if (!blank && !inToken) {
                count++;
            }
            inToken = !blank;
        }
        return count;
    }

    private static boolean allIndexes(List<ImportedSection> children) {
        return children.stream().allMatch(BackOfBookIndex::isIndex);
    }

    /** The text of a section and its sub-sections, less those that read as prose when {@code skipProse}. */
    private static void collect(ImportedSection section, StringBuilder into, boolean skipProse) {
        for (Block block : section.blocks()) {
            if (block.kind() != Block.Kind.IMAGE) {
                into.append(block.text()).append('\n');
            }
        }
        for (ImportedSection child : section.children()) {
            if (!skipProse || !isProse(child)) {
                into.append(child.title()).append('\n');
                collect(child, into, skipProse);
            }
        }
    }
}
