package studybot.help.command;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import studybot.book.Book;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.Place;
import studybot.command.Reach;
import studybot.library.Section;
import studybot.reply.Reply;
import studybot.reply.Text;

/**
 * {@code /help}: what the asker can do here (the commands they may use, from the registry), with examples taken from
 * the loaded book so they always work, and the chapters it holds so nobody has to guess a section number. A manager of
 * a server that has not picked its book yet is shown the setup steps first.
 */
public final class HelpCommand implements BotCommand {

    private final Predicate<Place> bookChosen;

    /** @param bookChosen whether a place has picked its book with {@code /book use} */
    public HelpCommand(Predicate<Place> bookChosen) {
        this.bookChosen = bookChosen;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("help", "What studybot can do, with examples", Access.EVERYONE, Reach.EVERYWHERE);
    }

    @Override
    public Reply answer(CommandCall call) {
        Reply help = answer(call.scope().book().get(), call.available().get());
        Place place = call.asker().place();
        if (!place.isServer() || !call.asker().managesServer() || bookChosen.test(place)) {
            return help;
        }
        return new Reply(
                help.kind(),
                help.title(),
                setUp().append(help.text()),
                help.fields(),
                help.footer(),
                help.actions(),
                help.audience(),
                help.attachment());
    }

    /** The first steps for a manager of a server that has not picked its book yet. */
    private static Text setUp() {
        return Text.builder()
                .strong("Setting up this server")
                .plain("\n1. Pick the book: ")
                .code("/book list")
                .plain(", then ")
                .code("/book use")
                .plain(" (or bring your own with ")
                .code("/book add")
                .plain(").\n2. Set the daily post: ")
                .code("/tips set")
                .plain(".\n3. Start a reading plan: ")
                .code("/plan set")
                .plain(".\n\n")
                .build();
    }

    /** Help listing {@code commands}, with examples from {@code book}. */
    public Reply answer(Book book, List<CommandSpec> commands) {
        List<Section> sections = book.library().sections();
        Section example = sections.get(Math.min(3, sections.size() - 1));
        Text lines = Text.lines(commands.stream()
                .map(spec -> Text.builder()
                        .code(spec.usage())
                        .plain(" " + spec.description())
                        .build())
                .toList());
        String chapters = book.library().chapters().stream()
                .map(chapter -> chapter + " (" + book.library().chapter(chapter).size() + " sections)")
                .collect(Collectors.joining(", "));
        Text text = Text.builder()
                .append(lines)
                .plain("\n\nTry ")
                .code("/section " + example.number())
                .plain(", ")
                .code("/section " + example.number().chapter())
                .plain(" or ")
                .code("/search " + longestWord(example.title()))
                .plain(". Typos are fine.")
                .plain("\n\nChapters in the book: " + chapters + ".")
                .build();
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
