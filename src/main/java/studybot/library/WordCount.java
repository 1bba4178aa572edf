package studybot.library;

/**
 * How many words a text holds, the one rule behind every word count studybot shows ({@code check-book}, the load report
 * of {@code /book info} and {@code /stats}) and the reading time of the digest. Words are runs of non-blank characters;
 * Japanese and Chinese run their words together without spaces, so their characters are counted instead, two to a word
 * (a common rule of thumb for both), and a run mixing them with other letters or digits counts as a word too.
 */
public final class WordCount {

    /** Japanese or Chinese characters counted as one word. */
    public static final int CHARACTERS_PER_WORD = 2;

    private WordCount() {}

    /** The words in {@code text}: its spaced words, plus its Japanese and Chinese characters two to a word. */
    public static long of(String text) {
        long spaced = 0;
        long characters = 0;
        int i = 0;
        while (i < text.length()) {
            int point = text.codePointAt(i);
            if (Character.isWhitespace(point)) {
                i += Character.charCount(point);
                continue;
            }
            long unspaced = 0;
            boolean otherWords = false;
            while (i < text.length() && !Character.isWhitespace(point = text.codePointAt(i))) {
                if (UnspacedScript.contains(point)) {
                    unspaced++;
                } else if (Character.isLetterOrDigit(point)) {
                    otherWords = true;
                }
                i += Character.charCount(point);
            }
            characters += unspaced;
            if (unspaced == 0 || otherWords) {
                spaced++;
            }
        }
        return spaced + characters / CHARACTERS_PER_WORD;
    }
}
