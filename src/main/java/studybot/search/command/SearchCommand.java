package studybot.search.command;

import java.util.List;
import studybot.book.Book;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.command.OptionValues;
import studybot.command.Reach;
import studybot.i18n.Languages;
import studybot.reply.Reply;
import studybot.reply.ReplyField;
import studybot.reply.Text;
import studybot.reply.UserEcho;
import studybot.search.SearchProblem;
import studybot.search.SearchResults;
import studybot.search.SuspiciousQuery;
import studybot.section.SectionQuery;
import studybot.section.SectionQueryParser;
import studybot.section.command.SectionActions;
import studybot.section.command.SectionCommand;

/**
 * {@code /search}: the sections that talk about something, best first, each with a highlighted excerpt. A query that is
 * a section number simply opens that section, since that is what whoever typed it wants.
 */
public final class SearchCommand implements BotCommand {

    /** The one option: what to search for. */
    public static final String OPTION = "query";

    private static final int MAX_ECHO_LENGTH = 60;

    private final SectionCommand sections;
    private final SectionQueryParser numbers = new SectionQueryParser();

    public SearchCommand(SectionCommand sections) {
        this.sections = sections;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                "search",
                "Find the sections that talk about something, e.g. pooling",
                Access.EVERYONE,
                Reach.EVERYWHERE,
                OptionSpec.text(OPTION, "Words to look for; typos are forgiven", SearchProblem.MAX_QUERY_LENGTH));
    }

    @Override
    public Reply answer(CommandCall call) {
        return answer(call.scope().book().get(), call.options().text(OPTION));
    }

    /** A question is embedded as soon as it arrives, together with the questions arriving beside it. */
    @Override
    public void foresee(OptionValues options, Book book) {
        String query = options.text(OPTION);
        if (!(numbers.parse(query) instanceof SectionQuery.ForSection)) {
            book.foresee(query);
        }
    }

    /** Answers {@code /search <query>} from {@code book}, whatever the query. */
    public Reply answer(Book book, String query) {
        if (numbers.parse(query) instanceof SectionQuery.ForSection) {
            return sections.answer(book.sections(), query);
        }
        SearchResults results = book.search(query);
        if (results.problem().isPresent()) {
            return Reply.problem(Text.markup(results.problem().get().message()));
        }
        Text text = results.correctedQuery()
                .map(corrected -> Text.builder()
                        .plain("Showing results for ")
                        .strong(echo(corrected))
                        .plain(" (nothing matched " + echo(results.query()) + " as typed).")
                        .build())
                .orElse(Text.empty());
        List<ReplyField> fields = results.hits().stream()
                .map(hit -> new ReplyField(hit.number() + " " + hit.title(), hit.excerpt()))
                .toList();
        List<SectionActions.Link> links = results.hits().stream()
                .map(hit -> new SectionActions.Link(hit.number() + " " + hit.title(), hit.number()))
                .toList();
        Reply reply = Reply.content("Search: " + echo(results.effectiveQuery()), text)
                .withFields(fields)
                .withFooter(fields.size() == 1 ? "1 section" : fields.size() + " sections, best first")
                .withActions(SectionActions.open(links, Languages.ENGLISH));
        return SuspiciousQuery.test(query) ? reply.toAskerOnly() : reply;
    }

    private static String echo(String typed) {
        return UserEcho.of(typed, MAX_ECHO_LENGTH);
    }
}
