package studybot.command;

import java.util.Optional;
import studybot.reply.Reply;

/**
 * For routes answered {@link ClickMode#PRIVATE_REPLY}: what the clicked message, seen by everyone, should show once the
 * click is handled (a quiz question's "3 answered"), or empty to leave it as it is. Asked after the handler.
 */
@FunctionalInterface
public interface ClickUpdate {

    /** Leaves every clicked message as it is. */
    ClickUpdate NONE = call -> Optional.empty();

    Optional<Reply> clickedMessage(ClickCall call);
}
