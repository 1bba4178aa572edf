package studybot.library;

/**
 * The scripts written without spaces between words: Chinese characters, hiragana and katakana. Wherever studybot finds
 * words by spaces (a PDF line's end, an excerpt's cut, a reading's length, a title word typed), a Japanese or Chinese
 * book needs its characters read instead, and every such place asks this one rule.
 */
public final class UnspacedScript {

    private UnspacedScript() {}

    /** Whether {@code codePoint} is a Chinese character or a kana, which Japanese and Chinese run together. */
    public static boolean contains(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Whether any character of {@code text} is written in such a script. */
    public static boolean anyIn(String text) {
        return text.codePoints().anyMatch(UnspacedScript::contains);
    }
}
