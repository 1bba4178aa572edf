package studybot.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import studybot.i18n.Languages;
import studybot.library.SectionNumber;
import studybot.library.TestBooks;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;

/** {@code /section} in German: content in the place's language, misses in the asker's. */
class SectionRepliesGermanTest {

    private static final SectionLookup SEED = Books.lookup(TestBooks.seed());
    private final SectionReplies replies = new SectionReplies(new SectionPager());

    @Test
    void aSectionsFooterAndButtonsAreInThePlacesLanguage() {
        Reply reply = replies.answer(SEED, "20.4", 0, Languages.ENGLISH, Locale.GERMAN);

        assertThat(reply.footer()).isEqualTo("Kapitel 20 · Abschnitt 4 von 7");
        assertThat(reply.actions())
                .filteredOn(ReplyAction.Button.class::isInstance)
                .map(action -> ((ReplyAction.Button) action).label())
                .contains("Als gelesen markieren");
    }

    @Test
    void aChapterListingCountsItsSectionsInGerman() {
        Reply reply = replies.answer(SEED, "20", 0, Languages.ENGLISH, Locale.GERMAN);

        assertThat(reply.title()).isEqualTo("Kapitel 20");
        assertThat(reply.footer()).isEqualTo("Kapitel 20 · 7 Abschnitte");
    }

    @Test
    void aMissIsWordedForTheAskerWhateverThePlacesLanguage() {
        Reply reply = replies.answer(SEED, "21", 0, Locale.GERMAN, Languages.ENGLISH);

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText())
                .startsWith("Es gibt kein Kapitel 21. Das Buch hat die Kapitel 20 (20.1–20.7) und 62 (62.1–62.8).")
                .contains("Nächstgelegene Abschnitte:");
    }

    @Test
    void unreadableInputIsExplainedInGerman() {
        Reply reply = replies.answer(SEED, "@everyone", 0, Locale.GERMAN, Locale.GERMAN);

        assertThat(reply.text().plainText())
                .startsWith("Nach Erwähnungen kann nicht gesucht werden. Gib eine Abschnittsnummer wie 20.4,"
                        + " ein Kapitel wie 20 oder Wörter aus einem Abschnittstitel ein.");
        assertThat(InputProblem.TOO_LONG.explanation(Locale.GERMAN)).isEqualTo("Das ist länger als 100 Zeichen.");
    }

    @Test
    void theHintAfterAMissingNumberIsInTheReadersLanguage() {
        assertThat(NearbySections.hint(SEED.library(), new SectionNumber(20, 9)).in(Locale.GERMAN))
                .isEqualTo(" Kapitel 20 hat 7 Abschnitte, 20.1–20.7.");
        assertThat(NearbySections.hint(SEED.library(), new SectionNumber(21, 1)).in(Locale.GERMAN))
                .isEqualTo(
                        " Das Buch hat kein Kapitel 21. Das Buch hat die Kapitel 20 (20.1–20.7) und 62 (62.1–62.8).");
        assertThat(NearbySections.hint(SEED.library(), new SectionNumber(21, 1)).in(Languages.ENGLISH))
                .isEqualTo(" The book has no chapter 21. The book has chapters 20 (20.1–20.7) and 62 (62.1–62.8).");
    }

    @Test
    void aButtonFromAnOlderVersionIsExplainedInGerman() {
        Reply reply = replies.open(SEED, new OpenSection(new SectionNumber(20, 9), 0), Locale.GERMAN, Locale.GERMAN);

        assertThat(reply.text().plainText()).startsWith("Abschnitt 20.9 ist nicht mehr im Buch;");
    }
}
