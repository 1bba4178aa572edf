package studybot.reply;

/**
 * Shortens text to a hard limit (Discord's choice names, button labels, embed fields, echoed input) where a reader can
 * still tell what it was: cut after a whole word when one ends in the second half, marked with an ellipsis. The one
 * place text is cut, so every limit is met the same way.
 */
public final class WordCut {

    private static final char ELLIPSIS = '…';

    private WordCut() {}

    /**
     * {@code text} itself when it fits, otherwise at most {@code max} characters ending in {@code …}, never ending in
     * half a surrogate pair or in a lone markdown escape.
     */
    public static String toLength(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max <= 1) {
            return text.substring(0, Math.max(0, max));
        }
        int cut = max - 1;
        for (int i = cut; i > max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                cut = i;
                break;
            }
        }
        if (Character.isLowSurrogate(text.charAt(cut)) && cut > 0) {
            cut--;
        }
        String head = text.substring(0, cut).stripTrailing();
        int end = head.length();
        while (end > 0 && ",;:—–-\\".indexOf(head.charAt(end - 1)) >= 0) {
            end--;
        }
        return head.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
