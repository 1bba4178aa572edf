package studybot.discord.fake;

import java.nio.charset.StandardCharsets;

/** A file part of a multipart request (for instance {@code files[0]} of a reply with an attachment). */
public record UploadedFile(String fieldName, String fileName, String contentType, byte[] content) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "UploadedFile[" + fieldName + "=" + fileName + ", " + content.length + " bytes]";
    }
}
