package studybot.search;

import java.util.List;
import studybot.book.Book;
import studybot.command.BookCommand;
import studybot.command.CommandInput;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.reply.OpenSection;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;
import studybot.reply.UserEcho;
import studybot.reply.UserEcho;
import studybot.reply.WordCut;
import studybot.section.SectionCommand;
import studybot.section.SectionQuery;
import studybot.section.SectionQueryParser;

/**
 * {@code /search}: the sections that talk about something, best first, each with a highlighted excerpt. A query
 * that is a section number simply opens that section, since that is what whoever typed it wants.
 */
public final class SearchCommand implements BookCommand {

    /** The one option: what to search for. */
    public static final String OPTION = "query";
    private static final int MAX_ECHO_LENGTH = 60;
    private static final int MAX_LABEL_LENGTH = 80;

    private final SectionCommand sections;
    private final SectionQueryParser numbers = new SectionQueryParser();

    public SearchCommand(SectionCommand sections) {
        this.sections = sections;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("search", "Find the sections that talk about something, e.g. pooling",
                List.of(new OptionSpec(OPTION, "Words to look for; typos are forgiven", true,
                        SearchProblem.MAX_QUERY_LENGTH, false)));
    }

    @Override
    public Reply answer(Book book, CommandInput input) {
        String query = input.text(OPTION);
        if (numbers.parse(query) instanceof SectionQuery.ForSection) {
            return sections.answer(book, CommandInput.of(SectionCommand.OPTION, query));
        }
        SearchResults results = book.search(query);
        if (results.problem().isPresent()) {
            return Reply.problem(results.problem().get().message());
        }
        String text = results.correctedQuery()
                .map(corrected -> "Showing results for **" + echo(corrected) + "** (nothing matched "
                        + echo(results.query()) + " as typed).")
                .orElse("");
        List<ReplyField> fields = results.hits().stream()
                .map(hit -> new ReplyField(hit.number() + " " + hit.title(), hit.excerpt()))
                .toList();
        List<ReplyAction> actions = results.hits().stream()
                .map(hit -> new ReplyAction(WordCut.toLength(hit.number() + " " + hit.title(), MAX_LABEL_LENGTH),
                        new OpenSection(hit.number(), 0), ReplyAction.Role.RESULT))
                .toList();
        Reply reply = Reply.content("Search: " + echo(results.effectiveQuery()), text)
                .withFields(fields)
                .withFooter(fields.size() == 1 ? "1 section" : fields.size() + " sections, best first")
                .withActions(actions);
        return SuspiciousQuery.test(query) ? reply.toAskerOnly() : reply;
    }

    private static String echo(String typed) {
        return UserEcho.of(typed, MAX_ECHO_LENGTH);
    }
}
