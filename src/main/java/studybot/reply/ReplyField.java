package studybot.reply;

import java.util.Objects;

/** A named block of a reply, such as one search hit: {@code name} is the hit's heading, {@code value} its excerpt. */
public record ReplyField(String name, Text value) {

    public ReplyField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** A field whose value is plain text. */
    public ReplyField(String name, String value) {
        this(name, Text.plain(value));
    }
}
