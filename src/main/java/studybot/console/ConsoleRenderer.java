package studybot.console;

import java.util.stream.Collectors;
import studybot.reply.OpenSection;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;

/**
 * Turns a reply into terminal text. Discord markdown stays as it is (it reads fine as plain text); follow-up
 * actions become the command to type, since a terminal has no buttons.
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
        if (!reply.actions().isEmpty()) {
            out.append(reply.actions().stream().map(ConsoleRenderer::hint)
                    .collect(Collectors.joining("   ", "» ", "\n")));
        }
        return out.toString();
    }

    private static String hint(ReplyAction action) {
        OpenSection target = action.target();
        String command = "/section " + target.section() + (target.page() > 0 ? " page " + (target.page() + 1) : "");
        return action.label() + ": " + command;
    }

    private static String indent(String text) {
        return text.lines().map(line -> "   " + line).collect(Collectors.joining("\n"));
    }
}
