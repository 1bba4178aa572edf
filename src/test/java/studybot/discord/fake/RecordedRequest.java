package studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One REST call the bot made to the fake, with the answer it got.
 *
 * @param method HTTP method, upper case
 * @param path path relative to the API base, e.g. {@code interactions/123/abc/callback}
 * @param query decoded query parameters (last value wins)
 * @param headers request headers, names lower-cased (first value)
 * @param json the JSON body, or for multipart requests the {@code payload_json} part; a missing node if none
 * @param files the file parts of a multipart request
 * @param status the HTTP status the fake answered with
 * @param receivedNanos {@link System#nanoTime()} when the fake started handling the request (for latency measurements
 *     in the same JVM)
 */
public record RecordedRequest(
        String method,
        String path,
        Map<String, String> query,
        Map<String, String> headers,
        JsonNode json,
        List<UploadedFile> files,
        int status,
        long receivedNanos) {

    /** Whether this request used {@code method} on a path matching the regular expression {@code pathRegex}. */
    public boolean is(String method, String pathRegex) {
        return this.method.equalsIgnoreCase(method) && path.matches(pathRegex);
    }

    /** Whether this request used {@code method} on exactly {@code path}. */
    public boolean at(String method, String path) {
        return this.method.equalsIgnoreCase(method) && this.path.equals(path);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        String queryText = query.isEmpty() ? "" : "?" + query;
        String body = json.isMissingNode() ? "" : " " + json;
        return method + " " + path + queryText + " -> " + status + body + (files.isEmpty() ? "" : " " + files);
    }
}
