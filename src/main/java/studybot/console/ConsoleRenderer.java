package studybot.console;

import java.util.List;
import java.util.stream.Collectors;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;

/**
 * Turns a reply into terminal text. A terminal has no buttons, so each action becomes the command to type: the
 * one its feature says does the same, or {@code /press ID} (with the value, for a list).
 */
public final class ConsoleRenderer {

    public String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        reply.titleIfAny().ifPresent(title -> out.append("== ").append(title).append(" ==\n"));
        if (!reply.text().isEmpty()) {
            out.append(reply.text()).append('\n');
        }
        for (ReplyField field : reply.fields()) {
            out.append('\n').append(field.name()).append('\n').append(indent(field.value())).append('\n');
        }
        if (!reply.footer().isEmpty()) {
            out.append("-- ").append(reply.footer()).append('\n');
        }
        List<ReplyAction.Button> buttons = reply.actions().stream()
                .filter(ReplyAction.Button.class::isInstance).map(ReplyAction.Button.class::cast).toList();
        if (!buttons.isEmpty()) {
            out.append(buttons.stream().map(button -> button.label() + ": " + command(button))
                    .collect(Collectors.joining("   ", "» ", "\n")));
        }
        reply.actions().stream().filter(ReplyAction.PickList.class::isInstance).map(ReplyAction.PickList.class::cast)
                .forEach(list -> out.append(list.picks().stream().map(pick -> command(list, pick))
                        .collect(Collectors.joining(" · ", "» " + list.placeholder().replace("…", "") + ": ", "\n"))));
        return out.toString();
    }

    private static String command(ReplyAction.Button button) {
        return button.typed().isEmpty() ? "/press " + button.id() : button.typed();
    }

    private static String command(ReplyAction.PickList list, ReplyAction.Pick pick) {
        return pick.typed().isEmpty() ? "/press " + list.id() + " " + pick.value() : pick.typed();
    }

    private static String indent(String text) {
        return text.lines().map(line -> "   " + line).collect(Collectors.joining("\n"));
    }
}
