package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import studybot.library.BookLanguage;

/**
 * The rules of {@link DefiningSentences} on made-up sentences of a shop's ledger ("registre", "libro mayor",
 * "Kassenbuch"), one language each: what a fact is, and each rule that keeps a sentence out.
 */
class DefiningSentencesTest {

    private static DefiningSentences in(String code, String... names) {
        return new DefiningSentences(FactLanguages.of(new BookLanguage(code)).orElseThrow(), Set.of(names));
    }

    private static List<String> subject(DefiningSentences sentences, String sentence) {
        return sentences
                .subject(sentence)
                .map(DefiningSentences.Subject::tokens)
                .orElse(List.of());
    }

    @Test
    void aSentenceThatSaysWhatATermIsOrDoesIsAFactInEachLanguage() {
        assertThat(subject(in("fr"), "Le registre est un cahier qui garde toutes les ventes de la boutique."))
                .containsExactly("Le", "registre");
        assertThat(subject(in("fr"), "L’écriture permet de garder la trace de chaque vente du jour."))
                .containsExactly("L'", "écriture");
        assertThat(subject(in("fr"), "clore(8) ne permet plus de corriger les écritures du mois."))
                .containsExactly("clore(8)");
        assertThat(subject(in("es"), "El libro mayor sirve para reunir todos los asientos de la tienda."))
                .containsExactly("El", "libro", "mayor");
        assertThat(subject(in("de"), "Das Kassenbuch dient zur Aufzeichnung aller Einnahmen des Ladens."))
                .containsExactly("Das", "Kassenbuch");
        assertThat(subject(in("de", "Kassenwart"), "Kassenwart ist ein Programm, das die Buchungen prüft."))
                .containsExactly("Kassenwart");
    }

    @Test
    void aSentenceOpeningWithAWordThatTakesUpTheOneBeforeLeans() {
        assertThat(in("fr").subject("Il est utilisé pour imprimer le bilan du registre chaque mois."))
                .isEmpty();
        assertThat(in("fr").subject("Cette commande permet de copier le registre sur une clé de secours."))
                .isEmpty();
        assertThat(in("es").subject("Esto sirve para cerrar el libro mayor al final del mes."))
                .isEmpty();
        assertThat(in("de").subject("Dies ist ein Werkzeug, das das Kassenbuch auf Papier druckt."))
                .isEmpty();
        assertThat(in("de").subject("Das ist ein Werkzeug, das das Kassenbuch auf Papier druckt."))
                .as("an article with no noun is a pronoun")
                .isEmpty();
    }

    @Test
    void aSentenceThatPointsElsewhereOrLeansInsideIsNoFact() {
        assertThat(in("fr").subject("Le bilan est décrit dans la section 4.2 du registre."))
                .isEmpty();
        assertThat(in("fr").subject("Le registre fait la même chose que le cahier de caisse."))
                .isEmpty();
        assertThat(in("es").subject("El balance se explica en la sección siguiente del libro mayor."))
                .isEmpty();
        assertThat(in("es").subject("El asiento contiene lo mismo que la factura de la venta."))
                .isEmpty();
        assertThat(in("de").subject("Die Bilanz ist in diesem Kapitel beschrieben, siehe unten."))
                .isEmpty();
    }

    @Test
    void aSentenceThatSpeaksToTheReaderIsNoFact() {
        assertThat(in("fr").subject("Le registre contient vos ventes du jour et celles de la veille."))
                .isEmpty();
        assertThat(in("de").subject("Das Kassenbuch enthält die Buchungen, die Sie am Abend prüfen."))
                .isEmpty();
    }

    @Test
    void aSubjectThatIsNotATermOrAQuestionIsNoFact() {
        assertThat(in("fr").subject("Pour imprimer le bilan, le registre doit être clos."))
                .isEmpty();
        assertThat(in("es").subject("Cuando se cierra el mes, el libro mayor es de solo lectura."))
                .isEmpty();
        assertThat(in("de").subject("Wenn der Monat endet, ist das Kassenbuch gesperrt."))
                .isEmpty();
        assertThat(in("fr").subject("Le registre est-il un cahier ou un fichier de la boutique ?"))
                .isEmpty();
        assertThat(in("fr").subject("Le registre est court."))
                .as("too short to teach")
                .isEmpty();
    }

    @Test
    void aSentenceAnnouncingWhatFollowsIsToldInEachLanguage() {
        assertThat(in("fr").announces("Les commandes suivantes créent un registre vide."))
                .isTrue();
        assertThat(in("es").announces("Encontrará lo siguiente tras cerrar el libro mayor."))
                .isTrue();
        assertThat(in("de").announces("Sie sollten folgende Dateien vorfinden."))
                .isTrue();
        assertThat(in("fr").announces("Le registre garde les ventes.")).isFalse();
    }

    @Test
    void theLanguagesWithFactRulesAreTheOnesABookLanguageSaysGetKeyFacts() {
        assertThat(FactLanguages.codes())
                .containsExactlyElementsOf(BookLanguage.FACT_LANGUAGES.subList(1, BookLanguage.FACT_LANGUAGES.size()));
        assertThat(new BookLanguage("fr").hasKeyFacts()).isTrue();
        assertThat(new BookLanguage("it").hasKeyFacts()).isFalse();
        assertThat(new BookLanguage("ja").hasKeyFacts()).isFalse();
    }
}
