package studybot.round.command;

import java.util.List;
import java.util.Optional;
import studybot.command.BotCommand;
import studybot.command.ClickCall;
import studybot.command.ClickMode;
import studybot.command.ClickRoute;
import studybot.command.Feature;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.round.RoundIds;
import studybot.round.RoundService;

/**
 * The rounds feature: its command, {@link RoundCommand} ({@code /round start}, {@code /round stop} and {@code /round
 * limit}), and the {@code round:} answer buttons, each click answered privately to the member who clicked while the
 * question message, through the same response, shows how many answered.
 */
public final class RoundFeature implements Feature {

    private final RoundService service;
    private final RoundCommand command;

    /**
     * @param wake called after a start is asked for, so that whatever runs rounds looks at them
     * @param texts the {@code round} bundle, for the command's descriptions
     */
    public RoundFeature(RoundService service, Runnable wake, Texts texts) {
        this.service = service;
        this.command = new RoundCommand(service, wake, texts);
    }

    @Override
    public List<BotCommand> commands() {
        return List.of(command);
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return List.of(new ClickRoute(RoundIds.PREFIX, ClickMode.PRIVATE_REPLY, this::click, this::clickedMessage));
    }

    private Reply click(ClickCall click) {
        return RoundIds.parseAnswer(click.args())
                .map(id -> service.answer(click.asker(), click.scope().book().get(), id))
                .orElseGet(() -> service.replies().damagedButton(click.privateLocale()));
    }

    private Optional<Reply> clickedMessage(ClickCall click) {
        return RoundIds.parseAnswer(click.args())
                .flatMap(id -> service.questionAfterClick(
                        click.asker(), click.scope().book().get(), id));
    }
}
