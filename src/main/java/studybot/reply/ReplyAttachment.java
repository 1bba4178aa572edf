package studybot.reply;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A picture sent with a reply, such as a progress chart. The reply's text says the same in words, so a transport that
 * cannot show pictures loses nothing; {@code altText} describes the picture for screen readers (Discord's attachment
 * description, at most 1024 characters), and {@code glance} is its main run of numbers, which a terminal can draw as
 * one line of block characters.
 *
 * @param fileName the file's name, such as {@code quiz-stats.png}: letters, digits, {@code -} and {@code .} only
 * @param png the PNG image
 * @param altText what the picture shows, in words
 * @param glance the picture's headline values in order (answers per week, say); may be empty
 */
public record ReplyAttachment(String fileName, byte[] png, String altText, List<Double> glance) {

    /** The longest alt text Discord keeps for an attachment. */
    public static final int MAX_ALT_TEXT = 1024;

    public ReplyAttachment {
        Objects.requireNonNull(fileName, "fileName");
        if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,63}\\.png")) {
            throw new IllegalArgumentException("not a plain PNG file name: " + fileName);
        }
        png = png.clone();
        altText = WordCut.toLength(Objects.requireNonNull(altText, "altText"), MAX_ALT_TEXT);
        glance = List.copyOf(glance);
    }

    /** The PNG's bytes (a copy: the attachment stays as it was made). */
    @Override
    public byte[] png() {
        return png.clone();
    }

    /** How many bytes the picture is. */
    public int size() {
        return png.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplyAttachment that
                && fileName.equals(that.fileName)
                && Arrays.equals(png, that.png)
                && altText.equals(that.altText)
                && glance.equals(that.glance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, Arrays.hashCode(png), altText, glance);
    }

    @Override
    public String toString() {
        return "ReplyAttachment[" + fileName + ", " + png.length + " bytes, alt=" + altText + "]";
    }
}
