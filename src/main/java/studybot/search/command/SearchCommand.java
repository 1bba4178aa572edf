package studybot.search.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import studybot.book.Book;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.command.OptionValues;
import studybot.command.Reach;
import studybot.command.Translations;
import studybot.i18n.Languages;
import studybot.i18n.Lists;
import studybot.i18n.Texts;
import studybot.library.BookExample;
import studybot.reply.Reply;
import studybot.reply.ReplyField;
import studybot.reply.Text;
import studybot.reply.UserEcho;
import studybot.search.QueryCorrection;
import studybot.search.SearchProblem;
import studybot.search.SearchResults;
import studybot.search.SuspiciousQuery;
import studybot.section.SectionActions;
import studybot.section.SectionQuery;
import studybot.section.SectionQueryParser;
import studybot.section.SectionReplies;

/**
 * {@code /search}: the sections that talk about something, best first, each with a highlighted excerpt. A query that is
 * a section number simply opens that section, since that is what whoever typed it wants.
 */
public final class SearchCommand implements BotCommand {

    /** The one option: what to search for. */
    public static final String OPTION = "query";

    private final SectionReplies sections;
    private final SectionQueryParser numbers = new SectionQueryParser();
    private final Texts texts = Texts.load("search");

    public SearchCommand(SectionReplies sections) {
        this.sections = sections;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                        "search",
                        texts.english("describe.search"),
                        Access.EVERYONE,
                        Reach.EVERYWHERE,
                        OptionSpec.text(OPTION, texts.english("describe.search.query"), SearchProblem.MAX_QUERY_LENGTH))
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        return answer(
                call.scope().book().get(), call.options().text(OPTION), call.privateLocale(), call.publicLocale());
    }

    /** A question is embedded as soon as it arrives, together with the questions arriving beside it. */
    @Override
    public void foresee(OptionValues options, Book book) {
        String query = options.text(OPTION);
        if (!(numbers.parse(query) instanceof SectionQuery.ForSection)) {
            book.foresee(query);
        }
    }

    /** Answers {@code /search <query>} from {@code book}, whatever the query, in English. */
    public Reply answer(Book book, String query) {
        return answer(book, query, Languages.ENGLISH, Languages.ENGLISH);
    }

    /**
     * Answers {@code /search <query>} from {@code book}, whatever the query: problems worded for the asker
     * ({@code reader}), hits for everyone at the place ({@code place}), unless the query looks like something only its
     * asker should see.
     */
    public Reply answer(Book book, String query, Locale reader, Locale place) {
        if (numbers.parse(query) instanceof SectionQuery.ForSection) {
            return sections.answer(book.sections(), query, 0, reader, place);
        }
        SearchResults results = book.search(query);
        if (results.problem().isPresent()) {
            return Reply.problem(Text.markup(results.problem()
                    .get()
                    .message(reader, BookExample.of(book.library()).word())));
        }
        boolean askerOnly = SuspiciousQuery.test(query);
        Locale language = askerOnly ? reader : place;
        Text text = results.correction()
                .map(corrected -> Text.builder()
                        .plain(texts.text(language, "corrected.before"))
                        .strong(echo(corrected.query()))
                        .plain(texts.format(language, "corrected.after", Map.of("words", lacking(corrected, language))))
                        .build())
                .orElse(Text.empty());
        List<ReplyField> fields = results.hits().stream()
                .map(hit -> new ReplyField(hit.number() + " " + hit.title(), hit.excerpt()))
                .toList();
        List<SectionActions.Link> links = results.hits().stream()
                .map(hit -> new SectionActions.Link(hit.number() + " " + hit.title(), hit.number()))
                .toList();
        Reply reply = Reply.content(
                        texts.format(language, "title", Map.of("query", echo(results.effectiveQuery()))), text)
                .withFields(fields)
                .withFooter(texts.format(language, "footer", Map.of("count", fields.size())))
                .withActions(SectionActions.open(links, language));
        return askerOnly ? reply.toAskerOnly() : reply;
    }

    /** The words the book lacks, each quoted as the language quotes, joined with its "and". */
    private String lacking(QueryCorrection corrected, Locale language) {
        return Lists.and(
                language,
                corrected.replacedWords().stream()
                        .map(word -> texts.format(language, "corrected.word", Map.of("word", echo(word))))
                        .toList());
    }

    private static String echo(String typed) {
        return UserEcho.of(typed);
    }
}
