package studybot.command;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The message a click came from, as the transport received it with the click: its id, when it was sent and the ids of
 * the buttons and pick lists it carries. A component id is all the state a click has, so anyone can send any id from
 * any message; checking the id's route against the message's own keeps a quiz answer id sent from a {@code /section}
 * message from turning that message into a quiz question. Routes are compared rather than whole ids because a message
 * edited between two clicks (two members paging one {@code /section}) still carries the route, not the stale id.
 *
 * @param id the message's id: unique per message, nothing more is to be read from it
 * @param sentAt when the message was sent, as the transport knows it
 * @param componentIds the {@code custom_id}s of its buttons and pick lists, in any order
 */
public record ClickedMessage(long id, Instant sentAt, List<String> componentIds) {

    public ClickedMessage {
        Objects.requireNonNull(sentAt, "sentAt");
        componentIds = List.copyOf(componentIds);
    }

    /** Whether this message carries a component routed as {@code clickedId} is: the same prefix. */
    public boolean carriesRouteOf(String clickedId) {
        String prefix = ClickRoute.prefixOf(clickedId);
        return componentIds.stream()
                .anyMatch(component -> ClickRoute.prefixOf(component).equals(prefix));
    }
}
