package studybot.command;

import java.util.List;

/**
 * What one package adds to studybot: its commands and the component ids it owns. Registering it is one line in the list
 * the {@link CommandRegistry} is built from; Discord registration, {@code /help}, the console and {@code /stats} all
 * follow from it.
 */
public interface Feature {

    /** The commands, in the order {@code /help} lists them. */
    List<BotCommand> commands();

    /** The component id prefixes this feature answers; none by default. */
    default List<ClickRoute> clickRoutes() {
        return List.of();
    }

    /** A feature of one command and no components. */
    static Feature of(BotCommand... commands) {
        List<BotCommand> list = List.of(commands);
        return () -> list;
    }
}
