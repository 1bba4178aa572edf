package studybot.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studybot.console.ConsoleRenderer;
import studybot.discord.DiscordText;
import studybot.i18n.Languages;
import studybot.library.BookExample;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.TestBooks;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.Text;

class SectionRepliesTest {

    private static final SectionLookup SEED = Books.lookup(TestBooks.seed());
    private final SectionReplies replies = new SectionReplies(new SectionPager());

    @Test
    void aSectionIsContentWithItsHeadingTextAndPlaceInTheChapter() {
        Reply reply = replies.answer(SEED, "§ 20,4");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(reply.title()).isEqualTo("20.4 Replication Groups: Primary Node and Read Replicas");
        assertThat(reply.text().plainText())
                .startsWith("Right, so you’ve decided you need more than just a single cache node.")
                .endsWith("Just don’t act surprised later.");
        assertThat(reply.footer()).isEqualTo("Chapter 20 · section 4 of 7");
        assertThat(offers(reply))
                .containsExactly(
                        new Offer("◀ 20.3", new OpenSection(new SectionNumber(20, 3), 0), Role.NAVIGATION),
                        new Offer("20.5 ▶", new OpenSection(new SectionNumber(20, 5), 0), Role.NAVIGATION));
    }

    @Test
    void previousAndNextRunAcrossTheWholeBook() {
        assertThat(labels(replies.answer(SEED, "20.1"))).containsExactly("20.2 ▶");
        assertThat(labels(replies.answer(SEED, "20.7"))).containsExactly("◀ 20.6", "62.1 ▶");
        assertThat(labels(replies.answer(SEED, "62.1"))).containsExactly("◀ 20.7", "62.2 ▶");
        assertThat(labels(replies.answer(SEED, "62.8"))).containsExactly("◀ 62.7");
        assertThat(replies.answer(SEED, "62.8").footer()).isEqualTo("Chapter 62 · section 8 of 8");
    }

    @Test
    void aLongSectionIsPagedWithPageButtons() {
        SectionLookup lookup = Books.lookup(longBook());
        SectionReplies smallPages = new SectionReplies(new SectionPager(500));

        Reply first = smallPages.answer(lookup, "1.2");
        int pageCount = Integer.parseInt(first.footer().replaceAll(".*page 1/(\\d+)$", "$1"));
        Reply second = smallPages.open(lookup, new OpenSection(new SectionNumber(1, 2), 1));
        Reply last = smallPages.open(lookup, new OpenSection(new SectionNumber(1, 2), pageCount - 1));

        assertThat(pageCount).isGreaterThan(2);
        assertThat(first.footer()).isEqualTo("Chapter 1 · section 2 of 3 · page 1/" + pageCount);
        assertThat(first.text().plainText())
                .hasSizeLessThanOrEqualTo(500)
                .startsWith("Paragraph 1.")
                .doesNotEndWith("\n");
        assertThat(offers(first))
                .containsExactly(
                        new Offer("◀ 1.1", new OpenSection(new SectionNumber(1, 1), 0), Role.NAVIGATION),
                        new Offer("page 2 ▶", new OpenSection(new SectionNumber(1, 2), 1), Role.NAVIGATION),
                        new Offer("1.3 ▶", new OpenSection(new SectionNumber(1, 3), 0), Role.NAVIGATION));
        assertThat(second.footer()).endsWith("page 2/" + pageCount);
        assertThat(labels(second)).containsExactly("◀ 1.1", "◀ page 1", "page 3 ▶", "1.3 ▶");
        assertThat(labels(last)).containsExactly("◀ 1.1", "◀ page " + (pageCount - 1), "1.3 ▶");
    }

    @Test
    void aPagePastTheEndShowsTheLastPageSayingThePageAskedForIsNotThere() {
        SectionLookup lookup = Books.lookup(longBook());
        SectionReplies smallPages = new SectionReplies(new SectionPager(500));

        Reply reply = smallPages.open(lookup, new OpenSection(new SectionNumber(1, 2), 999));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(reply.footer()).matches("Chapter 1 · section 2 of 3 · page (\\d+)/\\1 \\(it has no page 1000\\)");
        assertThat(SEED.library().find(new SectionNumber(20, 4))).isPresent();
        assertThat(replies.open(SEED, new OpenSection(new SectionNumber(20, 4), 3))
                        .footer())
                .isEqualTo("Chapter 20 · section 4 of 7 · page 1/1 (it has no page 4)");
        assertThat(replies.answer(SEED, "20.4", 6, Languages.ENGLISH, Languages.ENGLISH)
                        .footer())
                .isEqualTo("Chapter 20 · section 4 of 7 · page 1/1 (it has no page 7)");
    }

    @Test
    void aFlattenedSubHeadingIsBoldOnALineOfItsOwn() {
        Reply reply = replies.answer(SEED, "62.6");

        assertThat(reply.text().spans()).contains(new Text.Strong("The Party Line: Classic Pub/Sub"));
        assertThat(DiscordText.markdown(reply.text()))
                .contains("for anything important.\n\n"
                        + "**The Party Line: Classic Pub/Sub**\nRedis Pub/Sub is the digital equivalent");
        assertThat(new ConsoleRenderer(false).render(reply))
                .contains("for anything important.\n\n"
                        + "The Party Line: Classic Pub/Sub\nRedis Pub/Sub is the digital equivalent");
        assertThat(new ConsoleRenderer(true).render(reply))
                .contains("\n\u001B[1mThe Party Line: Classic Pub/Sub\u001B[22m\nRedis Pub/Sub is");
        assertThat(DiscordText.markdown(replies.answer(SEED, "20.6").text()))
                .contains("security.\n\n**Your Cache Lives in a VPC, and So Should You**\nFirst and foremost");
    }

    @Test
    void aSubHeadingKeepsTheBooksWordsWithItsMarkdownEscaped() {
        Section stampedes = Books.section(
                new SectionNumber(1, 1),
                "Stampedes",
                List.of(
                        "Hot keys cause a stampede in the cache, and a stampede hurts.",
                        "The cache keeps hot data close. Hot Keys and\nthe *Cache* Stampede A stampede happens when many"
                                + " clients miss the cache at once."));

        Reply reply = replies.answer(Books.lookup(Books.of(List.of(stampedes))), "1.1");

        assertThat(DiscordText.markdown(reply.text()))
                .isEqualTo("Hot keys cause a stampede in the cache, and a"
                        + " stampede hurts.\n\nThe cache keeps hot data close.\n\n**Hot Keys and\nthe \\*Cache\\* Stampede**\n"
                        + "A stampede happens when many clients miss the cache at once.");
    }

    @Test
    void pagesWithSubHeadingsStayWithinThePageSizeAsDiscordShowsThem() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            paragraphs.add("The *cache* keeps hot_data close; a stampede hurts. ".repeat(i % 4 + 1)
                    + "Hot Keys and the Cache Stampede A stampede happens when many clients miss the cache at once.");
        }
        SectionLookup lookup =
                Books.lookup(Books.of(List.of(Books.section(new SectionNumber(1, 1), "Stampedes", paragraphs))));
        SectionReplies smallPages = new SectionReplies(new SectionPager(500));
        int pageCount =
                Integer.parseInt(smallPages.answer(lookup, "1.1").footer().replaceAll(".*page 1/(\\d+)$", "$1"));

        List<Reply> pages = new ArrayList<>();
        for (int page = 0; page < pageCount; page++) {
            pages.add(smallPages.open(lookup, new OpenSection(new SectionNumber(1, 1), page)));
        }

        assertThat(pageCount).isGreaterThan(5);
        assertThat(pages)
                .allSatisfy(page -> assertThat(DiscordText.markdown(page.text()))
                        .hasSizeLessThanOrEqualTo(500)
                        .contains("**Hot Keys and the Cache Stampede**\n"));
    }

    @Test
    void bookTextIsEscaped() {
        Section tricky = Books.section(
                new SectionNumber(1, 1),
                "Tricky",
                List.of("Use *args and __init__ with `code`, ~x~ | y > z.", "Ping @everyone and <@123>."));
        Reply reply = replies.answer(Books.lookup(Books.of(List.of(tricky))), "1.1");

        assertThat(DiscordText.markdown(reply.text()))
                .isEqualTo("Use \\*args and \\_\\_init\\_\\_ with \\`code\\`, \\~x\\~ \\| y \\> z.\n\n"
                        + "Ping @\u200Beveryone and <@\u200B123\\>.");
    }

    @Test
    void aChapterWithATitleIsHeadedByIt() {
        Library book = new Library(
                List.of(Books.section("4.1 Older Tallies"), Books.section("4.2 Other Formats")),
                Map.of(4, "Compatibility Issues"),
                TestBooks.LOADED);

        Reply reply = replies.answer(Books.lookup(book), "compatibility");

        assertThat(reply.title()).isEqualTo("Chapter 4: Compatibility Issues");
        assertThat(reply.footer()).isEqualTo("Chapter 4 · 2 sections");
    }

    @Test
    void aChapterIsAListingWithAButtonPerSection() {
        SectionLookup lookup = Books.lookup(Books.of("20.10 Ten", "20.9 Nine *starred*", "20.2 Two"));

        Reply reply = replies.answer(lookup, "20");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(reply.title()).isEqualTo("Chapter 20");
        assertThat(DiscordText.markdown(reply.text()))
                .isEqualTo("**20.2** Two\n**20.9** Nine \\*starred\\*\n**20.10** Ten");
        assertThat(reply.footer()).isEqualTo("Chapter 20 · 3 sections");
        assertThat(offers(reply))
                .extracting(Offer::target)
                .containsExactly(
                        new OpenSection(new SectionNumber(20, 2), 0),
                        new OpenSection(new SectionNumber(20, 9), 0),
                        new OpenSection(new SectionNumber(20, 10), 0));
        assertThat(offers(reply)).extracting(Offer::role).containsOnly(Role.RESULT);
        assertThat(offers(reply)).extracting(Offer::label).contains("20.9 Nine *starred*");
    }

    @Test
    void aLongChapterListsAtMostTwentyFive() {
        Reply reply = replies.answer(Books.lookup(Books.generated(5, 60)), "5");

        assertThat(offers(reply)).hasSize(25);
        assertThat(reply.text().plainText()).endsWith("…and 35 more; type a number to open one.");
        assertThat(reply.footer()).isEqualTo("Chapter 5 · 60 sections");
    }

    @Test
    void aMissingSectionIsAProblemOfferingTheNearest() {
        Reply reply = replies.answer(SEED, "20.9");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(DiscordText.markdown(reply.text()))
                .startsWith("There is no section 20.9. Chapter 20 has 7 sections, 20.1–20.7.")
                .contains("**20.7** Backup and Restore");
        assertThat(offers(reply))
                .extracting(Offer::target)
                .extracting(OpenSection::section)
                .extracting(SectionNumber::toString)
                .containsExactly("20.7", "20.6", "20.5", "20.4", "20.3");
        assertThat(offers(reply)).extracting(Offer::role).containsOnly(Role.RESULT);
    }

    @Test
    void aMissingChapterNamesTheChaptersThereAre() {
        assertThat(replies.answer(SEED, "21.1").text().plainText())
                .startsWith("There is no section 21.1. The book has no"
                        + " chapter 21. The book has chapters 20 (20.1–20.7) and 62 (62.1–62.8).");
        assertThat(replies.answer(SEED, "21").text().plainText())
                .startsWith("There is no chapter 21. The book has chapters 20 (20.1–20.7) and 62 (62.1–62.8).");
        Reply huge = replies.answer(SEED, "99999999999999999999999999999999999999999999999999.1");
        assertThat(huge.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(huge.text().plainText())
                .matches("(?s)There is no section 9{39}…\\. The book has no chapter 9{39}…\\. The book.*");
        assertThat(offers(huge)).first().extracting(Offer::label).asString().startsWith("62.8 ");
    }

    @Test
    void severalTitleMatchesAreContentToPickFrom() {
        Reply reply = replies.answer(SEED, "mongo");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(DiscordText.markdown(reply.text()))
                .isEqualTo("2 section titles match “mongo”:\n"
                        + "**62.3** PyMongo: Connecting to MongoDB, CRUD Operations, and Aggregation\n"
                        + "**62.4** Motor: Async MongoDB Driver");
        assertThat(offers(reply))
                .extracting(Offer::label)
                .containsExactly(
                        "62.3 PyMongo: Connecting to MongoDB, CRUD Operations, and Aggregation",
                        "62.4 Motor: Async MongoDB Driver");
    }

    @Test
    void aTitleThatMatchesNothingPointsToSearchAndTheChapters() {
        Reply reply = replies.answer(SEED, "kubernetes operators for everyone in the whole wide world");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText())
                .startsWith("No section title matches “kubernetes operators for everyone in…”.")
                .contains("/search", "Type a section number such as 20.4, a chapter such as 20");
        assertThat(offers(reply))
                .extracting(Offer::target)
                .extracting(OpenSection::section)
                .extracting(SectionNumber::toString)
                .containsExactly("20.1", "62.1");
    }

    @Test
    void aNumberTheBookLacksSuggestsTheBooksExampleAsEveryOtherReplyDoes() {
        Reply reply = replies.answer(SEED, "20.1.1.1.1.1.1");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText())
                .contains("Type a section number such as "
                        + BookExample.of(SEED.library()).section() + ", a chapter such as "
                        + BookExample.of(SEED.library()).chapter() + ",")
                .doesNotContain("such as 20.1,");
    }

    @Test
    void unreadableInputIsAProblemThatNeverEchoesIt() {
        for (String input : new String[] {"@everyone", "**x**", "😀", "", "\u0000", "x".repeat(500)}) {
            Reply reply = replies.answer(SEED, input);

            assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
            assertThat(DiscordText.markdown(reply.text()))
                    .doesNotContain("@everyone", "**x**", "😀", "\u0000", "xxxx")
                    .contains("Type a section number such as 20.4");
            assertThat(offers(reply)).isNotEmpty();
        }
        assertThat(replies.answer(SEED, "@everyone").text().plainText()).startsWith("Mentions can't be looked up.");
    }

    @Test
    void aSectionRemovedSinceTheButtonWasMadeIsAProblemOfferingTheNearest() {
        Reply reply = replies.open(SEED, new OpenSection(new SectionNumber(20, 8), 0));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText()).startsWith("Section 20.8 is no longer in the book");
        assertThat(offers(reply))
                .extracting(Offer::target)
                .extracting(OpenSection::section)
                .extracting(SectionNumber::toString)
                .startsWith("20.7", "20.6");
    }

    @Test
    void anEmptyBookStillAnswersKindly() {
        SectionLookup empty = Books.lookup(Books.of(List.of()));

        assertThat(replies.answer(empty, "20.4").text().plainText()).contains("The book is empty right now.");
        assertThat(replies.answer(empty, "redis").text().plainText()).contains("The book is empty right now.");
        assertThat(replies.open(empty, new OpenSection(new SectionNumber(1, 1), 0))
                        .kind())
                .isEqualTo(Reply.Kind.PROBLEM);
    }

    /** Three sections; 1.2 has forty paragraphs of about a hundred characters. */
    private static Library longBook() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            paragraphs.add("Paragraph " + i + ". Some words about caching, replication and pooling, nothing more.");
        }
        return Books.of(List.of(
                Books.section(new SectionNumber(1, 1), "One", List.of("x")),
                Books.section(new SectionNumber(1, 2), "Two", paragraphs),
                Books.section(new SectionNumber(1, 3), "Three", List.of("y"))));
    }

    private static List<String> labels(Reply reply) {
        return offers(reply).stream().map(Offer::label).toList();
    }

    @Test
    void offersAreButtonsForOneAndAPickListForSeveralEachWithTheCommandToType() {
        Reply page = replies.answer(SEED, "20.4");
        Reply chapter = replies.answer(SEED, "20");

        assertThat(page.actions())
                .containsExactly(
                        new ReplyAction.Button("◀ 20.3", "nav:20.3:0", ReplyAction.Style.SECONDARY, "/section 20.3"),
                        new ReplyAction.Button("20.5 ▶", "nav:20.5:0", ReplyAction.Style.SECONDARY, "/section 20.5"),
                        new ReplyAction.Button("Mark as read", "read:20.4", ReplyAction.Style.SECONDARY, "/read 20.4"));
        assertThat(chapter.actions()).singleElement().isInstanceOfSatisfying(ReplyAction.PickList.class, list -> {
            assertThat(list.id()).isEqualTo("pick");
            assertThat(list.picks())
                    .first()
                    .isEqualTo(new ReplyAction.Pick(
                            "20.1 ElastiCache Use Cases: Session Stores, Leaderboards, Real-Time Analytics",
                            "20.1:0",
                            "/section 20.1"));
        });
        SectionLookup lookup = Books.lookup(longBook());
        assertThat(new SectionReplies(new SectionPager(500))
                        .answer(lookup, "1.2")
                        .actions())
                .contains(new ReplyAction.Button(
                        "page 2 ▶", "nav:1.2:1", ReplyAction.Style.SECONDARY, "/section 1.2 page:2"));
    }

    /** How a test reads an action: the label, what it opens, and whether it moves the message or opens a new one. */
    private enum Role {
        NAVIGATION,
        RESULT
    }

    private record Offer(String label, OpenSection target, Role role) {}

    /** Every button and pick-list entry of a reply, in order. */
    private static List<Offer> offers(Reply reply) {
        List<Offer> offers = new ArrayList<>();
        for (ReplyAction action : reply.actions()) {
            if (action instanceof ReplyAction.Button button && button.id().startsWith(SectionIds.MARK_READ + ":")) {
                continue;
            }
            if (action instanceof ReplyAction.Button button) {
                List<String> parts = List.of(button.id().split(":"));
                offers.add(new Offer(
                        button.label(),
                        SectionIds.parseArgs(parts.subList(1, parts.size())).orElseThrow(),
                        parts.get(0).equals(SectionIds.NAV) ? Role.NAVIGATION : Role.RESULT));
            } else if (action instanceof ReplyAction.PickList list) {
                list.picks()
                        .forEach(pick -> offers.add(new Offer(
                                pick.label(),
                                SectionIds.parseValue(pick.value()).orElseThrow(),
                                Role.RESULT)));
            }
        }
        return offers;
    }
}
