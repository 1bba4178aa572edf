package studybot.facts;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import studybot.library.Library;

/**
 * Splits a paragraph into sentences, and splits flattened sub-headings off the sentences they were glued to. A break
 * after a common abbreviation followed by a lower-case word is not a sentence end, nor is a break after an initial
 * followed by a name ("Edsger W. Dijkstra"), nor a break with no space after it ("m.__self__"), nor a break after an
 * abbreviation that only ever introduces what follows ("z.B.", "d.h.", "p.ex.", "p.ej."), whatever its case: German
 * writes the noun after it capitalised.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS =
            Set.of("e.g.", "i.e.", "etc.", "vs.", "approx.", "cf.", "mr.", "mrs.", "dr.", "no.", "fig.");
    /** German, French and Spanish abbreviations that never end a sentence: "for example", "that is", "compare". */
    private static final Set<String> INTRODUCING =
            Set.of("z.b.", "d.h.", "bzw.", "vgl.", "u.a.", "s.o.", "p.ex.", "c.-à-d.", "c.à.d.", "p.ej.", "vid.");

    private final FlattenedHeadings headings;
    private final ThreadLocal<BreakIterator> breaks =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(Locale.ENGLISH));

    SentenceSplitter(FlattenedHeadings headings) {
        this.headings = headings;
    }

    /** Splits as the key facts are split for {@code library}, whose own words tell its flattened sub-headings. */
    static SentenceSplitter of(Library library) {
        return new SentenceSplitter(new FlattenedHeadings(BookWords.of(library)));
    }

    public List<TextUnit> units(String paragraph) {
        List<TextUnit> units = new ArrayList<>();
        for (String sentence : sentences(paragraph, breaks.get())) {
            headings.split(sentence)
                    .ifPresentOrElse(
                            split -> {
                                units.add(TextUnit.heading(split.heading()));
                                units.add(TextUnit.sentence(split.sentence()));
                            },
                            () -> units.add(TextUnit.sentence(sentence)));
        }
        return units;
    }

    private static List<String> sentences(String paragraph, BreakIterator iterator) {
        String flat = Words.collapsed(paragraph).strip();
        iterator.setText(flat);
        List<String> sentences = new ArrayList<>();
        for (int start = iterator.first(), end = iterator.next();
                end != BreakIterator.DONE;
                start = end, end = iterator.next()) {
            String sentence = flat.substring(start, end).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            int last = sentences.size() - 1;
            boolean glued = start > 0 && !Character.isWhitespace(flat.charAt(start - 1));
            if (last >= 0 && (glued || continuesAfterAbbreviation(sentences.get(last), sentence))) {
                sentences.set(last, sentences.get(last) + (glued ? "" : " ") + sentence);
            } else {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static boolean continuesAfterAbbreviation(String previous, String next) {
        String token = Words.lastToken(previous);
        boolean initial = token.length() == 2
                && Character.isUpperCase(token.charAt(0))
                && token.charAt(1) == '.'
                && Words.capitalised(Words.core(Words.firstToken(next)));
        return initial
                || INTRODUCING.contains(token.toLowerCase(Locale.ROOT))
                || ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT))
                        && Words.lowercase(Words.core(Words.firstToken(next)));
    }
}
