package studybot.dailytips.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studybot.dailytips.DailyTipSettings;
import studybot.dailytips.DailyTipStatus;
import studybot.dailytips.LastPost;
import studybot.i18n.Texts;
import studybot.library.SectionNumber;
import studybot.reply.Reply;
import studybot.reply.ReplyField;

/** {@code /tips status}'s last post reads as its reader's language writes a date and a colon. */
class StatusReplyLanguagesTest {

    private static final Texts TEXTS = Texts.load("dailytips");
    private static final LastPost LAST =
            new LastPost(LocalDate.of(2026, 12, 7), 42, 7, "tip", new SectionNumber(20, 4));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | Dec 7, 2026 in ",
                "de | 07.12.2026 in ",
                "es | 7 dic 2026 en ",
                "fr | 7 déc. 2026 dans ",
            })
    void theLastPostsDateIsWrittenAsTheReaderWritesIt(String language, String start) {
        assertThat(lastTip(Locale.forLanguageTag(language))).startsWith(start).doesNotContain("2026-12-07");
    }

    @Test
    void frenchPutsANoBreakSpaceBeforeTheColon() {
        assertThat(lastTip(Locale.FRENCH)).contains("\u00a0: astuce tirée de 20.4");
        assertThat(lastTip(Locale.ENGLISH)).contains(": tip from 20.4").doesNotContain(" :");
    }

    private static String lastTip(Locale language) {
        DailyTipStatus status = new DailyTipStatus(
                Optional.of(new DailyTipSettings(42, LocalTime.of(9, 0), ZoneId.of("Europe/Paris"), true)),
                OptionalLong.empty(),
                Optional.of(LAST),
                Optional.empty(),
                Optional.empty());
        Reply reply = StatusReply.of(1, status, Optional.empty(), "", TEXTS, language);
        return reply.fields().stream()
                .filter(field -> field.name().equals(TEXTS.text(language, "status.last")))
                .map(ReplyField::value)
                .findFirst()
                .orElseThrow()
                .plainText();
    }
}
