package studybot.language.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.Choice;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.CompletionCall;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.command.Translations;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.language.ChosenLanguages;
import studybot.reply.Reply;
import studybot.reply.Text;

/**
 * {@code /language set|show|reset}: the language of the server's public messages (answers everyone sees, the daily
 * post). Private replies stay in each member's own Discord language. For managers only, answered privately in the
 * manager's language; on the console it is the console's own choice.
 */
public final class LanguageCommand implements BotCommand {

    public static final String NAME = "language";
    public static final String SET = "set";
    public static final String SHOW = "show";
    public static final String RESET = "reset";
    public static final String CODE = "code";

    private final ChosenLanguages languages;
    private final Texts texts;

    /** @param texts the {@code language} bundle */
    public LanguageCommand(ChosenLanguages languages, Texts texts) {
        this.languages = languages;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                        NAME,
                        english("language"),
                        Access.SERVER_MANAGERS,
                        Reach.SERVERS,
                        new SubcommandSpec(
                                SET,
                                english("language.set"),
                                List.of(OptionSpec.text(CODE, english("language.set.code"), 20)
                                        .withAutocomplete())),
                        new SubcommandSpec(SHOW, english("language.show")),
                        new SubcommandSpec(RESET, english("language.reset")))
                .translatedBy(Translations.from(texts));
    }

    private String english(String path) {
        return texts.english("describe." + path);
    }

    @Override
    public Reply answer(CommandCall call) {
        Locale reader = call.privateLocale();
        long server = call.scope().place().storageKey();
        return switch (call.subcommand()) {
            case SET -> set(reader, server, call.options().text(CODE));
            case RESET -> reply(reader, languages.forget(server) ? "reset.done" : "reset.nothing", Map.of());
            default -> show(reader, server, call.publicLocale());
        };
    }

    private Reply set(Locale reader, long server, String code) {
        return Languages.ofCode(code)
                .map(language -> {
                    languages.choose(server, language);
                    return reply(reader, "set.done", Map.of("language", nameOf(language, reader)));
                })
                .orElseGet(() -> Reply.problem(Text.markup(texts.format(
                        reader, "set.unknown", Map.of("code", shown(code), "languages", supported(reader))))));
    }

    private Reply show(Locale reader, long server, Locale publicLocale) {
        String language = nameOf(publicLocale, reader);
        return reply(
                reader,
                languages.chosenFor(server).isPresent() ? "show.chosen" : "show.preferred",
                Map.of("language", language, "languages", supported(reader)));
    }

    private Reply reply(Locale reader, String key, Map<String, ?> arguments) {
        return Reply.content(texts.text(reader, "title"), Text.markup(texts.format(reader, key, arguments)))
                .toAskerOnly();
    }

    @Override
    public List<Choice> complete(CompletionCall call) {
        Locale reader = call.asker().privateLocale();
        return Languages.SUPPORTED.stream()
                .map(language -> new Choice(
                        Languages.code(language) + " (" + nameOf(language, reader) + ")", Languages.code(language)))
                .toList();
    }

    /** What was typed, as a language code can be written (no markup): e.g. {@code fr}, {@code pt-BR}. */
    private static String shown(String code) {
        return code.replaceAll("[^A-Za-z0-9_.@-]", "");
    }

    /** The language's name in the reader's language ("German", "Deutsch"). */
    private static String nameOf(Locale language, Locale reader) {
        return language.getDisplayLanguage(reader);
    }

    /** Every language studybot has, e.g. "en (English), de (German)". */
    private static String supported(Locale reader) {
        return Languages.SUPPORTED.stream()
                .map(language -> "`" + Languages.code(language) + "` (" + nameOf(language, reader) + ")")
                .collect(Collectors.joining(", "));
    }
}
