package studybot.discord.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.UploadedFile;

/**
 * The checks on a {@code multipart/form-data} request that its JSON schema cannot make: the {@code payload_json} part
 * is there (the schema check reads it as the body), every file part is a {@code files[n]} part the operation declares,
 * each file part and the payload's {@code attachments} entry of the same index name each other, and each file is within
 * Discord's upload limit, non-empty, and, when it says it is a PNG, starts with the PNG signature.
 */
final class Uploads {

    /** Discord's upload limit for a bot in a server without boosts: 10 MiB per file. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** At most ten files per message. */
    static final int MAX_FILES = 10;

    /**
     * The file parts allowed where the spec's multipart schema names none itself: Discord documents {@code files[n]}
     * for interaction responses too, but the spec's multipart schema for them only repeats the JSON body's.
     */
    static final Set<String> UNDECLARED_FILE_PARTS =
            IntStream.range(0, MAX_FILES).mapToObj(i -> "files[" + i + "]").collect(Collectors.toUnmodifiableSet());

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Pattern FILE_PART = Pattern.compile("files\\[(\\d+)]");

    private Uploads() {}

    static boolean isMultipart(RecordedRequest request) {
        String contentType = request.header("content-type");
        return !request.files().isEmpty()
                || (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"));
    }

    /** The {@code files[n]} parts a multipart request schema declares, wherever in it (its properties, an allOf). */
    static Set<String> declaredFileParts(JsonNode multipartSchema) {
        List<String> names = new ArrayList<>();
        collectFileParts(multipartSchema, names);
        return names.isEmpty() ? UNDECLARED_FILE_PARTS : Set.copyOf(names);
    }

    private static void collectFileParts(JsonNode node, List<String> names) {
        if (node.isObject()) {
            node.path("properties").fieldNames().forEachRemaining(name -> {
                if (FILE_PART.matcher(name).matches()) {
                    names.add(name);
                }
            });
            node.path("allOf").forEach(part -> collectFileParts(part, names));
        }
    }

    /**
     * Everything wrong with the upload itself.
     *
     * @param operation the operation, for messages
     * @param acceptsMultipart whether the operation takes {@code multipart/form-data} at all
     * @param fileParts the file parts it declares
     */
    static List<String> violations(
            RecordedRequest request, String operation, boolean acceptsMultipart, Set<String> fileParts) {
        List<String> problems = new ArrayList<>();
        if (!acceptsMultipart) {
            problems.add(operation + " takes no multipart/form-data body, but one was sent");
            return problems;
        }
        if (request.json().isMissingNode()) {
            problems.add("multipart body without a payload_json part: the message itself is missing");
        }
        if (request.files().size() > MAX_FILES) {
            problems.add(request.files().size() + " files, more than the " + MAX_FILES + " a message may carry");
        }
        Map<Integer, JsonNode> attachments = attachmentsByIndex(request.json());
        for (UploadedFile file : request.files()) {
            String part = "file part '" + file.fieldName() + "'";
            Matcher index = FILE_PART.matcher(file.fieldName());
            if (!fileParts.contains(file.fieldName()) || !index.matches()) {
                problems.add(part + " is not one " + operation + " declares (files[0] to files[9])");
                continue;
            }
            if (file.fileName() == null || file.fileName().isEmpty()) {
                problems.add(part + " has no filename");
            }
            if (file.content().length == 0) {
                problems.add(part + " is empty");
            }
            if (file.content().length > MAX_FILE_BYTES) {
                problems.add(part + " is " + file.content().length + " bytes, over Discord's upload limit of "
                        + MAX_FILE_BYTES);
            }
            if (saysPng(file) && !startsWithPngSignature(file.content())) {
                problems.add(part + " says it is a PNG but does not start with the PNG signature");
            }
            JsonNode attachment = attachments.remove(Integer.parseInt(index.group(1)));
            if (attachment == null) {
                problems.add(part + " has no attachments entry with id " + index.group(1) + " in payload_json");
            } else if (file.fileName() != null
                    && !file.fileName().equals(attachment.path("filename").asText(file.fileName()))) {
                problems.add(part + " is named '" + file.fileName() + "' but its attachments entry says '"
                        + attachment.path("filename").asText() + "'");
            }
        }
        attachments
                .keySet()
                .forEach(missing -> problems.add(
                        "payload_json's attachments entry " + missing + " has no files[" + missing + "] part"));
        return problems;
    }

    /** New uploads among the payload's attachments, by the index of their file part (existing ones have snowflakes). */
    private static Map<Integer, JsonNode> attachmentsByIndex(JsonNode payload) {
        JsonNode list = payload.has("data") ? payload.path("data").path("attachments") : payload.path("attachments");
        Map<Integer, JsonNode> byIndex = new HashMap<>();
        list.forEach(attachment -> {
            String id = attachment.path("id").asText();
            if (id.matches("\\d{1,2}") && Integer.parseInt(id) < MAX_FILES) {
                byIndex.put(Integer.parseInt(id), attachment);
            }
        });
        return byIndex;
    }

    private static boolean saysPng(UploadedFile file) {
        return "image/png".equalsIgnoreCase(file.contentType())
                || (file.fileName() != null
                        && file.fileName().toLowerCase(Locale.ROOT).endsWith(".png"));
    }

    static boolean startsWithPngSignature(byte[] content) {
        return content.length >= PNG_SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(content, PNG_SIGNATURE.length), PNG_SIGNATURE);
    }
}
