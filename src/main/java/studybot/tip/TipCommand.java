package studybot.tip;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import studybot.book.Book;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.library.Section;
import studybot.reply.DiscordMarkdown;
import studybot.reply.Reply;
import studybot.section.SectionActions;

/**
 * {@code /tip}: one study tip at random, with a way to read the section it comes from. Handlers run on several
 * threads at once, so each call draws from its own thread's generator.
 */
public final class TipCommand implements BotCommand {

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("tip", "A study tip from the book, at random", Access.EVERYONE);
    }

    @Override
    public Reply answer(CommandCall call) {
        return answer(call.book().get());
    }

    /** A random tip from {@code book}. */
    public Reply answer(Book book) {
        return book.tips().random(ThreadLocalRandom.current())
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
                .withActions(SectionActions.open(List.of(new SectionActions.Link("Read " + tip.source(),
                        tip.source()))));
    }
}
