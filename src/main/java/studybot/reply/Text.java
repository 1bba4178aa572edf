package studybot.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Text with structure instead of markup: plain runs, emphasis, code (a command to type), links, channels and moments in
 * time. Each renderer writes it its own way (Discord markdown with book and user text escaped, bold and dim in a
 * terminal, plain text elsewhere), so nothing a command writes is tied to one transport. A {@code \n} inside a run is a
 * line break; a blank line separates paragraphs.
 */
public record Text(List<Span> spans) {

    /** One run of text. */
    public sealed interface Span permits Plain, Strong, Code, CodeBlock, Link, Channel, Member, Moment, Day {}

    /** Text shown as it is: book text, what a user typed, studybot's own words. */
    public record Plain(String text) implements Span {
        public Plain {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Emphasised text, such as a matched search word or a section number in a list. */
    public record Strong(String text) implements Span {
        public Strong {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Something to type or an identifier, such as {@code /section 20.4}. */
    public record Code(String text) implements Span {
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A book's code listing, line for line: a code block on Discord, indented in the console, never reflowed or escaped
     * as prose is.
     */
    public record CodeBlock(String text) implements Span {
        public CodeBlock {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A link, e.g. to a Discord message. */
    public record Link(String label, String url) implements Span {
        public Link {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
        }
    }

    /** A Discord channel, by id (Discord shows its name). */
    public record Channel(long id) implements Span {}

    /** A Discord member, by user id (Discord shows their name; replies never ping anyone). */
    public record Member(long userId) implements Span {}

    /** The day a moment falls on; Discord shows it as a date in each reader's own timezone. */
    public record Day(long epochSecond) implements Span {}

    /** A moment in time; Discord shows it in each reader's own timezone. */
    public record Moment(long epochSecond) implements Span {}

    /** Characters some renderer may escape or follow with an invisible character: markdown, headings, mentions. */
    private static final String MARKUP_SENSITIVE = "\\*_~`|>#@";

    public Text {
        spans = List.copyOf(spans);
    }

    public static Text empty() {
        return new Text(List.of());
    }

    /** {@code text} shown as it is, whatever it contains. */
    public static Text plain(String text) {
        return text.isEmpty() ? empty() : new Text(List.of(new Plain(text)));
    }

    /**
     * studybot's own fixed wording with {@code `code`} and {@code **strong**} marked as in Markdown, and {@code \}
     * escaping the next character. Never for book text or anything a user typed: use {@link #plain} or a
     * {@link #builder()} for those.
     */
    public static Text markup(String markup) {
        Builder text = builder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (c == '\\' && i + 1 < markup.length()) {
                run.append(markup.charAt(++i));
            } else if (c == '`' || (c == '*' && markup.startsWith("**", i))) {
                String marker = c == '`' ? "`" : "**";
                int end = markup.indexOf(marker, i + marker.length());
                if (end < 0) {
                    run.append(c);
                    continue;
                }
                text.plain(run.toString());
                run.setLength(0);
                String inner = unescape(markup.substring(i + marker.length(), end));
                if (c == '`') {
                    text.code(inner);
                } else {
                    text.strong(inner);
                }
                i = end + marker.length() - 1;
            } else {
                run.append(c);
            }
        }
        return text.plain(run.toString()).build();
    }

    /**
     * {@code text} escaped for {@link #markup}, so that book text or what a user typed shows as it is inside studybot's
     * own wording (a translated text with the value filled in).
     */
    public static String literal(String text) {
        return text.replaceAll("([\\\\`*])", "\\\\$1");
    }

    private static String unescape(String text) {
        return text.replaceAll("\\\\(.)", "$1");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** This text followed by {@code more}. */
    public Text append(Text more) {
        List<Span> joined = new ArrayList<>(spans);
        joined.addAll(more.spans);
        return new Text(joined);
    }

    /** The texts one per line. */
    public static Text lines(List<Text> lines) {
        Builder text = builder();
        for (int i = 0; i < lines.size(); i++) {
            text.plain(i == 0 ? "" : "\n").append(lines.get(i));
        }
        return text.build();
    }

    /**
     * The most characters plain {@code text} may take once a renderer has escaped it: each character that markup could
     * read as formatting or a mention counts twice. For fitting text into a renderer's size limit ahead.
     */
    public static int renderedLengthBound(String text) {
        int length = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (MARKUP_SENSITIVE.indexOf(text.charAt(i)) >= 0) {
                length++;
            }
        }
        return length;
    }

    public boolean isEmpty() {
        return spans.stream()
                .allMatch(span -> span instanceof Plain plain && plain.text().isEmpty());
    }

    /** The words without any structure, e.g. for tests and logs; channels and moments as numbers. */
    public String plainText() {
        return spans.stream().map(Text::plainText).collect(Collectors.joining());
    }

    private static String plainText(Span span) {
        if (span instanceof Plain plain) {
            return plain.text();
        }
        if (span instanceof Strong strong) {
            return strong.text();
        }
        if (span instanceof Code code) {
            return code.text();
        }
        if (span instanceof CodeBlock block) {
            return block.text();
        }
        if (span instanceof Link link) {
            return link.label();
        }
        if (span instanceof Channel channel) {
            return "#" + Long.toUnsignedString(channel.id());
        }
        if (span instanceof Member member) {
            return "@" + Long.toUnsignedString(member.userId());
        }
        if (span instanceof Day day) {
            return String.valueOf(day.epochSecond());
        }
        return String.valueOf(((Moment) span).epochSecond());
    }

    @Override
    public String toString() {
        return plainText();
    }

    /** Builds a text run by run. */
    public static final class Builder {

        private final List<Span> spans = new ArrayList<>();

        private Builder() {}

        public Builder plain(String text) {
            if (!text.isEmpty()) {
                spans.add(new Plain(text));
            }
            return this;
        }

        public Builder strong(String text) {
            spans.add(new Strong(text));
            return this;
        }

        public Builder code(String text) {
            spans.add(new Code(text));
            return this;
        }

        public Builder codeBlock(String text) {
            spans.add(new CodeBlock(text));
            return this;
        }

        public Builder link(String label, String url) {
            spans.add(new Link(label, url));
            return this;
        }

        public Builder channel(long id) {
            spans.add(new Channel(id));
            return this;
        }

        public Builder member(long userId) {
            spans.add(new Member(userId));
            return this;
        }

        public Builder day(long epochSecond) {
            spans.add(new Day(epochSecond));
            return this;
        }

        public Builder moment(long epochSecond) {
            spans.add(new Moment(epochSecond));
            return this;
        }

        /** See {@link Text#markup}: for studybot's own wording only. */
        public Builder markup(String markup) {
            return append(Text.markup(markup));
        }

        public Builder append(Text text) {
            spans.addAll(text.spans());
            return this;
        }

        public Text build() {
            return new Text(spans);
        }
    }
}
