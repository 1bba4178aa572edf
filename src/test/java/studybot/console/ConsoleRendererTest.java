package studybot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.Text;

/** Terminal text: bold and dim only for a terminal that wants colour, no markup ever, buttons as commands. */
class ConsoleRendererTest {

    private static final Reply REPLY = Reply.content("Search: pool", Text.builder().plain("Showing ").strong("pooling")
                    .plain(" for ").code("/search pool").plain(" in ").channel(7).plain(" at ").moment(0).build())
            .withFooter("1 section")
            .withActions(List.of(new ReplyAction.Button("Next", "nav:1.2:0", ReplyAction.Style.SECONDARY, "/section 1.2"),
                    new ReplyAction.Button("Quiz", "quiz:c1:a", ReplyAction.Style.PRIMARY, "")));

    @Test
    void plainTextHasNoMarkupAndButtonsAreCommandsToType() {
        String text = new ConsoleRenderer(false).render(REPLY);

        assertThat(text).isEqualTo("""
                == Search: pool ==
                Showing pooling for /search pool in channel 7 at 1970-01-01 00:00 UTC
                -- 1 section
                » Next: /section 1.2   Quiz: /press quiz:c1:a
                """);
    }

    @Test
    void aTerminalGetsBoldAndDim() {
        String text = new ConsoleRenderer(true).render(REPLY);

        assertThat(text).contains("\u001B[1m== Search: pool ==\u001B[22m", "Showing \u001B[1mpooling\u001B[22m",
                "\u001B[2m-- 1 section\u001B[22m");
    }

    @Test
    void colourOnlyForATerminalWithoutNoColor() {
        assertThat(ConsoleRenderer.forTerminal(true, Map.of()).render(REPLY)).contains("\u001B[");
        assertThat(ConsoleRenderer.forTerminal(true, Map.of("NO_COLOR", "1")).render(REPLY)).doesNotContain("\u001B[");
        assertThat(ConsoleRenderer.forTerminal(false, Map.of()).render(REPLY)).doesNotContain("\u001B[");
    }

    @Test
    void pickListsListTheirCommands() {
        Reply reply = Reply.content("Chapter 1", "Two sections").withActions(List.of(new ReplyAction.PickList("pick",
                "Open a section…", List.of(new ReplyAction.Pick("1.1 One", "1.1:0", "/section 1.1"),
                        new ReplyAction.Pick("1.2 Two", "1.2:0", "")))));

        assertThat(new ConsoleRenderer(false).render(reply))
                .endsWith("» Open a section: /section 1.1 · /press pick 1.2:0\n");
    }
}
