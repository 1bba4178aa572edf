package studybot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ListsTest {

    private enum Permission {
        VIEW_CHANNEL,
        SEND_MESSAGES,
        READ_MESSAGE_HISTORY
    }

    private final Texts threads = Texts.load("threads");

    @Test
    void thingsABundleNamesAreJoinedAsTheReadersLanguageSaysAList() {
        List<Permission> missing =
                List.of(Permission.VIEW_CHANNEL, Permission.SEND_MESSAGES, Permission.READ_MESSAGE_HISTORY);

        assertThat(Lists.and(Locale.ENGLISH, threads, "permission.", missing))
                .isEqualTo("View Channel, Send Messages, and Read Message History");
        assertThat(Lists.and(Locale.GERMAN, threads, "permission.", missing))
                .isEqualTo("„Kanal ansehen“, „Nachrichten senden“ und „Nachrichtenverlauf lesen“");
        assertThat(Lists.and(Locale.ENGLISH, threads, "permission.", List.of(Permission.SEND_MESSAGES)))
                .isEqualTo("Send Messages");
    }
}
