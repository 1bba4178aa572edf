package studybot.reply;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A file sent with a reply: a picture saying what the text says (a progress chart), or a file the member asked for
 * (their data as JSON, their cards as CSV). A transport that cannot show pictures loses nothing, since the text says
 * the same in words; {@code altText} describes the file for screen readers (Discord's attachment description, at most
 * 1024 characters), and {@code glance} is a picture's main run of numbers, which a terminal can draw as one line of
 * block characters.
 *
 * @param fileName the file's name, such as {@code quiz-stats.png}: letters, digits, {@code -} and {@code .} only,
 *     ending in {@code .png} (a picture), {@code .json} or {@code .csv}
 * @param bytes the file's content
 * @param altText what the file holds, in words
 * @param glance a picture's headline values in order (answers per week, say); empty for other files
 */
public record ReplyAttachment(String fileName, byte[] bytes, String altText, List<Double> glance) {

    /** The longest alt text Discord keeps for an attachment. */
    public static final int MAX_ALT_TEXT = 1024;

    public ReplyAttachment {
        Objects.requireNonNull(fileName, "fileName");
        if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,63}\\.(?:png|json|csv)")) {
            throw new IllegalArgumentException("not a plain .png, .json or .csv file name: " + fileName);
        }
        bytes = bytes.clone();
        altText = WordCut.toLength(Objects.requireNonNull(altText, "altText"), MAX_ALT_TEXT);
        glance = List.copyOf(glance);
    }

    /** A file that is not a picture, such as a member's data export. */
    public static ReplyAttachment file(String fileName, byte[] bytes, String altText) {
        return new ReplyAttachment(fileName, bytes, altText, List.of());
    }

    /** The file's bytes (a copy: the attachment stays as it was made). */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** How many bytes the file is. */
    public int size() {
        return bytes.length;
    }

    /** Whether it is a picture, shown with the reply, rather than a file to download. */
    public boolean isPicture() {
        return fileName.endsWith(".png");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplyAttachment that
                && fileName.equals(that.fileName)
                && Arrays.equals(bytes, that.bytes)
                && altText.equals(that.altText)
                && glance.equals(that.glance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, Arrays.hashCode(bytes), altText, glance);
    }

    @Override
    public String toString() {
        return "ReplyAttachment[" + fileName + ", " + bytes.length + " bytes, alt=" + altText + "]";
    }
}
