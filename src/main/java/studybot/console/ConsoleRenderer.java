package studybot.console;

import java.util.List;
import java.util.stream.Collectors;
import studybot.reply.OpenSection;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;

/**
 * Turns a reply into terminal text. Discord markdown stays as it is (it reads fine as plain text); follow-up
 * actions become the command to type, since a terminal has no buttons: navigation with its label, results as a
 * list of commands (their titles are already in the text above).
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
        List<ReplyAction> navigation = actions(reply, ReplyAction.Role.NAVIGATION);
        if (!navigation.isEmpty()) {
            out.append(navigation.stream().map(action -> action.label() + ": " + command(action.target()))
                    .collect(Collectors.joining("   ", "» ", "\n")));
        }
        List<ReplyAction> results = actions(reply, ReplyAction.Role.RESULT);
        if (!results.isEmpty()) {
            out.append(results.stream().map(action -> command(action.target()))
                    .collect(Collectors.joining(" · ", "» open one: ", "\n")));
        }
        return out.toString();
    }

    private static List<ReplyAction> actions(Reply reply, ReplyAction.Role role) {
        return reply.actions().stream().filter(action -> action.role() == role).toList();
    }

    private static String command(OpenSection target) {
        return "/section " + target.section() + (target.page() > 0 ? " page " + (target.page() + 1) : "");
    }

    private static String indent(String text) {
        return text.lines().map(line -> "   " + line).collect(Collectors.joining("\n"));
    }
}
