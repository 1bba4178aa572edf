package studybot.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.i18n.Wording;
import studybot.library.BookExample;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.Text;
import studybot.reply.WordCut;

/**
 * What {@code /section} shows, without a command or a transport: turns what was typed, or a button's
 * {@link OpenSection}, into a {@link Reply}. Content (a section's page, a chapter, title matches) is for everyone;
 * misses are problems shown only to the asker and always offer sections to open instead. {@code /search} answers a
 * section number with the same reply, and the section buttons open pages with it.
 *
 * <p>Previous and next run across the whole book, so 20.7's next is 62.1; only the book's first section has no previous
 * and its last no next. Book text and echoed input go into the reply as plain text, for the renderer to escape; a
 * sub-heading the seed format flattened into a paragraph is shown in bold on its own line ({@link SectionBody}). A
 * section with sub-sections (20.4 of 20.4.1) shows its own text, then its sub-sections to open.
 */
public final class SectionReplies {

    /** The most sections one reply lists. */
    static final int MAX_LISTED = 25;

    private static final int MAX_ECHO_LENGTH = 40;

    private final SectionPager pager;
    private final Texts texts = Texts.load("section");

    public SectionReplies(SectionPager pager) {
        this.pager = pager;
    }

    /** Answers {@code /section <input>}, whatever the input, in English. */
    public Reply answer(SectionLookup lookup, String input) {
        return answer(lookup, input, 0, Languages.ENGLISH, Languages.ENGLISH);
    }

    /**
     * Answers {@code /section <input> page:<page + 1>}; the page counts only when the input names one section. Misses
     * are worded for the asker ({@code reader}), content for everyone at the place ({@code place}).
     */
    public Reply answer(SectionLookup lookup, String input, int page, Locale reader, Locale place) {
        LookupResult result = lookup.lookup(input);
        if (result instanceof LookupResult.Found found) {
            return page(lookup, found.section(), page, place);
        }
        if (result instanceof LookupResult.ChapterListing listing) {
            return chapterListing(listing, place);
        }
        if (result instanceof LookupResult.TitleMatches matches) {
            return titleMatches(matches, place);
        }
        if (result instanceof LookupResult.NoSuchSection missing) {
            return noSuchSection(lookup, missing, reader);
        }
        if (result instanceof LookupResult.NoSuchChapter missing) {
            return noSuchChapter(lookup, missing, reader);
        }
        if (result instanceof LookupResult.NoTitleMatch missing) {
            return noTitleMatch(lookup, missing, reader);
        }
        return unreadable(lookup, ((LookupResult.Unreadable) result).problem(), reader);
    }

    /** Opens a page of a section, as a button asks, in English. */
    public Reply open(SectionLookup lookup, OpenSection target) {
        return open(lookup, target, Languages.ENGLISH, Languages.ENGLISH);
    }

    /**
     * Opens a page of a section, as a button asks. A section the book no longer has (after a reload) is a problem
     * offering the nearest ones, worded for {@code reader}; a page past the end (the section got shorter) shows the
     * last page, its footer saying the page asked for is not there, worded for {@code place}.
     */
    public Reply open(SectionLookup lookup, OpenSection target, Locale reader, Locale place) {
        Optional<Section> section = lookup.library().find(target.section());
        if (section.isEmpty()) {
            List<Section> nearest = lookup.nearest(target.section());
            Text text = Text.plain(texts.format(
                            reader, "gone", Map.of("section", target.section().toString())))
                    .append(suggestionLines(texts.text(reader, "nearest"), nearest));
            return Reply.problem(text).withActions(openActions(nearest, reader));
        }
        return page(lookup, section.get(), target.page(), place);
    }

    private Reply page(SectionLookup lookup, Section section, int requestedPage, Locale place) {
        List<Text> pages = pager.pages(SectionBody.of(section, lookup.subHeadings(section)));
        int page = Math.min(requestedPage, pages.size() - 1);
        Text text = pages.get(page);
        SectionNumber number = section.number();
        Map<String, Object> sizes = Map.of(
                "chapter", String.valueOf(number.chapter()),
                "position", String.valueOf(lookup.positionInChapter(number).orElseThrow()),
                "total", String.valueOf(lookup.chapter(number.chapter()).size()),
                "page", String.valueOf(page + 1),
                "pages", String.valueOf(pages.size()),
                "asked", String.valueOf(requestedPage + 1));
        String footer = texts.format(
                place, requestedPage > page ? "footer.pastEnd" : pages.size() > 1 ? "footer.paged" : "footer", sizes);
        List<ReplyAction> actions = new ArrayList<>();
        lookup.library()
                .previous(number)
                .ifPresent(previous -> actions.add(
                        SectionActions.navigation("◀ " + previous.number(), new OpenSection(previous.number(), 0))));
        if (page > 0) {
            actions.add(SectionActions.navigation(
                    texts.format(place, "page.previous", Map.of("page", String.valueOf(page))),
                    new OpenSection(number, page - 1)));
        }
        if (page + 1 < pages.size()) {
            actions.add(SectionActions.navigation(
                    texts.format(place, "page.next", Map.of("page", String.valueOf(page + 2))),
                    new OpenSection(number, page + 1)));
        }
        lookup.library()
                .next(number)
                .ifPresent(next -> actions.add(
                        SectionActions.navigation(next.number() + " ▶", new OpenSection(next.number(), 0))));
        actions.add(SectionActions.markRead(number, place));
        List<Section> children = lookup.library().children(number);
        if (!children.isEmpty() && page == pages.size() - 1) {
            text = (text.isEmpty() ? Text.empty() : text.append(Text.plain("\n\n")))
                    .append(Text.plain(texts.text(place, "subsections")))
                    .append(lines(children))
                    .append(more(children.size(), place));
            actions.addAll(openActions(children, place));
        }
        return Reply.content(section.heading(), text.isEmpty() ? Text.plain(texts.text(place, "no.text")) : text)
                .withFooter(footer)
                .withActions(actions);
    }

    private Reply chapterListing(LookupResult.ChapterListing listing, Locale place) {
        List<Section> sections = listing.sections();
        Text text = lines(sections).append(more(sections.size(), place));
        String chapter = String.valueOf(listing.chapter());
        String heading = listing.title()
                .map(title -> texts.format(place, "chapter.title.named", Map.of("chapter", chapter, "title", title)))
                .orElseGet(() -> texts.format(place, "chapter.title", Map.of("chapter", chapter)));
        return Reply.content(heading, text)
                .withFooter(texts.format(place, "chapter.footer", Map.of("chapter", chapter, "count", sections.size())))
                .withActions(openActions(sections, place));
    }

    private Reply titleMatches(LookupResult.TitleMatches matches, Locale place) {
        List<Section> sections = matches.sections();
        Text text = Text.plain(texts.format(
                        place,
                        "matches.intro",
                        Map.of("count", String.valueOf(sections.size()), "words", quoted(matches.words(), place))))
                .append(lines(sections))
                .append(more(sections.size(), place));
        return Reply.content(texts.text(place, "matches.title"), text)
                .withFooter(texts.text(place, "matches.footer"))
                .withActions(openActions(sections, place));
    }

    private Reply noSuchSection(SectionLookup lookup, LookupResult.NoSuchSection missing, Locale reader) {
        String asked = shortened(missing.asked());
        Wording hint = NearbySections.hint(lookup.library(), missing.chapter(), shortened(chapterOf(missing.asked())));
        return Reply.problem(Text.plain(
                                texts.format(reader, "no.section", Map.of("section", asked, "hint", hint.in(reader))))
                        .append(suggestionLines(texts.text(reader, "nearest"), missing.suggestions())))
                .withActions(openActions(missing.suggestions(), reader));
    }

    private Reply noSuchChapter(SectionLookup lookup, LookupResult.NoSuchChapter missing, Locale reader) {
        Text text = Text.plain(texts.format(
                        reader,
                        "no.chapter",
                        Map.of(
                                "chapter",
                                shortened(missing.asked()),
                                "outline",
                                NearbySections.outline(lookup.library()).in(reader))))
                .append(suggestionLines(texts.text(reader, "nearest"), missing.suggestions()));
        return Reply.problem(text).withActions(openActions(missing.suggestions(), reader));
    }

    private Reply noTitleMatch(SectionLookup lookup, LookupResult.NoTitleMatch missing, Locale reader) {
        List<Section> starts = chapterStarts(lookup);
        Text text = Text.plain(texts.format(
                        reader,
                        "no.title",
                        Map.of("words", quoted(missing.words(), reader), "howToAsk", howToAsk(lookup, reader))))
                .append(suggestionLines(texts.text(reader, "chapter.starts"), starts));
        return Reply.problem(text).withActions(openActions(starts, reader));
    }

    private Reply unreadable(SectionLookup lookup, InputProblem problem, Locale reader) {
        List<Section> starts = chapterStarts(lookup);
        return Reply.problem(Text.plain(texts.format(
                                reader,
                                "unreadable",
                                Map.of(
                                        "explanation",
                                        problem.explanation(reader),
                                        "howToAsk",
                                        howToAsk(lookup, reader))))
                        .append(suggestionLines(texts.text(reader, "chapter.starts"), starts)))
                .withActions(openActions(starts, reader));
    }

    /** How to ask, with the book's own example ({@link BookExample}), as every other reply gives it. */
    private String howToAsk(SectionLookup lookup, Locale reader) {
        List<Section> sections = lookup.library().sections();
        if (sections.isEmpty()) {
            return texts.text(reader, "book.empty");
        }
        return texts.format(
                reader, "how.to.ask", BookExample.of(lookup.library()).with(Map.of()));
    }

    private static List<Section> chapterStarts(SectionLookup lookup) {
        return lookup.library().chapters().stream()
                .map(chapter -> lookup.chapter(chapter).get(0))
                .limit(SectionLookup.MAX_SUGGESTIONS)
                .toList();
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

    private Text more(int listed, Locale language) {
        return Text.plain(
                listed > MAX_LISTED
                        ? texts.format(language, "more", Map.of("count", String.valueOf(listed - MAX_LISTED)))
                        : "");
    }

    private static List<ReplyAction> openActions(List<Section> sections, Locale language) {
        return SectionActions.open(
                sections.stream()
                        .limit(MAX_LISTED)
                        .map(section -> new SectionActions.Link(section.heading(), section.number()))
                        .toList(),
                language);
    }

    private static String chapterOf(String writtenNumber) {
        return writtenNumber.substring(0, writtenNumber.indexOf('.'));
    }

    /** Echoed user text: shortened and in quotes (a renderer escapes it). */
    private String quoted(String userText, Locale language) {
        return texts.format(language, "quoted", Map.of("text", shortened(userText)));
    }

    private static String shortened(String userText) {
        return WordCut.toLength(userText, MAX_ECHO_LENGTH);
    }
}
