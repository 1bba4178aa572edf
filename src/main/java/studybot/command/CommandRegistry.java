package studybot.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import studybot.book.Book;
import studybot.book.CurrentBook;
import studybot.i18n.Languages;
import studybot.i18n.ServerLanguages;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.reply.Text;
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

/**
 * Every feature's commands and component ids, and the one way in for every transport: it checks access and the options'
 * kinds, puts the asker's {@link Scope} into the call (their place, and the book in use there, taken at most once per
 * call), and hands the handler plain values. Discord's command registration, {@code /help}, the console and the
 * {@code /stats} counts are all built from it.
 */
public final class CommandRegistry {

    private final BooksByPlace books;
    private final ServerLanguages languages;
    private final Texts texts = Texts.load("command");
    private final List<Feature> features;
    private final Map<String, BotCommand> commands = new LinkedHashMap<>();
    /**
     * Each command's spec, built once: every interaction asks for its command's spec on the gateway thread, and
     * building one words its descriptions anew.
     */
    private final Map<String, CommandSpec> specs = new LinkedHashMap<>();

    private final Map<String, ClickRoute> routes = new LinkedHashMap<>();
    /** Command names and id prefixes of the {@link StoreFeature}s. */
    private final Set<String> storeCommands = new HashSet<>();

    private final Set<String> storeRoutes = new HashSet<>();

    /** A registry for places that have not chosen a language: their public messages are in their preferred one. */
    public CommandRegistry(BooksByPlace books, List<Feature> features) {
        this(books, ServerLanguages.none(), features);
    }

    /**
     * @param books the book in use at each place
     * @param languages the language each server chose for its public messages, which the registry puts in every call
     * @throws IllegalArgumentException when two features claim one command name or one id prefix
     */
    public CommandRegistry(BooksByPlace books, ServerLanguages languages, List<Feature> features) {
        this.books = books;
        this.languages = languages;
        this.features = List.copyOf(features);
        for (Feature feature : this.features) {
            for (BotCommand command : feature.commands()) {
                CommandSpec spec = command.spec();
                if (commands.putIfAbsent(spec.name(), command) != null) {
                    throw new IllegalArgumentException("two commands are named " + spec.name());
                }
                specs.put(spec.name(), spec);
                if (feature instanceof StoreFeature) {
                    storeCommands.add(spec.name());
                }
            }
            for (ClickRoute route : feature.clickRoutes()) {
                if (routes.putIfAbsent(route.prefix(), route) != null) {
                    throw new IllegalArgumentException("two features answer ids starting " + route.prefix());
                }
                if (feature instanceof StoreFeature) {
                    storeRoutes.add(route.prefix());
                }
            }
        }
    }

    /** This registry with one more feature, e.g. the console's own {@code /quit}. */
    public CommandRegistry with(Feature feature) {
        List<Feature> more = new ArrayList<>(features);
        more.add(feature);
        return new CommandRegistry(books, languages, more);
    }

    /** Every command's spec, in order: what a transport registers. */
    public List<CommandSpec> specs() {
        return List.copyOf(specs.values());
    }

    /** The commands {@code asker} may use, in order: what {@code /help} lists for them. */
    public List<CommandSpec> specsFor(Asker asker) {
        return specs().stream().filter(spec -> refusal(spec, asker).isEmpty()).toList();
    }

    public Optional<CommandSpec> spec(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    /** Whether {@code name} answers from the store: it belongs to a {@link StoreFeature}. */
    public boolean usesStore(String name) {
        return storeCommands.contains(name);
    }

    /** Whether a click on {@code id} is answered from the store: its route belongs to a {@link StoreFeature}. */
    public boolean clickUsesStore(String id) {
        return storeRoutes.contains(ClickRoute.prefixOf(id));
    }

    /** Whether everything {@code name} answers is shown only to the asker (commands for server managers). */
    public boolean answersPrivately(String name) {
        return spec(name).map(spec -> spec.access() == Access.SERVER_MANAGERS).orElse(false);
    }

    /** The book {@code place} reads now: its choice with {@code /book use}, or the default book. */
    public CurrentBook bookAt(Place place) {
        return books.at(place);
    }

    /**
     * Answers a command: access first, then the subcommand and the options, then the handler. Commands for server
     * managers answer only the asker, since their answers are about the server's settings.
     *
     * @param options option values by name, as text
     */
    public Reply answer(Asker asker, String name, String subcommand, Map<String, String> options) {
        BotCommand command = commands.get(name);
        if (command == null) {
            return Reply.problem(Text.markup(
                    texts.format(asker.privateLocale(), "unknown.command", Map.of("command", Text.literal(name)))));
        }
        return answer(command, asker, subcommand, options);
    }

    /**
     * How {@code name} answers without the store ({@link BotCommand#withoutStore()}), with the same checks as
     * {@link #answer}; empty when it has no such answer or doesn't use the store.
     */
    public Optional<Supplier<Reply>> answerWithoutStore(
            Asker asker, String name, String subcommand, Map<String, String> options) {
        return Optional.ofNullable(commands.get(name))
                .filter(command -> usesStore(name))
                .flatMap(BotCommand::withoutStore)
                .map(command -> () -> answer(command, asker, subcommand, options));
    }

    private Reply answer(BotCommand command, Asker transported, String subcommand, Map<String, String> options) {
        Asker asker = withChosenLanguage(transported);
        CommandSpec spec = command.spec();
        Optional<Reply> refused = refusal(spec, asker).or(() -> invalid(spec, asker, subcommand, options));
        if (refused.isPresent()) {
            return refused.get();
        }
        Reply reply = storeGuarded(
                asker,
                () -> command.answer(new CommandCall(
                        asker, subcommand, new OptionValues(options), scopeOf(asker), () -> specsFor(asker))));
        return spec.access() == Access.SERVER_MANAGERS ? reply.toAskerOnly() : reply;
    }

    /**
     * Lets command {@code name} start what its answer will need as soon as it arrives ({@link BotCommand#foresee}), in
     * the book at {@code asker}'s place; nothing for unknown commands or while that book loads.
     */
    public void foresee(Asker asker, String name, Map<String, String> options) {
        BotCommand command = commands.get(name);
        Optional<Book> loaded = books.withoutWaiting(asker.place()).ifLoaded();
        if (command != null && loaded.isPresent()) {
            command.foresee(new OptionValues(options), loaded.get());
        }
    }

    /**
     * Choices for an option being typed; none for unknown commands or while the book loads. Access is checked when the
     * command is sent, not here: choices reveal nothing, and a refusal is better explained then.
     */
    public List<Choice> complete(Asker asker, String name, String subcommand, String option, String typed) {
        BotCommand command = commands.get(name);
        if (command == null) {
            return List.of();
        }
        return command.complete(new CompletionCall(
                asker,
                subcommand,
                option,
                typed,
                books.withoutWaiting(asker.place()).ifLoaded()));
    }

    /** How a click on {@code id} is answered; empty for ids no feature owns (from an older version, say). */
    public Optional<ClickMode> clickMode(String id) {
        return Optional.ofNullable(routes.get(ClickRoute.prefixOf(id))).map(ClickRoute::mode);
    }

    /**
     * Answers a click where there are no messages (the console, where {@code /press} types the id): the typed id is all
     * the state there is, so there is no message to check it against.
     */
    public Reply click(Asker asker, String id, List<String> values) {
        return click(asker, id, values, Optional.empty(), false).reply();
    }

    /**
     * Answers a click on a component of {@code message}, through the feature owning the id's prefix. A click whose
     * route {@code message} does not carry is refused and changes nothing. A route answering
     * {@link ClickMode#PRIVATE_REPLY} always answers the clicker alone.
     */
    public Reply click(Asker asker, String id, List<String> values, ClickedMessage message) {
        return click(asker, id, values, Optional.of(message), false).reply();
    }

    /** As {@link #click(Asker, String, List, ClickedMessage)}, and what the clicked message should now show, if any. */
    public ClickAnswer clickAndUpdate(Asker asker, String id, List<String> values, ClickedMessage message) {
        return click(asker, id, values, Optional.of(message), true);
    }

    private ClickAnswer click(
            Asker transported, String id, List<String> values, Optional<ClickedMessage> message, boolean update) {
        Asker asker = withChosenLanguage(transported);
        ClickRoute route = routes.get(ClickRoute.prefixOf(id));
        if (route == null) {
            return new ClickAnswer(
                    Reply.problem(Text.markup(texts.text(asker.privateLocale(), "click.old"))), Optional.empty());
        }
        if (message.isPresent() && !message.get().carriesRouteOf(id)) {
            return new ClickAnswer(
                    Reply.problem(Text.plain(texts.text(asker.privateLocale(), "click.invalid"))), Optional.empty());
        }
        String rest = id.length() > route.prefix().length()
                ? id.substring(route.prefix().length() + 1)
                : "";
        List<String> args = rest.isEmpty() ? List.of() : List.of(rest.split(":", -1));
        ClickCall call = new ClickCall(asker, id, args, values, scopeOf(asker), message);
        Reply reply = storeGuarded(asker, () -> route.handler().click(call));
        if (route.mode() != ClickMode.PRIVATE_REPLY) {
            return new ClickAnswer(reply, Optional.empty());
        }
        return new ClickAnswer(reply.toAskerOnly(), update ? route.update().clickedMessage(call) : Optional.empty());
    }

    /**
     * Runs a handler, answering a store that is busy or cannot write as such: the store's transaction was rolled back,
     * so nothing was changed, and the store's health has logged the fault once. This is the one place every command and
     * click gets that answer; a handler catches the store's faults itself only to say more (a quiz answer was not
     * counted).
     */
    private Reply storeGuarded(Asker asker, Supplier<Reply> handler) {
        try {
            return handler.get();
        } catch (StoreBusyException e) {
            return Reply.problem(Text.plain(texts.text(asker.privateLocale(), "store.busy")));
        } catch (StoreUnwritableException e) {
            return Reply.problem(Text.plain(texts.text(asker.privateLocale(), "store.unwritable")));
        }
    }

    /** Why {@code asker} may not use {@code spec}, if they may not. The one place access and reach are checked. */
    private Optional<Reply> refusal(CommandSpec spec, Asker asker) {
        Place place = asker.place();
        if (spec.reach() == Reach.SERVERS && place.isPersonal()) {
            return Optional.of(problem(
                    asker,
                    spec.access() == Access.SERVER_MANAGERS ? "refused.servers.managers" : "refused.servers",
                    Map.of("command", spec.name())));
        }
        if (spec.access() == Access.SERVER_MANAGERS && place.isServer() && !asker.managesServer()) {
            return Optional.of(problem(asker, "refused.managers", Map.of("command", spec.name())));
        }
        return Optional.empty();
    }

    /** A problem in the asker's language, worded by the text {@code key} (markup, its arguments escaped). */
    private Reply problem(Asker asker, String key, Map<String, ?> arguments) {
        return Reply.problem(Text.markup(texts.format(asker.privateLocale(), key, arguments)));
    }

    /** The description at {@code path} in the asker's language, else in English. */
    private static String described(CommandSpec spec, String path, String english, Locale language) {
        return spec.translations().descriptionsOf(path).getOrDefault(Languages.closest(language), english);
    }

    /**
     * What is wrong with the subcommand or the options, if anything: kinds, ranges and the declared longest text, for
     * every transport alike (Discord checks these too, the console not).
     */
    private Optional<Reply> invalid(CommandSpec spec, Asker asker, String subcommand, Map<String, String> options) {
        Locale language = asker.privateLocale();
        if (!spec.subcommands().isEmpty() && spec.subcommand(subcommand).isEmpty()) {
            return Optional.of(Reply.problem(Text.markup(
                            texts.format(language, "subcommand.needed", Map.of("command", spec.name())))
                    .append(Text.plain("\n"))
                    .append(Text.lines(spec.subcommands().stream()
                            .map(sub -> Text.builder()
                                    .code(spec.usage(sub))
                                    .plain(" "
                                            + described(
                                                    spec, spec.name() + "." + sub.name(), sub.description(), language))
                                    .build())
                            .toList()))));
        }
        String usage = ("/" + spec.name() + " " + subcommand).strip();
        String path = subcommand.isEmpty() ? spec.name() : spec.name() + "." + subcommand;
        for (OptionSpec option : spec.optionsOf(subcommand)) {
            String value = options.get(option.name());
            if (value == null) {
                if (option.required()) {
                    return Optional.of(problem(
                            asker,
                            "option.needed",
                            Map.of(
                                    "usage",
                                    usage,
                                    "option",
                                    option.name(),
                                    "description",
                                    Text.literal(described(
                                            spec, path + "." + option.name(), option.description(), language)))));
                }
                continue;
            }
            Optional<String> problem = problemWith(option, value, language);
            if (problem.isPresent()) {
                return Optional.of(problem(
                        asker,
                        "option.problem",
                        Map.of("option", option.name(), "usage", usage, "problem", problem.get())));
            }
        }
        return Optional.empty();
    }

    /** What is wrong with an option's value, as markup in {@code language}, if anything. */
    private Optional<String> problemWith(OptionSpec option, String value, Locale language) {
        Map<String, Long> range = Map.of("min", option.min(), "max", option.max());
        return switch (option.kind()) {
            case TEXT ->
                option.maxLength() > 0 && value.codePointCount(0, value.length()) > option.maxLength()
                        ? Optional.of(texts.format(language, "problem.long", Map.of("max", option.maxLength())))
                        : Optional.empty();
            case INTEGER -> {
                try {
                    long number = Long.parseLong(value.strip());
                    yield number >= option.min() && number <= option.max()
                            ? Optional.empty()
                            : Optional.of(texts.format(language, "problem.range", range));
                } catch (NumberFormatException e) {
                    yield Optional.of(texts.format(language, "problem.whole", range));
                }
            }
            case BOOLEAN ->
                OptionValues.parseBoolean(value).isPresent()
                        ? Optional.empty()
                        : Optional.of(texts.text(language, "problem.boolean"));
            case CHANNEL ->
                OptionValues.parseChannel(value).isPresent()
                        ? Optional.empty()
                        : Optional.of(texts.text(language, "problem.channel"));
            case ATTACHMENT -> attachmentProblem(option, value, language);
        };
    }

    /** The transport has put the file where the value says; a path that isn't a readable file is refused here. */
    private Optional<String> attachmentProblem(OptionSpec option, String value, Locale language) {
        Path file;
        try {
            file = Path.of(value.strip());
        } catch (InvalidPathException e) {
            return Optional.of(texts.text(language, "problem.file"));
        }
        if (value.isBlank() || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Optional.of(
                    texts.format(language, "problem.file.unreadable", Map.of("value", Text.literal(value.strip()))));
        }
        try {
            long size = Files.size(file);
            return size <= option.max()
                    ? Optional.empty()
                    : Optional.of(
                            texts.format(language, "problem.file.big", Map.of("size", size, "max", option.max())));
        } catch (IOException e) {
            return Optional.of(texts.text(language, "problem.file.read"));
        }
    }

    /**
     * The asker with the language their place chose for its public messages, where it chose one (a member's own place
     * has no such choice: its public messages are in the member's language).
     */
    private Asker withChosenLanguage(Asker asker) {
        if (asker.place().isPersonal()) {
            return asker;
        }
        return languages
                .chosenFor(asker.place().storageKey())
                .map(asker::withServerLocale)
                .orElse(asker);
    }

    /**
     * Where {@code asker} is, with the book there: taken the first time a handler asks, kept for the rest of the call.
     */
    private Scope scopeOf(Asker asker) {
        return new Scope(asker.place(), once(books.at(asker.place())));
    }

    /** The edition to answer from, taken the first time a handler asks and kept for the rest of the call. */
    private static Supplier<Book> once(Supplier<Book> source) {
        return new Supplier<>() {
            private Book taken;

            @Override
            public synchronized Book get() {
                if (taken == null) {
                    taken = source.get();
                }
                return taken;
            }
        };
    }
}
