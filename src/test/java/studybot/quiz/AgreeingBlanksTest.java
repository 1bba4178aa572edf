package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What in a fact gives a blank's answer away, whatever the language ({@link AgreeingBlanks#givenAway}). */
class AgreeingBlanksTest {

    @Test
    void aWordHoldingTheAnswerGivesItAway() {
        assertThat(AgreeingBlanks.givenAway("mini-registre lance registre au démarrage de la boutique.", "registre"))
                .isTrue();
        assertThat(AgreeingBlanks.givenAway("Une version libre de Caisse, appelée OpenCaisse, existe.", "Caisse"))
                .isTrue();
    }

    @Test
    void aWordSharingAStemWithAPartOfTheAnswerGivesItAway() {
        assertThat(AgreeingBlanks.givenAway(
                        "Les clotures faites par registre-cloture ne changent plus.", "registre-cloture"))
                .isTrue();
    }

    @Test
    void capitalsSpellingAnAcronymGiveItAway() {
        assertThat(AgreeingBlanks.givenAway("LMT, el « Libro Mayor Tienda », guarda los asientos.", "LMT"))
                .isTrue();
    }

    @Test
    void aFactThatNamesTheAnswerOnlyInTheBlankKeepsIt() {
        assertThat(AgreeingBlanks.givenAway("buchen dient zum Hinzufügen einer Verkaufsbuchung.", "buchen"))
                .as("Verkaufsbuchung shares only four letters with buchen")
                .isFalse();
        assertThat(AgreeingBlanks.givenAway("ouvrir crée un registre vide dans le dossier de la boutique.", "ouvrir"))
                .isFalse();
    }
}
