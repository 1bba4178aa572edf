package studybot.tip;

import java.util.List;
import java.util.random.RandomGenerator;
import studybot.book.Book;
import studybot.command.BookCommand;
import studybot.command.CommandInput;
import studybot.command.CommandSpec;
import studybot.library.Section;
import studybot.reply.DiscordMarkdown;
import studybot.reply.OpenSection;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;

/** {@code /tip}: one study tip at random, with a way to read the section it comes from. */
public final class TipCommand implements BookCommand {

    private final RandomGenerator random;

    public TipCommand(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("tip", "A study tip from the book, at random", List.of());
    }

    @Override
    public Reply answer(Book book, CommandInput input) {
        return book.tips().random(random)
                .map(tip -> reply(tip, book.library().find(tip.source()).map(Section::title).orElse("")))
                .orElseGet(() -> Reply.problem("The book has no tips yet."));
    }

    /**
     * The reply for a given tip, shared with the daily post so both look the same. "Read" is a result to open, not
     * navigation: clicking it answers with the section and leaves the tip where it is.
     */
    public static Reply reply(Tip tip, String sectionTitle) {
        String from = sectionTitle.isEmpty() ? tip.source().toString() : tip.source() + " " + sectionTitle;
        return Reply.content("Study tip", DiscordMarkdown.escape(tip.text()))
                .withFooter("From " + from)
                .withActions(List.of(new ReplyAction("Read " + tip.source(), new OpenSection(tip.source(), 0),
                        ReplyAction.Role.RESULT)));
    }
}
