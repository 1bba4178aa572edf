package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.discord.DiscordText;
import studybot.facts.SubHeading;
import studybot.facts.SubHeadings;
import studybot.library.Block;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;
import studybot.library.TestBooks;
import studybot.reply.Text;

class ExcerptTest {

    private static final Library BOOK = TestBooks.seed();
    private static final SectionSearch SEARCH = Searches.over(BOOK);
    /** A Japanese paragraph of some 230 characters without a space, the word asked for in its last sentence. */
    private static final String LIBRARY_RULES = "図書館では、利用者カードを作ると本を二週間借りることができます。返却はカウンターか返却ポストで行います。"
            + "雨の日には返却ポストが濡れないように蓋を閉めてください。夜間は職員がいないので、延長の相談は翌日に窓口でしてください。"
            + "貸出の期限を過ぎると、次の貸出ができなくなります。期限の前日には案内のメールが届きます。"
            + "予約した本が届くと連絡があり、一週間取り置かれます。取り置きの期間を過ぎた本は次の人に回されます。"
            + "館内の端末からデータベースを使って蔵書を探せます。";

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    @Test
    void stemmedMatchesAreBoldAsTheBookWritesThem() {
        SearchHit hit = SEARCH.search("replica", Searches.DEFAULT_LIMIT).hits().get(0);

        assertThat(hit.number().toString()).isEqualTo("20.4");
        assertThat(bolded(markdown(hit))).isNotEmpty().allMatch(word -> word.matches("(?i)replicas?"));
        assertThat(markdown(hit)).contains("Read **Replicas**", "its **replicas**");
    }

    @Test
    void everyQueryWordIsBoldWhereItMatches() {
        SearchHit hit =
                SEARCH.search("read replicas", Searches.DEFAULT_LIMIT).hits().get(0);

        assertThat(markdown(hit)).contains("(and **reads**, if you want)", "**Read** **Replicas**");
    }

    @Test
    void theBestPassageIsTheOneShowingMostOfTheQuery() {
        // "sorted" and "set" appear together only late in 20.5; "leaderboard" is in both the opening and there
        SearchHit hit = SEARCH.search("sorted sets leaderboard", Searches.DEFAULT_LIMIT)
                .hits()
                .get(0);

        assertThat(bolded(markdown(hit))).contains("Sorted", "Set", "leaderboard");
        assertThat(markdown(hit)).startsWith("…").doesNotEndWith("…");
    }

    @Test
    void theBookOwnMarkdownIsEscapedSoOnlyTheBoldMarkersAreLive() {
        SectionSearch search = Searches.over(TestBooks.of(List.of(
                List.of("Keys", "Use `SCAN` not `KEYS *` in prod_env; a > b | c ~ d \\ e. Pooling **matters**."))));

        SearchHit hit = search.search("pooling", Searches.DEFAULT_LIMIT).hits().get(0);

        assertThat(markdown(hit))
                .isEqualTo(
                        "Use \\`SCAN\\` not \\`KEYS \\*\\` in prod\\_env; a \\> b \\| c \\~ d \\\\ e. **Pooling** \\*\\*matters\\*\\*.");
    }

    @Test
    void titleOnlyMatchesShowTheTitleInBoldThenTheBodyOpening() {
        SearchHit hit = SEARCH.search("motor", Searches.DEFAULT_LIMIT).hits().get(0);

        assertThat(hit.number().toString()).isEqualTo("62.4");
        String[] lines = markdown(hit).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("**Motor**: Async MongoDB Driver");
        assertThat(lines[1])
                .startsWith("Right, so you’ve decided to use MongoDB.")
                .endsWith("…");
        assertThat(hit.title()).isEqualTo("Motor: Async MongoDB Driver");
    }

    @Test
    void titleOnlyMatchInASmallBookEscapesTheTitleToo() {
        SectionSearch search = Searches.over(
                TestBooks.of(List.of(List.of("Connection_pool *Strategies*", "Keep a few open and hand them out."))));

        assertThat(markdown(search.search("strategies", Searches.DEFAULT_LIMIT)
                        .hits()
                        .get(0)))
                .isEqualTo("Connection\\_pool \\***Strategies**\\*\nKeep a few open and hand them out.");
    }

    @Test
    void aSectionWithoutBodyShowsJustItsTitle() {
        SectionSearch search = Searches.over(TestBooks.of(List.of(List.of("Connection pooling"))));

        assertThat(markdown(
                        search.search("pooling", Searches.DEFAULT_LIMIT).hits().get(0)))
                .isEqualTo("Connection **pooling**");
    }

    @Test
    void anEarlyMatchStartsTheExcerptAtTheBeginningWithoutEllipsis() {
        SearchHit hit =
                SEARCH.search("memcached", Searches.DEFAULT_LIMIT).hits().get(0);

        assertThat(markdown(hit))
                .startsWith("Alright, let’s settle this.")
                .contains("**Memcached**")
                .endsWith("…");
    }

    @Test
    void aShortBodyIsQuotedWhole() {
        SectionSearch search = Searches.over(
                TestBooks.of(List.of(List.of("Pools", "Pooling keeps connections open.\n\nReuse them."))));

        assertThat(markdown(
                        search.search("pooling", Searches.DEFAULT_LIMIT).hits().get(0)))
                .isEqualTo("**Pooling** keeps connections open. Reuse them.");
    }

    @Test
    void adjacentMatchesShareOneBoldRun() {
        SectionSearch search = Searches.over(TestBooks.of(List.of(List.of("数据库", "数据库很快。"))));

        assertThat(markdown(search.search("数据", Searches.DEFAULT_LIMIT).hits().get(0)))
                .isEqualTo("**数据**库很快。");
    }

    @Test
    void japaneseBigramsThatShareACharacterAreBoldAsOneRun() {
        SearchHit hit = japanese("図書館では貸出の期限を守ってください。")
                .search("貸出の期限", Searches.DEFAULT_LIMIT)
                .hits()
                .get(0);

        assertThat(markdown(hit)).isEqualTo("図書館では**貸出の期限**を守ってください。");
    }

    @Test
    void aJapaneseMatchLateInAParagraphWithoutSpacesIsQuoted() {
        SearchHit hit = japanese(LIBRARY_RULES)
                .search("データベース", Searches.DEFAULT_LIMIT)
                .hits()
                .get(0);

        assertThat(markdown(hit)).contains("**データベース**");
    }

    @Test
    void aJapaneseExcerptStartsAtTheSentenceEndedByAFullStop() {
        String rulesAndMore = LIBRARY_RULES
                + "検索の結果は印刷することもできます。印刷には一枚十円かかります。コピー機は一階の入口の横にあります。"
                + "雑誌の最新号は貸出できませんが、館内で読むことができます。古い雑誌は書庫にあるので、窓口で申し込んでください。"
                + "書庫の本は三十分ほどで届きます。閉館の十五分前には音楽が流れます。その後は新しい貸出の手続きができません。"
                + "休館日は毎週月曜日と年末年始です。臨時の休館は入口の掲示板でお知らせします。";
        SearchHit hit = japanese(rulesAndMore)
                .search("データベース", Searches.DEFAULT_LIMIT)
                .hits()
                .get(0);

        assertThat(markdown(hit)).startsWith("…館内の端末から**データベース**");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pooling",
                "replication",
                "read replicas",
                "primary node",
                "snapshots",
                "pub/sub",
                "cluster mode",
                "stale data",
                "asynchronously",
                "security",
                "leaderboard",
                "async driver",
                "redis",
                "database",
                "python",
                "cache",
                "connection",
                "data",
                "streams",
                "aggregation"
            })
    void excerptsAreAboutTwoHundredCharactersOfWholeWordsWithEllipsesWhereCut(String query) {
        List<SearchHit> hits = SEARCH.search(query, SectionSearch.MAX_LIMIT).hits();
        assertThat(hits).isNotEmpty();
        for (SearchHit hit : hits) {
            String excerpt = markdown(hit);
            assertThat(excerpt.length()).as(excerpt).isLessThanOrEqualTo(260);
            if (excerpt.contains("\n")) {
                continue;
            }
            String body = collapse(BOOK.find(hit.number()).map(Section::body).orElseThrow());
            String quoted = plain(excerpt);
            int at = body.indexOf(quoted);

            assertThat(at).as("%s is quoted from %s", quoted, hit.number()).isNotNegative();
            assertThat(quoted.length()).as(excerpt).isBetween(Math.min(150, body.length()), 210);
            assertThat(excerpt.startsWith("…")).as(excerpt).isEqualTo(at > 0);
            assertThat(excerpt.endsWith("…")).as(excerpt).isEqualTo(at + quoted.length() < body.length());
            assertThat(at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1)))
                    .as("starts on a word: " + excerpt)
                    .isTrue();
            int end = at + quoted.length();
            assertThat(end == body.length() || !Character.isLetterOrDigit(body.charAt(end)))
                    .as("ends on a word: " + excerpt)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "party line",
                "classic pub/sub",
                "digital equivalent",
                "anything important",
                "vpc",
                "first and foremost",
                "so should you",
                "cache lives",
                "sworn enemy of security",
                "redis pub/sub streams"
            })
    void excerptsNeverRunAcrossAFlattenedSubHeading(String query) {
        SubHeadings subHeadings = SubHeadings.of(BOOK);
        List<SearchHit> hits = SEARCH.search(query, SectionSearch.MAX_LIMIT).hits();
        assertThat(hits).isNotEmpty();
        for (SearchHit hit : hits) {
            Section section = BOOK.find(hit.number()).orElseThrow();
            String excerpt = hit.excerpt().plainText();
            // a title-only hit shows the title, then a line quoting the body
            String quoted = excerpt.substring(excerpt.indexOf('\n') + 1).replace("…", "");
            List<String> stretches = new ArrayList<>();
            int at = 0;
            for (SubHeading heading : subHeadings.in(section)) {
                String title = section.body().substring(heading.start(), heading.end());
                assertThat(quoted).as("%s in %s", quoted, hit.number()).doesNotContain(title);
                stretches.add(collapse(section.body().substring(at, heading.start())));
                at = heading.end();
            }
            stretches.add(collapse(section.body().substring(at)));

            assertThat(stretches)
                    .as("%s lies between two headings of %s", quoted, hit.number())
                    .anySatisfy(stretch -> assertThat(stretch).contains(quoted.strip()));
        }
    }

    @Test
    void aPassageFoundByMeaningStopsBeforeTheNextSubHeadingAndStartsAfterOne() {
        String body = "Pooling keeps a few connections open. Pool Sizes and Their Limits A pool that is too big wastes"
                + " memory on the server.";
        int heading = body.indexOf("Pool Sizes");
        List<SubHeading> headings = List.of(new SubHeading(heading, body.indexOf(" A pool")));
        ExcerptWriter writer = new ExcerptWriter(SectionSearch.EXCERPT_LENGTH);

        List<TextStretch> stretches = TextStretch.of(oneParagraph(body), headings);

        assertThat(writer.from(body, 0, stretches).plainText()).isEqualTo("Pooling keeps a few connections open.…");
        assertThat(writer.from(body, heading + 3, stretches).plainText())
                .isEqualTo("…A pool that is too big wastes memory on the server.");
    }

    @Test
    void aTitleOnlyMatchQuotesTheOpeningAfterALeadingSubHeading() {
        String body = "Sizing the Pool Well A pool that is too big wastes memory.";
        MatchedText title = new MatchedText("Connection pooling", List.of(new MatchSpan(11, 18, "pool")));
        ExcerptWriter writer = new ExcerptWriter(SectionSearch.EXCERPT_LENGTH);

        Text excerpt = writer.forHit(
                title, MatchedText.unmatched(body), TextStretch.of(oneParagraph(body), List.of(new SubHeading(0, 20))));

        assertThat(DiscordText.markdown(excerpt))
                .isEqualTo("Connection **pooling**\n…A pool that is too big wastes" + " memory.");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHugeSectionFullOfMatchesStillGetsItsBestPassage() {
        // 5 MB, "pooling" in every sentence, and the only sentence with both words 4 MB in: each of 85,000 matches is
        // a candidate window (the quadratic version compared every window with every match, and took minutes)
        StringBuilder text = new StringBuilder();
        List<MatchSpan> matches = new ArrayList<>();
        String filler = "Keep a few connections open and hand them out by pooling. ";
        String both = "Replicas take the reads while pooling keeps their connections warm. ";
        while (text.length() < 5_000_000) {
            if (text.length() >= 4_000_000
                    && matches.stream().noneMatch(match -> match.term().equals("replica"))) {
                matches.add(new MatchSpan(text.length(), text.length() + 8, "replica"));
                matches.add(new MatchSpan(text.length() + 30, text.length() + 37, "pool"));
                text.append(both);
            } else {
                matches.add(new MatchSpan(text.length() + 49, text.length() + 56, "pool"));
                text.append(filler);
            }
        }

        String excerpt = DiscordText.markdown(new ExcerptWriter(SectionSearch.EXCERPT_LENGTH)
                .excerpt(
                        new MatchedText(text.toString(), matches),
                        TextStretch.of(oneParagraph(text.toString()), List.of())));

        assertThat(excerpt)
                .startsWith("…Keep a few")
                .contains("by **pooling**. **Replicas** take the reads")
                .endsWith("…");
    }

    @Test
    void anExcerptStopsWhereTheProseMeetsACodeListing() {
        SectionSearch search = Searches.over(book(
                Block.prose(
                        "Ownership is Rust's most unusual feature. It lets Rust make memory safety guarantees without"
                                + " a garbage collector. Keeping track of which part of the code uses which data is the job"
                                + " of the borrow checker. Let's move on to the next collection type: String!"),
                Block.code("fn main() {\n    let s = String::from(\"hello\");\n}")));

        SearchHit hit =
                search.search("borrow checker", Searches.DEFAULT_LIMIT).hits().get(0);

        assertThat(markdown(hit))
                .contains("**borrow** **checker**")
                .endsWith("collection type: String!…")
                .doesNotContain("fn main", "```");
    }

    @Test
    void proseOnEitherSideOfAListingIsNeverGluedIntoOneRun() {
        SectionSearch search = Searches.over(book(
                Block.prose("A vector holds values of one type next to each other in memory. Here is a vector of"
                        + " integers:"),
                Block.code("let v: Vec<i32> = Vec::new();"),
                Block.prose("The annotation tells Rust what kind of elements the vector holds, since it is empty.")));

        SearchHit hit = search.search("memory", Searches.DEFAULT_LIMIT).hits().get(0);

        assertThat(hit.excerpt().plainText())
                .isEqualTo("A vector holds values of one type next to each other in memory. Here is a vector of"
                        + " integers…");
    }

    @Test
    void theProseThatMatchedIsQuotedRatherThanTheCodeThatMatchedMore() {
        SectionSearch search = Searches.over(book(
                Block.prose("Hash maps store scores by team name."),
                Block.code("let mut scores = HashMap::new();\nscores.insert(String::from(\"Blue\"), 10);")));

        SearchHit hit =
                search.search("scores insert", Searches.DEFAULT_LIMIT).hits().get(0);

        assertThat(markdown(hit)).isEqualTo("Hash maps store **scores** by team name.…");
    }

    @Test
    void aHitOnlyInCodeShowsTheMatchedLinesAsCode() {
        SectionSearch search = Searches.over(book(
                Block.prose("Each team's score is kept under its name."),
                Block.code("use std::collections::HashMap;\n\nfn main() {\n    let mut scores = HashMap::new();\n"
                        + "    scores.insert(String::from(\"Blue\"), 10);\n\n    println!(\"{scores:?}\");\n}")));

        SearchHit hit = search.search("blue", Searches.DEFAULT_LIMIT).hits().get(0);

        assertThat(hit.excerpt().spans())
                .containsExactly(new Text.CodeBlock("scores.insert(String::from(\"Blue\"), 10);"));
    }

    @Test
    void aListingQuotesAtMostAFewLinesFromTheMatchWithoutTheirSharedIndentation() {
        String listing = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> "        let value" + i + " = compute(" + i + ");")
                .collect(Collectors.joining("\n"));
        SectionSearch search = Searches.over(book(Block.prose("Values are computed in turn."), Block.code(listing)));

        SearchHit hit = search.search("value3", Searches.DEFAULT_LIMIT).hits().get(0);

        assertThat(hit.excerpt().spans())
                .containsExactly(new Text.CodeBlock("let value3 = compute(3);\nlet value4 = compute(4);\n"
                        + "let value5 = compute(5);\nlet value6 = compute(6);"));
    }

    private static Library book(Block... blocks) {
        return new Library(
                List.of(Section.ofBlocks(
                        new SectionNumber(8, 2),
                        "Collections",
                        List.of(blocks),
                        new SourceLine(Path.of("book.md"), 1))),
                TestBooks.LOADED);
    }

    private static SectionSearch japanese(String body) {
        return Searches.over(TestBooks.of(List.of(List.of("利用案内", body))).withLanguage(new BookLanguage("ja")));
    }

    private static Section oneParagraph(String text) {
        return new Section(new SectionNumber(1, 1), "Pooling", List.of(text), new SourceLine(Path.of("test.txt"), 1));
    }

    /** The excerpt as Discord shows it: the book's own characters escaped, matched words in bold. */
    private static String markdown(SearchHit hit) {
        return DiscordText.markdown(hit.excerpt());
    }

    private static List<String> bolded(String excerpt) {
        List<String> words = new ArrayList<>();
        Matcher matcher = BOLD.matcher(excerpt);
        while (matcher.find()) {
            words.add(matcher.group(1));
        }
        return words;
    }

    /** The book text an excerpt quotes: markers, ellipses and escapes removed. */
    private static String plain(String excerpt) {
        String text = excerpt.replace("**", "");
        if (text.startsWith("…")) {
            text = text.substring(1);
        }
        if (text.endsWith("…")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.replaceAll("\\\\(.)", "$1");
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
