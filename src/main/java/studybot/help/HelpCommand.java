package studybot.help;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import studybot.book.Book;
import studybot.command.BookCommand;
import studybot.command.CommandInput;
import studybot.command.CommandSpec;
import studybot.library.Section;
import studybot.reply.Reply;

/**
 * {@code /help}: what the bot can do, with examples taken from the loaded book so they always work, and the
 * chapters it holds so nobody has to guess a section number.
 */
public final class HelpCommand implements BookCommand {

    private final Supplier<List<CommandSpec>> commands;

    /** @param commands every command to list, this one included; a supplier since the list includes this one */
    public HelpCommand(Supplier<List<CommandSpec>> commands) {
        this.commands = commands;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("help", "What studybot can do, with examples", List.of());
    }

    @Override
    public Reply answer(Book book, CommandInput input) {
        List<Section> sections = book.library().sections();
        Section example = sections.get(Math.min(3, sections.size() - 1));
        String lines = commands.get().stream()
                .map(spec -> "`" + spec.usage() + "` " + spec.description())
                .collect(Collectors.joining("\n"));
        String chapters = book.library().chapters().stream()
                .map(chapter -> chapter + " (" + book.library().chapter(chapter).size() + " sections)")
                .collect(Collectors.joining(", "));
        String text = lines + "\n\nTry `/section " + example.number() + "`, `/section " + example.number().chapter()
                + "` or `/search " + longestWord(example.title()) + "`. Typos are fine."
                + "\n\nChapters in the book: " + chapters + ".";
        return Reply.content("studybot help", text).withFooter(book.library().size() + " sections loaded");
    }

    /** The title's longest word: the one most likely to say what the section is about. */
    private static String longestWord(String title) {
        String longest = "";
        for (String word : title.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest.toLowerCase(Locale.ROOT);
    }
}
