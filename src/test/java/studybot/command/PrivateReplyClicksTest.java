package studybot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import studybot.book.CurrentBook;
import studybot.reply.Reply;

/**
 * Clicks answered {@link ClickMode#PRIVATE_REPLY}: only the clicker sees the answer; the clicked message may update.
 */
class PrivateReplyClicksTest {

    private static final Asker MEMBER = Asker.inServer(5, "Ann", 1, 2, false);
    private static final Instant SENT = Instant.parse("2026-12-06T07:00:00Z");

    private final Feature vote = new Feature() {
        @Override
        public List<BotCommand> commands() {
            return List.of();
        }

        @Override
        public List<ClickRoute> clickRoutes() {
            return List.of(new ClickRoute(
                    "vote",
                    ClickMode.PRIVATE_REPLY,
                    call -> Reply.content("Counted", "your vote " + call.args() + " on " + call.messageId()),
                    call -> call.messageId().isPresent()
                            ? Optional.of(Reply.content("Poll", "1 vote"))
                            : Optional.empty()));
        }
    };
    private final CommandRegistry registry =
            new CommandRegistry(BooksByPlace.everywhere(new CurrentBook()), List.of(vote));

    @Test
    void theAnswerIsPrivateEvenWhenTheHandlerMadeItPublicAndTheMessageIdReachesIt() {
        ClickAnswer answer = registry.clickAndUpdate(
                MEMBER, "vote:yes", List.of(), new ClickedMessage(99, SENT, List.of("vote:yes", "vote:no")));

        assertThat(answer.reply().isForAskerOnly()).isTrue();
        assertThat(answer.reply().text().plainText()).isEqualTo("your vote [yes] on OptionalLong[99]");
        assertThat(answer.clickedMessage())
                .hasValueSatisfying(
                        message -> assertThat(message.text().plainText()).isEqualTo("1 vote"));
        assertThat(registry.click(MEMBER, "vote:yes", List.of()).isForAskerOnly())
                .isTrue();
    }

    @Test
    void aPrivateReplyClickedOnAMessageWithoutItsRouteLeavesThatMessageAlone() {
        ClickAnswer forged = registry.clickAndUpdate(
                MEMBER, "vote:yes", List.of(), new ClickedMessage(99, SENT, List.of("nav:20.4:0", "open:20.4:0")));

        assertThat(forged.reply().isForAskerOnly()).isTrue();
        assertThat(forged.reply().text().plainText()).startsWith("This button isn't valid.");
        assertThat(forged.clickedMessage()).isEmpty();
    }

    @Test
    void onlyPrivateRepliesMayUpdateTheClickedMessage() {
        assertThatThrownBy(() -> new ClickRoute(
                        "nav", ClickMode.EDIT_MESSAGE, call -> Reply.problem("x"), call -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only private replies");
        assertThat(registry.clickAndUpdate(MEMBER, "gone:1", List.of(), new ClickedMessage(3, SENT, List.of("gone:1")))
                        .clickedMessage())
                .isEmpty();
    }
}
