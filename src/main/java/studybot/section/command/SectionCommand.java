package studybot.section.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.Choice;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.CompletionCall;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.Text;
import studybot.reply.WordCut;
import studybot.section.InputProblem;
import studybot.section.LookupResult;
import studybot.section.SectionLookup;
import studybot.section.SectionQueryParser;

/**
 * The {@code /section} command without a transport: turns what was typed, or a button's {@link OpenSection}, into a
 * {@link Reply}. Content (a section's page, a chapter, title matches) is for everyone; misses are problems shown only
 * to the asker and always offer sections to open instead.
 *
 * <p>Previous and next run across the whole book, so 20.7's next is 62.1; only the book's first section has no previous
 * and its last no next. Book text and echoed input go into the reply as plain text, for the renderer to escape; a
 * sub-heading the seed format flattened into a paragraph is shown in bold on its own line ({@link SectionBody}). A
 * section with sub-sections (20.4 of 20.4.1) shows its own text, then its sub-sections to open.
 */
public final class SectionCommand implements BotCommand {

    /** The main option: a number, a chapter or title words. */
    public static final String OPTION = "number";
    /** Which page of a long section, from 1. */
    public static final String PAGE = "page";

    /** The most sections one reply lists. */
    static final int MAX_LISTED = 25;

    private static final int MAX_PAGE = 9999;
    private static final int MAX_ECHO_LENGTH = 40;
    private static final int MAX_CHAPTERS_SPELLED_OUT = 6;

    private final SectionPager pager;

    public SectionCommand(SectionPager pager) {
        this.pager = pager;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                "section",
                "Show a section of the book, e.g. 20.4, or a chapter's sections, e.g. 20",
                Access.EVERYONE,
                Reach.EVERYWHERE,
                OptionSpec.text(
                                OPTION,
                                "A section number such as 20.4, a chapter such as 20, or title words",
                                SectionQueryParser.MAX_INPUT_LENGTH)
                        .withAutocomplete(),
                OptionSpec.integer(PAGE, "Which page of a long section", 1, MAX_PAGE)
                        .optional());
    }

    @Override
    public Reply answer(CommandCall call) {
        int page = (int) call.options().integer(PAGE).orElse(1) - 1;
        return answer(call.scope().book().get().sections(), call.options().text(OPTION), page);
    }

    /** Sections whose number or title starts with what was typed; none while the first book is still loading. */
    @Override
    public List<Choice> complete(CompletionCall call) {
        return call.book()
                .map(book -> book.complete(call.typed()).stream()
                        .map(completion -> new Choice(completion.name(), completion.value()))
                        .toList())
                .orElse(List.of());
    }

    /** Answers {@code /section <input>}, whatever the input. */
    public Reply answer(SectionLookup lookup, String input) {
        return answer(lookup, input, 0);
    }

    /** Answers {@code /section <input> page:<page + 1>}; the page counts only when the input names one section. */
    public Reply answer(SectionLookup lookup, String input, int page) {
        LookupResult result = lookup.lookup(input);
        if (result instanceof LookupResult.Found found) {
            return page(lookup, found.section(), page);
        }
        if (result instanceof LookupResult.ChapterListing listing) {
            return chapterListing(listing);
        }
        if (result instanceof LookupResult.TitleMatches matches) {
            return titleMatches(matches);
        }
        if (result instanceof LookupResult.NoSuchSection missing) {
            return noSuchSection(lookup, missing);
        }
        if (result instanceof LookupResult.NoSuchChapter missing) {
            return noSuchChapter(lookup, missing);
        }
        if (result instanceof LookupResult.NoTitleMatch missing) {
            return noTitleMatch(lookup, missing);
        }
        return unreadable(lookup, ((LookupResult.Unreadable) result).problem());
    }

    /**
     * Opens a page of a section, as a button asks. A section the book no longer has (after a reload) is a problem
     * offering the nearest ones; a page past the end (the section got shorter) shows the last page.
     */
    public Reply open(SectionLookup lookup, OpenSection target) {
        Optional<Section> section = lookup.library().find(target.section());
        if (section.isEmpty()) {
            List<Section> nearest = lookup.nearest(target.section());
            Text text = Text.plain("Section " + target.section() + " is no longer in the book; it may have been"
                            + " renumbered or removed in an update.")
                    .append(suggestionLines("Nearest sections:", nearest));
            return Reply.problem(text).withActions(openActions(nearest));
        }
        return page(lookup, section.get(), target.page());
    }

    private Reply page(SectionLookup lookup, Section section, int requestedPage) {
        List<Text> pages = pager.pages(SectionBody.of(section, lookup.subHeadings(section)));
        int page = Math.min(requestedPage, pages.size() - 1);
        Text text = pages.get(page);
        SectionNumber number = section.number();
        String footer = "Chapter " + number.chapter() + " · section "
                + lookup.positionInChapter(number).orElseThrow()
                + " of " + lookup.chapter(number.chapter()).size()
                + (pages.size() > 1 ? " · page " + (page + 1) + "/" + pages.size() : "");
        List<ReplyAction> actions = new ArrayList<>();
        lookup.library()
                .previous(number)
                .ifPresent(previous -> actions.add(
                        SectionActions.navigation("◀ " + previous.number(), new OpenSection(previous.number(), 0))));
        if (page > 0) {
            actions.add(SectionActions.navigation("◀ page " + page, new OpenSection(number, page - 1)));
        }
        if (page + 1 < pages.size()) {
            actions.add(SectionActions.navigation("page " + (page + 2) + " ▶", new OpenSection(number, page + 1)));
        }
        lookup.library()
                .next(number)
                .ifPresent(next -> actions.add(
                        SectionActions.navigation(next.number() + " ▶", new OpenSection(next.number(), 0))));
        actions.add(SectionActions.markRead(number));
        List<Section> children = lookup.library().children(number);
        if (!children.isEmpty() && page == pages.size() - 1) {
            text = (text.isEmpty() ? Text.empty() : text.append(Text.plain("\n\n")))
                    .append(Text.plain("Sub-sections:\n"))
                    .append(lines(children))
                    .append(more(children.size()));
            actions.addAll(openActions(children));
        }
        return Reply.content(section.heading(), text.isEmpty() ? Text.plain("This section has no text yet.") : text)
                .withFooter(footer)
                .withActions(actions);
    }

    private static Reply chapterListing(LookupResult.ChapterListing listing) {
        List<Section> sections = listing.sections();
        Text text = lines(sections).append(more(sections.size()));
        return Reply.content("Chapter " + listing.chapter(), text)
                .withFooter("Chapter " + listing.chapter() + " · " + count(sections.size(), "section"))
                .withActions(openActions(sections));
    }

    private static Reply titleMatches(LookupResult.TitleMatches matches) {
        List<Section> sections = matches.sections();
        Text text = Text.plain(sections.size() + " section titles match " + quoted(matches.words()) + ":\n")
                .append(lines(sections))
                .append(more(sections.size()));
        return Reply.content("Sections matching your words", text)
                .withFooter("Titles only · /search looks inside the text")
                .withActions(openActions(sections));
    }

    private static Reply noSuchSection(SectionLookup lookup, LookupResult.NoSuchSection missing) {
        String asked = shortened(missing.asked());
        String situation = missing.chapterExists()
                ? "There is no section " + asked + ". " + chapterSummary(lookup, missing.chapter()) + "."
                : "There is no section " + asked + ": the book has no chapter " + shortened(chapterOf(missing.asked()))
                        + ". " + bookOutline(lookup);
        return Reply.problem(Text.plain(situation).append(suggestionLines("Nearest sections:", missing.suggestions())))
                .withActions(openActions(missing.suggestions()));
    }

    private static Reply noSuchChapter(SectionLookup lookup, LookupResult.NoSuchChapter missing) {
        Text text = Text.plain("There is no chapter " + shortened(missing.asked()) + ". " + bookOutline(lookup))
                .append(suggestionLines("Nearest sections:", missing.suggestions()));
        return Reply.problem(text).withActions(openActions(missing.suggestions()));
    }

    private static Reply noTitleMatch(SectionLookup lookup, LookupResult.NoTitleMatch missing) {
        List<Section> starts = chapterStarts(lookup);
        Text text = Text.plain("No section title matches " + quoted(missing.words()) + ". To look for it inside the"
                        + " text, try /search. " + howToAsk(lookup))
                .append(suggestionLines("Chapters start here:", starts));
        return Reply.problem(text).withActions(openActions(starts));
    }

    private static Reply unreadable(SectionLookup lookup, InputProblem problem) {
        List<Section> starts = chapterStarts(lookup);
        return Reply.problem(Text.plain(problem.explanation() + " " + howToAsk(lookup))
                        .append(suggestionLines("Chapters start here:", starts)))
                .withActions(openActions(starts));
    }

    /** How to ask, with examples from the book itself. */
    private static String howToAsk(SectionLookup lookup) {
        List<Section> sections = lookup.library().sections();
        if (sections.isEmpty()) {
            return "The book is empty right now.";
        }
        SectionNumber example = sections.get(0).number();
        return "Type a section number such as " + example + ", a chapter such as " + example.chapter()
                + ", or words from a section title.";
    }

    private static String chapterSummary(SectionLookup lookup, int chapter) {
        List<Section> sections = lookup.chapter(chapter);
        return "Chapter " + chapter + " has " + count(sections.size(), "section") + ", " + span(sections);
    }

    /** The chapters with their spans, e.g. {@code The book has chapters 20 (20.1–20.7) and 62 (62.1–62.8).} */
    private static String bookOutline(SectionLookup lookup) {
        List<Integer> chapters = List.copyOf(lookup.library().chapters());
        if (chapters.isEmpty()) {
            return "The book is empty right now.";
        }
        if (chapters.size() > MAX_CHAPTERS_SPELLED_OUT) {
            return "The book has chapters " + chapters.get(0) + " to " + chapters.get(chapters.size() - 1) + ".";
        }
        List<String> described = chapters.stream()
                .map(chapter -> chapter + " (" + span(lookup.chapter(chapter)) + ")")
                .toList();
        String joined = described.size() == 1
                ? described.get(0)
                : String.join(", ", described.subList(0, described.size() - 1)) + " and "
                        + described.get(described.size() - 1);
        return (chapters.size() == 1 ? "The book has chapter " : "The book has chapters ") + joined + ".";
    }

    private static List<Section> chapterStarts(SectionLookup lookup) {
        return lookup.library().chapters().stream()
                .map(chapter -> lookup.chapter(chapter).get(0))
                .limit(SectionLookup.MAX_SUGGESTIONS)
                .toList();
    }

    private static String span(List<Section> sections) {
        String first = sections.get(0).number().toString();
        return sections.size() == 1
                ? first
                : first + "–" + sections.get(sections.size() - 1).number();
    }

    private static Text suggestionLines(String heading, List<Section> sections) {
        return sections.isEmpty()
                ? Text.empty()
                : Text.plain("\n" + heading + "\n").append(lines(sections));
    }

    /** One line per section, the number emphasised ({@code 20.4} Replication Groups…), at most {@value #MAX_LISTED}. */
    private static Text lines(List<Section> sections) {
        return Text.lines(sections.stream()
                .limit(MAX_LISTED)
                .map(section -> Text.builder()
                        .strong(section.number().toString())
                        .plain(" " + section.title())
                        .build())
                .toList());
    }

    private static Text more(int listed) {
        return Text.plain(
                listed > MAX_LISTED ? "\n…and " + (listed - MAX_LISTED) + " more; type a number to open one." : "");
    }

    private static List<ReplyAction> openActions(List<Section> sections) {
        return SectionActions.open(sections.stream()
                .limit(MAX_LISTED)
                .map(section -> new SectionActions.Link(section.heading(), section.number()))
                .toList());
    }

    private static String chapterOf(String writtenNumber) {
        return writtenNumber.substring(0, writtenNumber.indexOf('.'));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Echoed user text: shortened and in quotes (a renderer escapes it). */
    private static String quoted(String userText) {
        return "“" + shortened(userText) + "”";
    }

    private static String shortened(String userText) {
        return WordCut.toLength(userText, MAX_ECHO_LENGTH);
    }
}
