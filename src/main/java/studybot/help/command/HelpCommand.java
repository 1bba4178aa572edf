package studybot.help.command;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import studybot.book.Book;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.Place;
import studybot.command.Reach;
import studybot.command.Translations;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.BookExample;
import studybot.reply.Reply;
import studybot.reply.Text;

/**
 * {@code /help}: what the asker can do here (the commands they may use, from the registry), with examples taken from
 * the loaded book so they always work, and the chapters it holds so nobody has to guess a section number. A manager of
 * a server that has not picked its book yet is shown the setup steps first. A command that has nothing to give with the
 * server's book (no tips, no quiz questions) is still listed, marked so, rather than left to fail when tried.
 */
public final class HelpCommand implements BotCommand {

    private final Predicate<Place> bookChosen;
    private final Texts texts;

    /**
     * @param bookChosen whether a place has picked its book with {@code /book use}
     * @param texts the {@code help} bundle
     */
    public HelpCommand(Predicate<Place> bookChosen, Texts texts) {
        this.bookChosen = bookChosen;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("help", texts.english("describe.help"), Access.EVERYONE, Reach.EVERYWHERE)
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        Locale language = call.publicLocale();
        Reply help = answer(call.scope().book().get(), call.available().get(), language);
        Place place = call.asker().place();
        if (!place.isServer() || !call.asker().managesServer() || bookChosen.test(place)) {
            return help;
        }
        return new Reply(
                help.kind(),
                help.title(),
                Text.markup(texts.text(language, "setup")).append(help.text()),
                help.fields(),
                help.footer(),
                help.actions(),
                help.audience(),
                help.attachment());
    }

    /** Help listing {@code commands}, with examples from {@code book}, in {@code language}. */
    public Reply answer(Book book, List<CommandSpec> commands, Locale language) {
        BookExample example = BookExample.of(book.library());
        BookTeaching teaching = BookTeaching.of(book);
        Text lines = Text.lines(commands.stream()
                .map(spec -> Text.builder()
                        .code(spec.usage())
                        .plain(" " + description(spec, language)
                                + teaching.missingFor(spec.name())
                                        .map(missing -> " " + texts.text(language, missing))
                                        .orElse(""))
                        .build())
                .toList());
        String chapters = book.library().chapters().stream()
                .map(chapter -> texts.format(
                        language,
                        "chapter",
                        counted(book.library().chapter(chapter).size(), Map.of("chapter", String.valueOf(chapter)))))
                .collect(Collectors.joining(", "));
        Text text = lines.append(Text.markup(texts.format(
                        language,
                        "try",
                        Map.of(
                                "section", Text.literal(example.section()),
                                "chapter", Text.literal(example.chapter()),
                                "word", Text.literal(example.word())))))
                .append(Text.plain(texts.format(language, "chapters", Map.of("chapters", chapters))));
        return Reply.content(texts.text(language, "title"), text)
                .withFooter(
                        texts.format(language, "footer", counted(book.library().size(), Map.of())));
    }

    /** The command's description in {@code language}, or its English one where the command has none. */
    private static String description(CommandSpec spec, Locale language) {
        return spec.translations()
                .descriptionsOf(spec.name())
                .getOrDefault(Languages.closest(language), spec.description());
    }

    /** {@code arguments} with a count of sections, as a number for the plural and as digits for the text. */
    private static Map<String, Object> counted(int count, Map<String, String> arguments) {
        Map<String, Object> all = new HashMap<>(arguments);
        all.put("count", count);
        all.put("sections", String.valueOf(count));
        return all;
    }
}
