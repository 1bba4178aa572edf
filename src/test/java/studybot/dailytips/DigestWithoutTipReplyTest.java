package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import studybot.discord.DiscordText;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;

/** The digest of a book with no tips (one not in English has none): today's reading and the last one, no tip field. */
class DigestWithoutTipReplyTest {

    private static final Digest DIGEST = new Digest(
            List.of(
                    new DigestSection(new SectionNumber(1, 2), "Le verger", 2),
                    new DigestSection(new SectionNumber(1, 3), "Le potager", 1)),
            3,
            OptionalLong.empty(),
            3,
            OptionalLong.empty(),
            List.of(new SectionNumber(1, 1)),
            2);

    @Test
    void theDigestWithoutATipHasNoTipFieldNorItsReadButton() {
        Reply reply = DailyPostReply.of(
                new TipPost(Optional.empty(), "", Optional.of(DIGEST), Optional.empty(), Locale.ENGLISH),
                DigestWithoutTipReplyTest::noAnswerButtons);

        assertThat(reply.title()).isEqualTo("Today's reading · about 3 min");
        assertThat(DiscordText.markdown(reply.text()))
                .startsWith("**1.2** Le verger · 2 min\n**1.3** Le potager · 1 min")
                .contains("3 sections left");
        assertThat(reply.fields()).extracting(ReplyField::name).containsExactly("Last reading");
        assertThat(DiscordText.markdown(reply.fields().get(0).value()))
                .isEqualTo("2 members finished the last reading (1.1).");
        assertThat(reply.actions())
                .extracting(action -> ((ReplyAction.Button) action).label())
                .containsExactly("Open 1.2", "Open 1.3");
    }

    @Test
    void aPostWithoutATipIsADigest() {
        assertThatThrownBy(() -> new TipPost(Optional.empty(), "", Optional.empty(), Optional.empty(), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String noAnswerButtons(Question question, String choice) {
        throw new AssertionError("a digest without a tip has no question of the day");
    }
}
