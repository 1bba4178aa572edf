package studybot.dailytips;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import studybot.book.Book;
import studybot.command.Feature;
import studybot.library.Section;
import studybot.store.Database;
import studybot.store.Schema;
import studybot.store.StoreException;

/**
 * Daily tips built from their parts: the store in the data folder, the tip service over the current book, and
 * {@code /tips}. Where tips are posted and how channels are checked is the transport's to give: JDA on Discord;
 * on the console, which cannot post, the offline ones. Close it to close the store.
 */
public final class DailyTips implements AutoCloseable {

    /** The store's file name inside {@code dataFolder}. */
    public static final String DATABASE_FILE = "studybot.db";

    private final Database database;
    private final DailyTipService service;
    private final TipsCommand command;

    private DailyTips(Database database, DailyTipService service, TipsCommand command) {
        this.database = database;
        this.service = service;
        this.command = command;
    }

    /**
     * Opens (creating if absent) the store at {@code <dataFolder>/studybot.db}.
     *
     * @param book    the book being served; tips are drawn from whichever edition is current when one is posted
     * @param posting the servers this process posts for, and how long a post may take; the bot's request rate is
     *                shared with its other processes through the store, on the system clock they all share
     * @param clock   the time tips are scheduled by ({@code Clock.systemUTC()} outside tests)
     * @throws StoreException when the store cannot be used (corrupt, unwritable, from a newer studybot); its
     *                        one-line message names the file and what to do
     */
    public static DailyTips open(Path dataFolder, Supplier<Book> book, TipChannel channel, PostingAccess access,
                                 Posting posting, Clock clock) {
        Database database = Database.open(dataFolder.resolve(DATABASE_FILE), Schema.MIGRATIONS);
        Fanout fanout = Fanout.of(posting.ownsServer(), SharedPostingRate.discordGlobal(database, Clock.systemUTC()),
                posting.sendTimeout());
        DailyTipService service = new DailyTipService(database, () -> book.get().tips().tips(),
                section -> book.get().library().find(section).map(Section::title), channel, clock,
                RetryBackoff.DEFAULT, fanout);
        return new DailyTips(database, service, new TipsCommand(service, access));
    }

    /** For where nothing can be posted, such as the offline console: every post fails until studybot connects. */
    public static TipChannel offlineChannel() {
        return (channelId, post, nonce) -> {
            throw new TransientSendFailure("studybot is not connected to Discord");
        };
    }

    /** For where no channel can be checked, such as the offline console. */
    public static PostingAccess offlineAccess() {
        return (serverId, channelId) -> Optional.of("studybot is not connected to Discord, so it cannot check "
                + "that channel.");
    }

    /** Which servers this process posts for, and how long one post may wait for the transport. */
    public record Posting(LongPredicate ownsServer, Duration sendTimeout) {

        /** Every server, for where nothing is posted anyway, such as the offline console. */
        public static Posting everything(Duration sendTimeout) {
            return new Posting(server -> true, sendTimeout);
        }
    }

    /** The store, which the bot's other parts that keep data share. */
    public Database database() {
        return database;
    }

    public DailyTipService service() {
        return service;
    }

    /** {@code /tips}, for the command registry. */
    public Feature feature() {
        return Feature.of(command);
    }

    @Override
    public void close() {
        database.close();
    }
}
