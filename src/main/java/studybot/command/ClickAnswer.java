package studybot.command;

import java.util.Objects;
import java.util.Optional;
import studybot.reply.Reply;

/**
 * The answer to a click, and the clicked message's new content when its route keeps it current ({@link ClickUpdate}); a
 * transport that has no messages (the console) shows only {@code reply}.
 */
public record ClickAnswer(Reply reply, Optional<Reply> clickedMessage) {

    public ClickAnswer {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(clickedMessage, "clickedMessage");
    }
}
