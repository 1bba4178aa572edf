package studybot.section.command;

import java.util.List;
import java.util.Optional;
import studybot.command.BotCommand;
import studybot.command.ClickCall;
import studybot.command.ClickMode;
import studybot.command.ClickRoute;
import studybot.command.Feature;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.reply.Text;
import studybot.section.OpenSection;
import studybot.section.SectionIds;
import studybot.section.SectionReplies;

/**
 * {@code /section} and the buttons and pick lists that open sections, wherever they appear ({@code /search} hits, a
 * tip's "Read" button, previous and next): the ids {@code nav:…}, {@code open:…} and {@code pick}.
 */
public final class SectionFeature implements Feature {

    private final SectionCommand command;
    private final SectionReplies replies;
    private final Texts texts = Texts.load("section");

    public SectionFeature(SectionReplies replies) {
        this.command = new SectionCommand(replies);
        this.replies = replies;
    }

    @Override
    public List<BotCommand> commands() {
        return List.of(command);
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return List.of(
                new ClickRoute(SectionIds.NAV, ClickMode.EDIT_MESSAGE, this::button),
                new ClickRoute(SectionIds.OPEN, ClickMode.NEW_MESSAGE, this::button),
                new ClickRoute(SectionIds.PICK_LIST, ClickMode.NEW_MESSAGE, this::pick));
    }

    private Reply button(ClickCall call) {
        return open(call, SectionIds.parseArgs(call.args()));
    }

    private Reply pick(ClickCall call) {
        return open(
                call,
                call.values().isEmpty()
                        ? Optional.empty()
                        : SectionIds.parseValue(call.values().get(0)));
    }

    private Reply open(ClickCall call, Optional<OpenSection> target) {
        return target.map(section -> replies.open(
                        call.scope().book().get().sections(), section, call.privateLocale(), call.publicLocale()))
                .orElseGet(() -> Reply.problem(Text.markup(texts.text(call.privateLocale(), "old.button"))));
    }
}
