package studybot.shelf.command;

import java.time.Clock;
import java.util.List;
import studybot.command.BotCommand;
import studybot.command.ClickMode;
import studybot.command.ClickRoute;
import studybot.command.Feature;
import studybot.config.UploadsConfig;
import studybot.i18n.Texts;
import studybot.shelf.BookPlaces;
import studybot.shelf.Shelf;

/**
 * The books feature: its command, {@link BookCommand} ({@code /book}), and the route of the {@code book:} remove
 * confirmation button back to it, answered privately to the manager who clicked.
 */
public final class BookFeature implements Feature {

    private final BookCommand command;

    /**
     * @param data members' plans and read marks per book, deleted with a book and listed when left behind
     * @param texts the {@code shelf} bundle
     */
    public BookFeature(Shelf shelf, BookPlaces places, UploadsConfig uploads, BookData data, Clock clock, Texts texts) {
        this.command = new BookCommand(shelf, places, uploads, data, clock, texts);
    }

    @Override
    public List<BotCommand> commands() {
        return List.of(command);
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return List.of(new ClickRoute(BookCommand.PREFIX, ClickMode.PRIVATE_REPLY, command::confirmedRemove));
    }
}
