package studybot.reply;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command answers, independent of where it is shown: the console prints it as text, the Discord renderer makes
 * it an embed with buttons. Commands build these and never see a transport; they hold structure, never markup, so each
 * renderer escapes and formats in its own way.
 *
 * @param kind content is shown to everyone; a problem (a miss, bad input) only to whoever asked
 * @param title a heading such as {@code 20.4 Replication Groups}, or empty; plain text
 * @param text the main text
 * @param fields named blocks in order, such as search hits
 * @param footer a line placing the content, such as {@code Chapter 20 · section 4 of 7}, or empty
 * @param actions follow-ups the reader can take, in order
 * @param audience who sees it: everyone in the channel, or only whoever asked
 * @param attachment a picture saying what the text says (a chart), when there is one
 */
public record Reply(
        Kind kind,
        String title,
        Text text,
        List<ReplyField> fields,
        String footer,
        List<ReplyAction> actions,
        Audience audience,
        Optional<ReplyAttachment> attachment) {

    /** Whether the reply is the book's content or a problem with the request. */
    public enum Kind {
        CONTENT,
        PROBLEM
    }

    /** Content is for everyone by default; problems, and answers to suspicious requests, only for the asker. */
    public enum Audience {
        EVERYONE,
        ASKER
    }

    public Reply {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        fields = List.copyOf(fields);
        Objects.requireNonNull(footer, "footer");
        actions = List.copyOf(actions);
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(attachment, "attachment");
    }

    public static Reply content(String title, Text text) {
        return new Reply(Kind.CONTENT, title, text, List.of(), "", List.of(), Audience.EVERYONE, Optional.empty());
    }

    /** Content whose text is plain, shown as it is. */
    public static Reply content(String title, String text) {
        return content(title, Text.plain(text));
    }

    public static Reply problem(Text text) {
        return new Reply(Kind.PROBLEM, "", text, List.of(), "", List.of(), Audience.ASKER, Optional.empty());
    }

    /** A problem whose text is plain, shown as it is. */
    public static Reply problem(String text) {
        return problem(Text.plain(text));
    }

    public Reply withFields(List<ReplyField> newFields) {
        return new Reply(kind, title, text, newFields, footer, actions, audience, attachment);
    }

    public Reply withFooter(String newFooter) {
        return new Reply(kind, title, text, fields, newFooter, actions, audience, attachment);
    }

    public Reply withActions(List<ReplyAction> newActions) {
        return new Reply(kind, title, text, fields, footer, newActions, audience, attachment);
    }

    /** The same reply, shown only to whoever asked. */
    public Reply toAskerOnly() {
        return new Reply(kind, title, text, fields, footer, actions, Audience.ASKER, attachment);
    }

    /** The same reply with a picture. */
    public Reply withAttachment(ReplyAttachment picture) {
        return new Reply(kind, title, text, fields, footer, actions, audience, Optional.of(picture));
    }

    public boolean isForAskerOnly() {
        return audience == Audience.ASKER;
    }

    public Optional<String> titleIfAny() {
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }
}
