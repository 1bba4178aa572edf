package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;
import studybot.reply.Reply;
import studybot.reply.ReplyAttachment;

/** A reply's picture is uploaded with the message, described by its alt text and shown inside the embed. */
class DiscordRendererTest {

    private static final ReplyAttachment PICTURE = new ReplyAttachment(
            "quiz-stats.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "Answers per week: 0, 3, 5.", List.of());

    private final DiscordRenderer renderer = new DiscordRenderer();

    @Test
    void aPictureIsUploadedWithItsAltTextAndShownInTheEmbed() {
        MessageCreateData message =
                renderer.create(Reply.content("Your quiz stats", "3 answers").withAttachment(PICTURE));

        assertThat(message.getFiles()).singleElement().satisfies(file -> {
            assertThat(file.getName()).isEqualTo("quiz-stats.png");
            assertThat(file.getDescription()).isEqualTo("Answers per week: 0, 3, 5.");
        });
        assertThat(message.getEmbeds().get(0).getImage().getUrl()).isEqualTo("attachment://quiz-stats.png");
    }

    @Test
    void anAnswerEditedInAfterADeferralKeepsItsPicture() {
        MessageEditData edit =
                renderer.edit(Reply.content("Reading progress", "2 members").withAttachment(PICTURE));

        assertThat(edit.getFiles()).extracting(FileUpload::getName).containsExactly("quiz-stats.png");
    }

    @Test
    void aReplyWithoutAPictureUploadsNothing() {
        MessageCreateData message = renderer.create(Reply.content("Your quiz stats", "3 answers"));

        assertThat(message.getFiles()).isEmpty();
        assertThat(message.getEmbeds().get(0).getImage()).isNull();
    }

    /** A book title (cleaned of hidden characters when read) keeps its markdown and mentions, escaped here. */
    @Test
    void aBookTitleCanNeitherFormatNorPing() {
        String title = "EvilBook@everyone **bold**";
        MessageCreateData message = renderer.create(Reply.content(title, title + " is now this server's own book"));

        assertThat(message.getEmbeds().get(0).getTitle()).isEqualTo("EvilBook@\u200beveryone \\*\\*bold\\*\\*");
        assertThat(message.getEmbeds().get(0).getDescription()).startsWith("EvilBook@\u200beveryone \\*\\*bold\\*\\*");
        assertThat(message.getAllowedMentions()).isEmpty();
    }
}
