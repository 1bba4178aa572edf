package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.section.Books;

class SentenceSplitterTest {

    private final SentenceSplitter splitter =
            new SentenceSplitter(new FlattenedHeadings(BookWords.of(Books.of("1.1 Kassenbuch", "1.2 Registre"))));

    /** German writes the noun after "z.B." capitalised, so a case rule alone took it for a sentence end. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ein Kassenbuch enthält Belege, z.B. Quittungen und Rechnungen.",
                "Das Kassenbuch zählt jeden Tag, d.h. Einnahmen und Ausgaben werden täglich summiert.",
                "Un registre garde chaque écriture, p.ex. Les reçus du jour.",
                "Un libro mayor guarda cada asiento, p.ej. Facturas y recibos."
            })
    void anAbbreviationThatIntroducesWhatFollowsEndsNoSentence(String sentence) {
        assertThat(splitter.units(sentence)).containsExactly(TextUnit.sentence(sentence));
    }

    @Test
    void aSentenceAfterAnAbbreviationThatMayEndOneStillStartsAfterIt() {
        assertThat(splitter.units("The ledger counts receipts, invoices etc. The tally sums them."))
                .extracting(TextUnit::text)
                .isEqualTo(List.of("The ledger counts receipts, invoices etc.", "The tally sums them."));
    }
}
