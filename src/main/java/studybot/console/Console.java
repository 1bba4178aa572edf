package studybot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.Book;
import studybot.command.BookCommand;
import studybot.command.CommandInput;
import studybot.command.Commands;
import studybot.command.OptionSpec;
import studybot.library.SectionNumber;
import studybot.reply.OpenSection;
import studybot.section.SectionCommand;

/**
 * The bot without Discord: reads command lines ({@code /section 20.4}) and prints the same answers the bot gives
 * on Discord. Reads until end of input, so it can be scripted with a pipe. A line that fails is reported and the
 * next one is read; nothing typed can end the session but end of input or {@code /quit}.
 */
public final class Console {

    private static final Logger LOG = LoggerFactory.getLogger(Console.class);
    private static final Pattern PAGE = Pattern.compile("(\\d{1,4}\\.\\d{1,4})\\s+page\\s+(\\d{1,4})",
            Pattern.CASE_INSENSITIVE);

    private final Supplier<Book> book;
    private final Commands commands;
    private final SectionCommand sections;
    private final ConsoleRenderer renderer;

    public Console(Supplier<Book> book, Commands commands, SectionCommand sections, ConsoleRenderer renderer) {
        this.book = book;
        this.commands = commands;
        this.sections = sections;
        this.renderer = renderer;
    }

    /** Answers each line of {@code in} on {@code out}; a prompt is shown only when a person is typing. */
    public void run(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
        prompt(out, interactive);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.strip();
            if (command.equalsIgnoreCase("/quit") || command.equalsIgnoreCase("/exit")) {
                return;
            }
            if (!command.isEmpty()) {
                out.println(answer(command));
            }
            prompt(out, interactive);
        }
    }

    /** The rendered answer to one command line. */
    public String answer(String line) {
        String command = line.startsWith("/") ? line.substring(1) : line;
        String[] parts = command.split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        String argument = parts.length > 1 ? parts[1].strip() : "";
        try {
            Book current = book.get();
            Matcher page = PAGE.matcher(argument);
            if (name.equals("section") && page.matches()) {
                OpenSection target = new OpenSection(SectionNumber.parse(page.group(1)).orElseThrow(),
                        Math.max(0, Integer.parseInt(page.group(2)) - 1));
                return renderer.render(sections.open(current.sections(), target));
            }
            return commands.find(name)
                    .map(found -> renderer.render(found.answer(current, input(found, argument))))
                    .orElseGet(this::unknown);
        } catch (RuntimeException e) {
            LOG.error("Console command failed: {}", line, e);
            return "Sorry, that went wrong on our side (" + e.getClass().getSimpleName() + "). Try another command.";
        }
    }

    private static CommandInput input(BookCommand command, String argument) {
        return command.spec().options().stream().findFirst()
                .map(OptionSpec::name)
                .map(option -> CommandInput.of(option, argument))
                .orElse(CommandInput.none());
    }

    private String unknown() {
        return "Unknown command. Try " + commands.all().stream()
                .map(command -> command.spec().usage())
                .collect(Collectors.joining(", ")) + ", or /quit.";
    }

    private static void prompt(PrintStream out, boolean interactive) {
        if (interactive) {
            out.print("studybot> ");
            out.flush();
        }
    }
}
