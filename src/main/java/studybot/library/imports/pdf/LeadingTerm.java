package studybot.library.imports.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds a definition list's term at the start of a line, as pdflatex and texinfo set one: words in a font set apart
 * from the text (bold, or monospace, with any quotes around them), then a gap clearly wider than the line's other word
 * gaps, then the definition with at least one word in the text's own font ("PAM_IGNORE␣␣Delay was successful
 * adjusted.", "‘all’␣␣␣␣‘-a’ in du, ls"). Read as plain text the term ran into its definition; the gap and the font
 * tell them apart, while a bold word that opens a wrapped line of a sentence is followed by an ordinary gap.
 */
final class LeadingTerm {

    /** Glyphs further apart than this share of the font size are in different words. */
    private static final float WORD_GAP = 0.15f;
    /** The gap after a term is at least this many times the line's usual word gap (LaTeX's 0.5 em label gap: 1.5). */
    private static final float WIDER = 1.35f;
    /** …and at least this share of the font size more. */
    private static final float WIDER_BY = 0.1f;
    /** Glyph widths closer than this share are equal. */
    private static final float SAME_WIDTH = 0.01f;
    /** Quotes that texinfo's {@code @samp} sets in the text's font around a monospace term. */
    private static final String QUOTES = "‘’'\"“”`";
    /**
     * A term that ends a sentence or a clause ("Note.", "first,") is a run-in heading or part of a sentence, followed
     * by TeX's wider space after punctuation; an ellipsis ("ftp=XXX,YYY,...") is not such an end.
     */
    private static final Pattern CLAUSE_END = Pattern.compile(".*(?<!\\.\\.)[.,;!?][)\"'’”]*$");

    /** A term names something: a letter or digit, not a bullet alone. */
    private static final Pattern NAMING = Pattern.compile("[\\p{L}\\p{N}]");
    /** TeX widens the space after punctuation. */
    private static final Pattern AFTER_PUNCTUATION = Pattern.compile(".*[.,;:!?][)\"'’”]*$");
    /** A line of terms alone is at most this long. */
    private static final int TERMS_LINE = 60;

    private final Predicate<PDFont> setApart;

    /** @param setApart whether a font sets its words apart from the running text (bold or monospace) */
    LeadingTerm(Predicate<PDFont> setApart) {
        this.setApart = setApart;
    }

    /**
     * The characters of the definition's term {@code glyphs} open with, its spaces left out, as NFKC normalizes them;
     * empty if the line opens with none. A short line all in set-apart words is all term: texinfo sets an entry's first
     * terms each on its own line ("‘htmldir’" over "‘psdir’ Directories for …").
     */
    String find(List<TextPosition> glyphs) {
        List<Word> words = words(glyphs);
        int term = -1;
        for (int i = 0; i + 1 < words.size() && words.get(i).setApart && term < 0; i++) {
            Word word = words.get(i);
            boolean sameFont = word.lastFont == words.get(i + 1).firstFont;
            if (wideGapAfter(words, i) && (!sameFont || gapAfter(words, i) >= WIDER * word.spaceWidth)) {
                term = i;
            }
        }
        if (term < 0
                && !words.isEmpty()
                && words.stream().allMatch(Word::setApart)
                && words.stream().mapToInt(word -> word.text.length() + 1).sum() <= TERMS_LINE) {
            term = words.size() - 1;
        }
        if (term < 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        words.subList(0, term + 1).forEach(word -> text.append(word.text));
        List<Word> rest = words.subList(term + 1, words.size());
        if (CLAUSE_END.matcher(text).matches()
                || !NAMING.matcher(text).find()
                || tableRow(words, term)
                || widerLater(words, term)
                || (!rest.isEmpty() && !defines(rest))) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * Whether the words after a term read as its definition: one at least in the text's font with a letter in it, so
     * not a synopsis's brackets around more code ("fc -l [ -LI ] [ -nrdfEiD ]") nor code in evenly wide glyphs; and not
     * an index's dot leaders.
     */
    private static boolean defines(List<Word> rest) {
        return !rest.get(0).text.startsWith(".")
                && rest.stream()
                        .anyMatch(word -> !word.setApart
                                && !word.fixedPitch
                                && NAMING.matcher(word.text).find());
    }

    /**
     * Whether a wide gap comes again after the term's, between two words in one font, not a set-apart one, and away
     * from punctuation (TeX spaces otherwise around a font change, an italic correction, and after punctuation): a
     * table's row, its cells set apart by position ("mc␣␣V:54, I:226␣␣1482␣␣A text-mode…"), not a term and its
     * definition.
     */
    private static boolean tableRow(List<Word> words, int term) {
        for (int i = term + 1; i + 1 < words.size(); i++) {
            Word word = words.get(i);
            Word next = words.get(i + 1);
            if (!word.setApart
                    && !next.setApart
                    && word.lastFont == next.firstFont
                    && !AFTER_PUNCTUATION.matcher(word.text).matches()
                    && wideGapAfter(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a gap after the term's, not after punctuation, is as wide as it: the term's gap is then one within a
     * table's first cell ("tar -xvf␣foo.tar␣␣␣extract files", a placeholder in another font), not the one after a term.
     */
    private static boolean widerLater(List<Word> words, int term) {
        if (term + 1 >= words.size()) {
            return false;
        }
        float gap = gapAfter(words, term);
        for (int i = term + 1; i + 1 < words.size(); i++) {
            if (!AFTER_PUNCTUATION.matcher(words.get(i).text).matches() && gapAfter(words, i) >= gap) {
                return true;
            }
        }
        return false;
    }

    private static boolean wideGapAfter(List<Word> words, int index) {
        float gap = gapAfter(words, index);
        List<Float> others = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (i != index) {
                others.add(gapAfter(words, i));
            }
        }
        float size = words.get(index + 1).size;
        float usual;
        if (others.isEmpty()) {
            usual = size / 3;
        } else {
            others.sort(null);
            usual = others.get(others.size() / 2);
        }
        return gap >= WIDER * usual && gap >= usual + WIDER_BY * size;
    }

    private static float gapAfter(List<Word> words, int index) {
        return words.get(index + 1).startX - words.get(index).endX;
    }

    /** The line's words: glyphs split at a space or a gap of {@link #WORD_GAP}; unmapped control glyphs left out. */
    private List<Word> words(List<TextPosition> glyphs) {
        List<Word> words = new ArrayList<>();
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            String unicode = glyph.getUnicode();
            if (unicode.isEmpty() || unicode.chars().allMatch(Character::isISOControl)) {
                continue;
            }
            boolean space = unicode.isBlank();
            if (!word.isEmpty() && (space || glyph.getXDirAdj() - endX(word) > WORD_GAP * glyph.getFontSizeInPt())) {
                words.add(word(word));
                word.clear();
            }
            if (!space) {
                word.add(glyph);
            }
        }
        if (!word.isEmpty()) {
            words.add(word(word));
        }
        return words;
    }

    private Word word(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        boolean marked = false;
        boolean apart = true;
        for (TextPosition glyph : glyphs) {
            text.append(glyph.getUnicode());
            if (setApart.test(glyph.getFont())) {
                marked = true;
            } else if (QUOTES.indexOf(glyph.getUnicode().charAt(0)) < 0) {
                apart = false;
            }
        }
        TextPosition first = glyphs.get(0);
        return new Word(
                text.toString(),
                first.getXDirAdj(),
                endX(glyphs),
                first.getFontSizeInPt(),
                apart && marked,
                fixedPitch(glyphs),
                first.getFont(),
                glyphs.get(glyphs.size() - 1).getFont(),
                glyphs.get(glyphs.size() - 1).getWidthOfSpace());
    }

    private static float endX(List<TextPosition> glyphs) {
        TextPosition last = glyphs.get(glyphs.size() - 1);
        return last.getXDirAdj() + last.getWidthDirAdj();
    }

    /**
     * Whether a word's glyphs are all as wide as each other, as in a typewriter font whose name and descriptor do not
     * say so (texinfo's slanted CMSLTT10 for a code example's placeholders: "Copyright (C) year your name."): three
     * glyphs at least, of two letters at least.
     */
    private static boolean fixedPitch(List<TextPosition> glyphs) {
        if (glyphs.size() < 3
                || glyphs.stream().map(TextPosition::getUnicode).distinct().count() < 2) {
            return false;
        }
        float first = glyphs.get(0).getWidthDirAdj();
        return glyphs.stream().allMatch(glyph -> Math.abs(glyph.getWidthDirAdj() - first) < SAME_WIDTH * first);
    }

    /**
     * A word as placed on the line; {@code setApart} when every glyph but its quotes is in a set-apart font, and at
     * least one is; {@code fixedPitch} when its glyphs are evenly wide; the fonts of its first and last glyph, and the
     * width of a space in its last one's (inline code goes on after a space of its own font, wider than the text's).
     */
    private record Word(
            String text,
            float startX,
            float endX,
            float size,
            boolean setApart,
            boolean fixedPitch,
            PDFont firstFont,
            PDFont lastFont,
            float spaceWidth) {}
}
