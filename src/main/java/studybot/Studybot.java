package studybot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.command.BookCommand;
import studybot.command.CommandSpec;
import studybot.command.Commands;
import studybot.config.StudybotConfig;
import studybot.help.HelpCommand;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.SeedParser;
import studybot.search.SearchCommand;
import studybot.section.SectionCommand;
import studybot.section.SectionPager;
import studybot.tip.TipCommand;
import studybot.tip.TipExtractor;

/**
 * The parts every transport shares, wired once: the loaded book and the commands that answer from it. The console
 * and the Discord bot are both thin layers over this.
 */
public final class Studybot {

    private final StudybotConfig config;
    private final CurrentBook book;
    private final LibraryLoader loader;
    private final BookBinder binder;
    private final SectionCommand sectionCommand;
    private final Commands commands;

    private Studybot(StudybotConfig config, LibraryLoader loader, BookBinder binder) throws LibraryException {
        this.config = config;
        this.loader = loader;
        this.binder = binder;
        this.book = new CurrentBook(binder.bind(loader.load(config.seedsFolder())));
        this.sectionCommand = new SectionCommand(new SectionPager(config.section().pageCharacters()));
        List<BookCommand> all = new ArrayList<>();
        all.add(sectionCommand);
        all.add(new SearchCommand(sectionCommand));
        all.add(new TipCommand(new SplittableRandom()));
        all.add(new HelpCommand(() -> all.stream().map(BookCommand::spec).toList()));
        this.commands = new Commands(all);
    }

    /** Loads the book named by {@code config}; refuses with the file and line to fix when the seeds are bad. */
    public static Studybot load(StudybotConfig config, Clock clock) throws LibraryException {
        BookBinder binder = new BookBinder(config.cache(), config.search(), new TipExtractor());
        return new Studybot(config, new LibraryLoader(new SeedParser(), clock), binder);
    }

    public StudybotConfig config() {
        return config;
    }

    public CurrentBook book() {
        return book;
    }

    public LibraryLoader loader() {
        return loader;
    }

    public BookBinder binder() {
        return binder;
    }

    public SectionCommand sectionCommand() {
        return sectionCommand;
    }

    public Commands commands() {
        return commands;
    }

    /** Specs of the book commands, for registering them with a transport. */
    public List<CommandSpec> specs() {
        return commands.all().stream().map(BookCommand::spec).toList();
    }
}
