package studybot.tip.command;

import java.util.List;
import java.util.Optional;
import studybot.book.Book;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.Reach;
import studybot.library.Section;
import studybot.reply.Reply;
import studybot.section.command.SectionActions;
import studybot.tip.ChannelTipRotation;
import studybot.tip.Tip;

/**
 * {@code /tip}: one study tip (a key fact of the book), with a way to read the section it comes from. In each channel
 * (or DM, or the console) no tip repeats until every tip has been shown there ({@link ChannelTipRotation}).
 */
public final class TipCommand implements BotCommand {

    /** The rotation key of the console, which has no channel. */
    private static final long CONSOLE_CHANNEL = 0L;

    private final ChannelTipRotation rotation;

    public TipCommand(ChannelTipRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("tip", "A study tip from the book", Access.EVERYONE, Reach.EVERYWHERE);
    }

    /** With a stored rotation, {@code /tip} reads and writes the store (and falls back to a random tip if it can't). */

    /** With a stored rotation: a random tip, for when the store cannot take the work at all. */
    @Override
    public Optional<BotCommand> withoutStore() {
        return rotation.usesStore() ? Optional.of(new TipCommand(rotation.withoutStore())) : Optional.empty();
    }

    @Override
    public Reply answer(CommandCall call) {
        return answer(call.scope().book().get(), call.asker().channelId().orElse(CONSOLE_CHANNEL));
    }

    /** The next tip from {@code book} for this channel. */
    public Reply answer(Book book, long channelId) {
        return rotation.next(channelId, book.tips())
                .map(tip -> reply(
                        tip,
                        book.library().find(tip.source()).map(Section::title).orElse("")))
                .orElseGet(() -> Reply.problem("The book has no tips yet."));
    }

    /**
     * The reply for a given tip, shared with the daily post so both look the same. "Read" is a result to open, not
     * navigation: clicking it answers with the section and leaves the tip where it is.
     */
    public static Reply reply(Tip tip, String sectionTitle) {
        String from = sectionTitle.isEmpty() ? tip.source().toString() : tip.source() + " " + sectionTitle;
        return Reply.content("Study tip", tip.text())
                .withFooter("From " + from)
                .withActions(
                        SectionActions.open(List.of(new SectionActions.Link("Read " + tip.source(), tip.source()))));
    }
}
