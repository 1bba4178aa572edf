package studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of a {@code multipart/form-data} reader for what JDA sends when a message carries files: a
 * {@code payload_json} part holding the usual JSON body, and one part per file.
 */
record MultipartForm(JsonNode payloadJson, List<UploadedFile> files) {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static MultipartForm parse(String contentType, byte[] body) {
        Matcher boundaryMatcher = BOUNDARY.matcher(contentType);
        if (!boundaryMatcher.find()) {
            throw new IllegalArgumentException("multipart request without boundary: " + contentType);
        }
        // ISO-8859-1 maps bytes 1:1 to chars, so splitting the text never corrupts binary file content.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundaryMatcher.group(1);
        JsonNode payload = MissingNode.getInstance();
        List<UploadedFile> files = new ArrayList<>();
        for (String part : text.split(Pattern.quote(delimiter))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headerEnd);
            String content = stripTrailingNewline(part.substring(headerEnd + 4));
            byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
            String name = find(NAME, headers);
            String fileName = find(FILENAME, headers);
            if ("payload_json".equals(name)) {
                payload = Json.parse(new String(bytes, StandardCharsets.UTF_8));
            } else if (name != null) {
                files.add(new UploadedFile(name, fileName, headerValue(headers, "content-type"), bytes));
            }
        }
        return new MultipartForm(payload, List.copyOf(files));
    }

    private static String stripTrailingNewline(String content) {
        return content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content;
    }

    private static String find(Pattern pattern, String headers) {
        Matcher matcher = pattern.matcher(headers);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String headerValue(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }
}
