package studybot.dailytips;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import studybot.book.Book;
import studybot.command.Feature;
import studybot.library.Section;
import studybot.store.Store;

/**
 * Daily tips built from their parts: the bot's store, the tip service over the current book, and {@code /tips}.
 * Where tips are posted and how channels are checked is the transport's to give: JDA on Discord; on the console,
 * which cannot post, the offline ones. Close it to close the store.
 */
public final class DailyTips implements AutoCloseable {

    private final Store store;
    private final DailyTipService service;
    private final TipsCommand command;

    private DailyTips(Store store, DailyTipService service, TipsCommand command) {
        this.store = store;
        this.service = service;
        this.command = command;
    }

    /**
     * Daily tips over {@code store}, which this then owns.
     *
     * @param store   opened with {@link DailyTipService#MIGRATIONS} among its migrations
     * @param book    the book being served; tips are drawn from whichever edition is current when one is posted
     * @param clock   the time tips are scheduled by ({@code Clock.systemUTC()} outside tests)
     * @param digests what each server's reading plan adds to its daily post
     */
    public static DailyTips open(Store store, Supplier<Book> book, TipChannel channel, PostingAccess access,
                                 Clock clock, DailyDigests digests) {
        DailyTipService service = new DailyTipService(store, () -> book.get().tips().tips(),
                section -> book.get().library().find(section).map(Section::title), channel, clock,
                RetryBackoff.DEFAULT, digests);
        return new DailyTips(store, service, new TipsCommand(service, access));
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

    public DailyTipService service() {
        return service;
    }

    /** {@code /tips}, for the command registry. */
    public Feature feature() {
        return Feature.of(command);
    }

    @Override
    public void close() {
        store.close();
    }
}
