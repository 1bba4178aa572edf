package studybot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.command.Access;
import studybot.command.Asker;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandRegistry;
import studybot.command.CommandSpec;
import studybot.command.Feature;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.stats.Interaction;
import studybot.stats.Outcome;

/**
 * The bot without Discord: reads command lines and prints the answers the bot gives on Discord, from the same registry.
 * A line is {@code /command [subcommand] [text] [option:value …]}: text before any {@code option:} goes to the first
 * option, so {@code /section 20.4}, {@code /section 20.4 page:2} and {@code /tips set time:09:00
 * timezone:Europe/Berlin} all work, and a line naming no subcommand may run the first one ({@code /quiz} is
 * {@code /quiz next}). Buttons are shown as the command to type, or as {@code /press ID} when no command does the same.
 * Reads until end of input, so it can be scripted with a pipe; a line that fails is reported and the next one is read;
 * only end of input or {@code /quit} ends the session.
 */
public final class Console {

    private static final Logger LOG = LoggerFactory.getLogger(Console.class);
    private static final String QUIT = "quit";
    private static final String PRESS = "press";
    private static final String PRESS_ID = "id";
    private static final String PRESS_VALUE = "value";
    private static final int MAX_ID_LENGTH = 200;

    private final CommandRegistry registry;
    private final ConsoleRenderer renderer;
    private final Consumer<Interaction> observer;
    private final Asker asker;
    private final AtomicLong lines = new AtomicLong();
    private final Texts texts = Texts.load("console");

    /**
     * @param registry the commands to answer; the console adds {@code /press} and {@code /quit} to them
     * @param observer where every answered line is reported, as Discord's interactions are (the log, {@code /stats})
     * @param asker who is typing
     */
    public Console(CommandRegistry registry, ConsoleRenderer renderer, Consumer<Interaction> observer, Asker asker) {
        this.registry = registry.with(new ConsoleCommands());
        this.renderer = renderer;
        this.observer = observer;
        this.asker = asker;
    }

    /** Answers each line of {@code in} on {@code out}; a prompt is shown only when a person is typing. */
    public void run(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
        prompt(out, interactive);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.strip();
            if (!command.isEmpty()) {
                out.println(answer(command));
                if (name(command).equals(QUIT)) {
                    return;
                }
            }
            prompt(out, interactive);
        }
    }

    /** The rendered answer to one command line. */
    public String answer(String line) {
        String name = name(line);
        Optional<CommandSpec> spec = registry.spec(name);
        if (spec.isEmpty()) {
            return unknown();
        }
        long started = System.nanoTime();
        Reply reply;
        Outcome outcome;
        try {
            reply = answer(spec.get(), rest(line));
            outcome = Outcome.of(reply);
        } catch (RuntimeException e) {
            LOG.error("Console command failed: {}", line, e);
            reply = Reply.problem(texts.format(
                    asker.privateLocale(),
                    "failed",
                    Map.of("error", e.getClass().getSimpleName())));
            outcome = Outcome.ERROR;
        }
        observer.accept(new Interaction(
                "console-" + lines.incrementAndGet(),
                name,
                OptionalLong.empty(),
                line,
                outcome,
                System.nanoTime() - started));
        return renderer.render(reply);
    }

    private Reply answer(CommandSpec spec, String rest) {
        String subcommand = "";
        if (!spec.subcommands().isEmpty()) {
            String[] parts = rest.split("\\s+", 2);
            subcommand = parts[0].toLowerCase(Locale.ROOT);
            rest = parts.length > 1 ? parts[1] : "";
            if (spec.subcommand(subcommand).isEmpty() && firstTakesNamedOptions(spec, parts[0])) {
                subcommand = spec.subcommands().get(0).name();
                rest = parts[0] + (rest.isEmpty() ? "" : " " + rest);
            }
        }
        return registry.answer(asker, spec.name(), subcommand, options(spec.optionsOf(subcommand), rest));
    }

    /**
     * Whether a line naming no subcommand is for the first one: Discord can't run a command with subcommands bare, the
     * console can, so {@code /quiz} and {@code /quiz section:20.4} are {@code /quiz next …}. Only when the first
     * subcommand needs no option and the line is empty or starts with one of its options by name, so a mistyped
     * subcommand is still explained.
     */
    private static boolean firstTakesNamedOptions(CommandSpec spec, String firstWord) {
        List<OptionSpec> options = spec.subcommands().get(0).options();
        if (options.stream().anyMatch(OptionSpec::required)) {
            return false;
        }
        return firstWord.isEmpty()
                || options.stream()
                        .anyMatch(option -> firstWord.toLowerCase(Locale.ROOT).startsWith(option.name() + ":"));
    }

    /** {@code text option:value option:value}: named options by their names, the leading text to the first option. */
    static Map<String, String> options(List<OptionSpec> specs, String text) {
        Map<String, String> options = new LinkedHashMap<>();
        if (specs.isEmpty()) {
            return options;
        }
        String names = specs.stream().map(spec -> Pattern.quote(spec.name())).collect(Collectors.joining("|"));
        Matcher named = Pattern.compile("(?:^|\\s)(" + names + "):", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (named.find()) {
            starts.add(new int[] {named.start(1), named.end()});
        }
        String leading = (starts.isEmpty() ? text : text.substring(0, starts.get(0)[0])).strip();
        for (int i = 0; i < starts.size(); i++) {
            String option =
                    text.substring(starts.get(i)[0], starts.get(i)[1] - 1).toLowerCase(Locale.ROOT);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String value = text.substring(starts.get(i)[1], end).strip();
            if (!value.isEmpty()) {
                options.putIfAbsent(option, value);
            }
        }
        if (!leading.isEmpty()) {
            options.putIfAbsent(specs.get(0).name(), leading);
        }
        return options;
    }

    private static String name(String line) {
        String command = line.startsWith("/") ? line.substring(1) : line;
        return command.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static String rest(String line) {
        String[] parts = line.strip().split("\\s+", 2);
        return parts.length > 1 ? parts[1].strip() : "";
    }

    private String unknown() {
        String commands =
                registry.specsFor(asker).stream().map(CommandSpec::usage).collect(Collectors.joining(", "));
        return texts.format(asker.privateLocale(), "unknown", Map.of("commands", commands));
    }

    private static void prompt(PrintStream out, boolean interactive) {
        if (interactive) {
            out.print("studybot> ");
            out.flush();
        }
    }

    /** What only the console has: pressing a button by its id, and leaving. */
    private final class ConsoleCommands implements Feature {

        @Override
        public List<BotCommand> commands() {
            return List.of(new Press(), new Quit());
        }
    }

    /**
     * {@code /press ID [value]}: what clicking a button (or picking {@code value} from a list) does on Discord. There
     * is no message to check the id against: the typed id is all the state, and only the one typing sees the answer.
     */
    private final class Press implements BotCommand {

        @Override
        public CommandSpec spec() {
            return CommandSpec.of(
                            PRESS,
                            texts.english("describe.press"),
                            Access.EVERYONE,
                            Reach.EVERYWHERE,
                            OptionSpec.text(PRESS_ID, texts.english("describe.press.id"), MAX_ID_LENGTH),
                            OptionSpec.text(PRESS_VALUE, texts.english("describe.press.value"), MAX_ID_LENGTH)
                                    .optional())
                    .translatedBy(Translations.from(texts));
        }

        @Override
        public Reply answer(CommandCall call) {
            String[] parts = call.options().text(PRESS_ID).strip().split("\\s+", 2);
            Optional<String> value = call.options()
                    .optionalText(PRESS_VALUE)
                    .or(() -> parts.length > 1 ? Optional.of(parts[1]) : Optional.empty());
            return registry.click(call.asker(), parts[0], value.map(List::of).orElse(List.of()));
        }
    }

    /** {@code /quit}: listed by {@code /help} like any command; the console stops after answering it. */
    private final class Quit implements BotCommand {

        @Override
        public CommandSpec spec() {
            return CommandSpec.of(QUIT, texts.english("describe.quit"), Access.EVERYONE, Reach.EVERYWHERE)
                    .translatedBy(Translations.from(texts));
        }

        @Override
        public Reply answer(CommandCall call) {
            return Reply.content("", texts.text(call.privateLocale(), "bye"));
        }
    }
}
