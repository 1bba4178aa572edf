package studybot.library.imports.pdf;

/**
 * One line of text as it sits on a page, or an image drawn there ({@code image}, with empty text), which is all a PDF
 * tells about structure: where a line is, how big, and in which kind of font.
 *
 * @param page the page, from 0
 * @param baseline the line's baseline, in points from the top of the page
 * @param x where the line starts, in points from the left
 * @param endX where it ends
 * @param fontSize its usual font size in points
 * @param charWidth the mean width of its characters, to turn a code line's offset into spaces
 * @param monospace whether most of its characters are in a fixed-pitch font
 * @param marked whether it began with a raised footnote marker, left out of {@code text}
 * @param term the start of {@code text} that is a definition's term set apart by its font and a wider gap, or empty
 */
record PageLine(
        int page,
        float baseline,
        float x,
        float endX,
        float fontSize,
        float charWidth,
        boolean monospace,
        boolean image,
        boolean marked,
        String term,
        String text) {

    static PageLine image(int page, float top, float x, float endX) {
        return new PageLine(page, top, x, endX, 0, 0, false, true, false, "", "");
    }

    /** The characters that count towards the kept share: everything but whitespace. */
    int weight() {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
