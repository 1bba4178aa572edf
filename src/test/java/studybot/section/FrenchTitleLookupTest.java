package studybot.section;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** French titles found by the words a French student types: elided articles ({@code l'}, {@code d'}) are not words. */
class FrenchTitleLookupTest {

    private static final SectionLookup FERME = Books.lookup(Books.of(
            "1.1 L’écurie et ses chevaux",
            "1.2 L’entretien du verger",
            "1.3 L’heure de la traite",
            "2.1 Le marché d’été",
            "2.2 L’arbre aux pommes"));

    @Test
    void anElidedArticleAloneMatchesNoTitle() {
        assertThat(FERME.lookup("l'étable")).isInstanceOf(LookupResult.NoTitleMatch.class);
    }

    @Test
    void anElidedWordOpensItsSection() {
        assertThat(FERME.lookup("l'arbre"))
                .isInstanceOfSatisfying(
                        LookupResult.Found.class,
                        found -> assertThat(found.section().title()).isEqualTo("L’arbre aux pommes"));
        assertThat(FERME.lookup("marche d'ete"))
                .isInstanceOfSatisfying(
                        LookupResult.Found.class,
                        found -> assertThat(found.section().title()).isEqualTo("Le marché d’été"));
    }
}
