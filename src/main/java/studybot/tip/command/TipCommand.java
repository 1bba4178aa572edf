package studybot.tip.command;

import java.util.Locale;
import java.util.Optional;
import studybot.book.Book;
import studybot.book.BookLanguageNote;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.Reach;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.library.Section;
import studybot.reply.Reply;
import studybot.tip.ChannelTipRotation;
import studybot.tip.TipReply;

/**
 * {@code /tip}: one study tip (a key fact of the book), with a way to read the section it comes from. In each channel
 * (or DM, or the console) no tip repeats until every tip has been shown there ({@link ChannelTipRotation}).
 */
public final class TipCommand implements BotCommand {

    /** The rotation key of the console, which has no channel. */
    private static final long CONSOLE_CHANNEL = 0L;

    private final ChannelTipRotation rotation;
    private final Texts texts;

    /** @param texts the {@code tip} bundle */
    public TipCommand(ChannelTipRotation rotation, Texts texts) {
        this.rotation = rotation;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("tip", texts.english("describe.tip"), Access.EVERYONE, Reach.EVERYWHERE)
                .translatedBy(Translations.from(texts));
    }

    /** With a stored rotation: a random tip, for when the store cannot take the work at all. */
    @Override
    public Optional<BotCommand> withoutStore() {
        return rotation.usesStore() ? Optional.of(new TipCommand(rotation.withoutStore(), texts)) : Optional.empty();
    }

    @Override
    public Reply answer(CommandCall call) {
        return answer(call.scope().book().get(), call.asker().channelId().orElse(CONSOLE_CHANNEL), call.publicLocale());
    }

    /**
     * The next tip from {@code book} for this channel, worded in {@code language}; a book in another language than
     * English has none, and is told why.
     */
    public Reply answer(Book book, long channelId, Locale language) {
        return rotation.next(channelId, book.tips())
                .map(tip -> TipReply.of(
                        tip,
                        book.library().find(tip.source()).map(Section::title).orElse(""),
                        texts,
                        language))
                .orElseGet(
                        () -> Reply.problem(BookLanguageNote.of(book.library().language(), language)
                                .orElseGet(() -> texts.text(language, "no.tips"))));
    }
}
