package studybot.privacy.command;

import java.util.List;
import studybot.command.BotCommand;
import studybot.command.ClickMode;
import studybot.command.ClickRoute;
import studybot.command.ConfirmationNonces;
import studybot.command.Feature;
import studybot.i18n.Texts;
import studybot.privacy.PersonalData;

/**
 * The privacy feature: its command, {@link PrivacyCommand} ({@code /privacy}), and the route of the {@code /privacy
 * forget} confirmation button back to it, which replaces the private prompt.
 */
public final class PrivacyFeature implements Feature {

    private final PrivacyCommand command;

    /** @param texts the {@code privacy} bundle */
    public PrivacyFeature(PersonalData data, ConfirmationNonces nonces, Texts texts) {
        this.command = new PrivacyCommand(data, nonces, texts);
    }

    @Override
    public List<BotCommand> commands() {
        return List.of(command);
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return List.of(
                new ClickRoute(PrivacyCommand.FORGET_CONFIRMED, ClickMode.EDIT_MESSAGE, command::forgetConfirmed));
    }
}
