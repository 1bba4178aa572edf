package studybot.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A picture's name can't leave the folder it is saved in, its alt text fits Discord, and it can't be changed later. */
class ReplyAttachmentTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void namesThatCouldLeaveTheirFolderOrAreNotPngsAreRefused() {
        for (String name : List.of(
                "../../etc/passwd.png",
                "/tmp/x.png",
                "charts/x.png",
                ".png",
                "x.PNG",
                "x.svg",
                "x\u0000.png",
                "a b.png",
                "x".repeat(70) + ".png")) {
            assertThatThrownBy(() -> new ReplyAttachment(name, PNG, "alt", List.of()))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new ReplyAttachment("quiz-stats.png", PNG, "alt", List.of()).fileName())
                .isEqualTo("quiz-stats.png");
    }

    @Test
    void altTextIsCutToWhatDiscordKeeps() {
        ReplyAttachment picture = new ReplyAttachment("a.png", PNG, "week ".repeat(500), List.of());

        assertThat(picture.altText())
                .hasSizeLessThanOrEqualTo(ReplyAttachment.MAX_ALT_TEXT)
                .endsWith("…");
    }

    @Test
    void thePictureCannotBeChangedThroughTheArrayItWasMadeFromOrGives() {
        byte[] bytes = PNG.clone();
        ReplyAttachment picture = new ReplyAttachment("a.png", bytes, "alt", List.of(1.0));
        bytes[0] = 0;
        picture.bytes()[1] = 0;

        assertThat(picture.bytes()).isEqualTo(PNG);
        assertThat(picture).isEqualTo(new ReplyAttachment("a.png", PNG, "alt", List.of(1.0)));
        assertThat(picture.size()).isEqualTo(4);
    }
}
