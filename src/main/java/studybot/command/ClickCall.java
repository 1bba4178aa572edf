package studybot.command;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A click on a button, or a pick from a list, that a reply carried. The component's id is all the state there is:
 * {@code prefix:arg:arg…}, so it keeps working after a restart or a reload.
 *
 * @param id the whole id, e.g. {@code nav:20.5:0}
 * @param args the parts after the prefix, e.g. {@code [20.5, 0]}
 * @param values what was picked from a list (empty for a button)
 * @param scope the clicker's place and the book in use there, as in {@link CommandCall#scope()}
 * @param message the message the component sits on; empty in the console, which has no messages
 */
public record ClickCall(
        Asker asker, String id, List<String> args, List<String> values, Scope scope, Optional<ClickedMessage> message) {

    public ClickCall {
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(id, "id");
        args = List.copyOf(args);
        values = List.copyOf(values);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(message, "message");
        if (!scope.place().equals(asker.place())) {
            throw new IllegalArgumentException("a click's scope is where its clicker is");
        }
    }

    /** The clicked message's id, unique per message (an opaque number); empty in the console. */
    public OptionalLong messageId() {
        return message.map(clicked -> OptionalLong.of(clicked.id())).orElse(OptionalLong.empty());
    }

    /** When the clicked message was sent; empty in the console. */
    public Optional<Instant> messageSentAt() {
        return message.map(ClickedMessage::sentAt);
    }

    /** The language of a reply only the asker sees (see {@link Asker#privateLocale()}). */
    public Locale privateLocale() {
        return asker.privateLocale();
    }

    /** The language of a message everyone at the place sees (see {@link Asker#publicLocale()}). */
    public Locale publicLocale() {
        return asker.publicLocale();
    }
}
