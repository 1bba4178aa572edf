package studybot.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.console.ConsoleRenderer;
import studybot.discord.DiscordText;
import studybot.library.Block;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;

class SubSectionRepliesTest {

    private static final SourceLine HERE = SourceLine.page("book.html");
    private static final SectionLookup LOOKUP = Books.lookup(new Library(
            List.of(
                    Section.ofBlocks(
                            number("20.4"),
                            "Replication",
                            List.of(
                                    Block.prose("Replicas copy the primary."),
                                    Block.code("replica = primary.follow()\n    lag = replica.lag()")),
                            HERE),
                    section("20.4.1", "Failover", "A replica takes over when the primary fails."),
                    section("20.4.2", "Lag", "Replicas trail the primary by a little."),
                    section("20.5", "Pub/Sub", "Channels carry messages.")),
            Instant.EPOCH));

    private final SectionReplies replies = new SectionReplies(new SectionPager());

    @Test
    void aSubSectionOpensByItsNumber() {
        Reply reply = replies.answer(LOOKUP, "20.4.1");

        assertThat(reply.title()).isEqualTo("20.4.1 Failover");
        assertThat(reply.text().plainText()).isEqualTo("A replica takes over when the primary fails.");
    }

    @Test
    void aSectionShowsItsOwnTextThenItsSubSectionsToOpen() {
        Reply reply = replies.answer(LOOKUP, "20.4");

        assertThat(reply.text().plainText())
                .startsWith("Replicas copy the primary.")
                .contains("Sub-sections:", "20.4.1 Failover", "20.4.2 Lag");
        assertThat(reply.actions())
                .anySatisfy(action -> assertThat(action)
                        .isInstanceOfSatisfying(
                                ReplyAction.PickList.class,
                                list -> assertThat(list.picks())
                                        .extracting(ReplyAction.Pick::value)
                                        .containsExactly("20.4.1:0", "20.4.2:0")));
    }

    @Test
    void codeIsACodeBlockOnDiscordAndIndentedInTheConsole() {
        Reply reply = replies.answer(LOOKUP, "20.4");

        assertThat(DiscordText.markdown(reply.text()))
                .contains("```\nreplica = primary.follow()\n    lag = replica.lag()\n```");
        assertThat(new ConsoleRenderer(false).render(reply))
                .contains("\n    replica = primary.follow()\n        lag = replica.lag()");
    }

    @Test
    void buttonsPostedBeforeSubSectionsAndDeeperOnesBothOpen() {
        assertThat(SectionIds.parseArgs(List.of("20.4", "0"))).contains(new OpenSection(SectionNumber.of(20, 4), 0));
        assertThat(SectionIds.parseArgs(List.of("20.4.1", "2")))
                .contains(new OpenSection(SectionNumber.of(20, 4, 1), 2));
        assertThat(SectionIds.parseValue("20.4.2:0")).contains(new OpenSection(SectionNumber.of(20, 4, 2), 0));
        assertThat(SectionIds.parseArgs(List.of("20.4.1.1.1.1.1", "0"))).isEmpty();
    }

    @Test
    void autocompleteOffersEveryLevel() {
        assertThat(LOOKUP.complete("20.4."))
                .extracting(completion -> completion.value())
                .containsExactly("20.4.1", "20.4.2");
        assertThat(LOOKUP.complete("20.4.2"))
                .extracting(completion -> completion.value())
                .first()
                .isEqualTo("20.4.2");
    }

    private static Section section(String number, String title, String text) {
        return new Section(number(number), title, List.of(text), HERE);
    }

    private static SectionNumber number(String text) {
        return SectionNumber.parse(text).orElseThrow();
    }
}
