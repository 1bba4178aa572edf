package studybot.dailytips;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongPredicate;
import studybot.book.BookLanguageNote;
import studybot.book.ServerBooks;
import studybot.i18n.PublicLocales;
import studybot.library.Section;
import studybot.posting.Fanout;
import studybot.posting.RetryBackoff;
import studybot.posting.SharedPostingRate;
import studybot.quiz.DroppedQuestions;
import studybot.store.Store;

/**
 * Daily tips built from their parts: the tip service over the store and the book each server reads ({@code /tips} is in
 * {@code dailytips.command}). Where tips are posted and how channels are checked is the transport's to give: JDA on
 * Discord; on the console, which cannot post, the offline ones. The store belongs to whoever opened it (other features
 * share it).
 */
public final class DailyTips {

    private final DailyTipService service;

    private DailyTips(DailyTipService service) {
        this.service = service;
    }

    /**
     * Daily tips over {@code store}.
     *
     * @param store opened with {@link DailyTipService#MIGRATIONS} and {@link SharedPostingRate#MIGRATIONS}
     * @param books the book each server reads; tips are drawn from whichever edition of it is current when one is
     *     posted
     * @param posting the servers this process posts for, and how long a post may take; the bot's request rate is shared
     *     with its other processes through the store, on the system clock they all share
     * @param clock the time tips are scheduled by ({@code Clock.systemUTC()} outside tests)
     * @param digests what each server's reading plan adds to its daily post; the post's question of the day comes from
     *     the quiz of the server's book ({@link DailyQuestions#fromBook})
     * @param dropped the questions each server's members reported away, never asked as its question of the day
     * @param threads the discussion thread each digest opens on its own message
     * @param languages each server's language, which its daily post is worded in
     */
    public static DailyTips over(
            Store store,
            ServerBooks books,
            TipChannel channel,
            Posting posting,
            Clock clock,
            DailyDigests digests,
            DroppedQuestions dropped,
            DigestThreads threads,
            PublicLocales languages) {
        Fanout fanout = Fanout.of(
                posting.ownsServer(), SharedPostingRate.discordGlobal(store, Clock.systemUTC()), posting.sendTimeout());
        DailyTipService service = new DailyTipService(
                store,
                server -> books.of(server).tips().tips(),
                (server, section) -> books.of(server).library().find(section).map(Section::title),
                channel,
                clock,
                RetryBackoff.DEFAULT,
                digests,
                DailyQuestions.fromBook(books, dropped),
                threads,
                fanout,
                languages::of,
                (server, reader) -> BookLanguageNote.of(books.of(server).library(), reader));
        return new DailyTips(service);
    }

    /** For where nothing can be posted, such as the offline console: every post fails until studybot connects. */
    public static TipChannel offlineChannel() {
        return (channelId, post, nonce) -> {
            throw new TransientSendFailure("studybot is not connected to Discord");
        };
    }

    /** For where no channel can be checked, such as the offline console. */
    public static PostingAccess offlineAccess() {
        return (serverId, channelId) -> Optional.of(PostingProblem.offline(channelId));
    }

    /** Which servers this process posts for, and how long one post may wait for the transport. */
    public record Posting(LongPredicate ownsServer, Duration sendTimeout) {

        /** Every server, for where nothing is posted anyway, such as the offline console. */
        public static Posting everything(Duration sendTimeout) {
            return new Posting(server -> true, sendTimeout);
        }
    }

    public DailyTipService service() {
        return service;
    }
}
