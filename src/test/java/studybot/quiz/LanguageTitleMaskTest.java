package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;

/** Which-section prompts of French, Spanish and German books mask every form of the title's words. */
class LanguageTitleMaskTest {

    private static final LanguageStems FRENCH = LanguageStems.of(new BookLanguage("fr"));
    private static final LanguageStems SPANISH = LanguageStems.of(new BookLanguage("es"));
    private static final LanguageStems GERMAN = LanguageStems.of(new BookLanguage("de"));
    private static final StemSpread NO_BOOK = StemSpread.of(new Library(List.of(), Instant.EPOCH), FRENCH);

    @Test
    void frenchPluralsAndElisionsAreMaskedKeepingTheArticle() {
        LanguageTitleMask mask = LanguageTitleMask.of("Les registres de la boutique", FRENCH, false, NO_BOOK);

        assertThat(mask.question("La commande ouvrir(1) crée l'unique registre du commerçant dans son dossier."))
                .contains("La commande ouvrir(1) crée l'unique ▢▢▢ du commerçant dans son dossier.");
        assertThat(mask.question("L’inventaire de chaque boutique tient en un seul fichier texte lisible."))
                .contains("L’inventaire de chaque ▢▢▢ tient en un seul fichier texte lisible.");
    }

    @Test
    void frenchAccentsAndVerbFormsOfATitleNounAreMasked() {
        LanguageTitleMask mask = LanguageTitleMask.of("Sécurité des écritures", FRENCH, false, NO_BOOK);

        assertThat(mask.question(
                        "Le journal signé par clore(1) garde chaque ecriture du mois sans changement possible."))
                .contains("Le journal signé par clore(1) garde chaque ▢▢▢ du mois sans changement possible.");
    }

    @Test
    void spanishInflectionsAreMasked() {
        LanguageTitleMask mask = LanguageTitleMask.of("Los libros mayores", SPANISH, false, NO_BOOK);

        assertThat(mask.question("La orden abrir(1) crea un libro mayor vacío en la carpeta de la tienda elegida."))
                .contains("La orden abrir(1) crea un ▢▢▢ ▢▢▢ vacío en la carpeta de la tienda elegida.");
    }

    @Test
    void germanUmlautsPluralsAndCompoundsAreMasked() {
        LanguageTitleMask mask = LanguageTitleMask.of("Kassenbücher", GERMAN, true, NO_BOOK);

        assertThat(mask.question("Das Programm anlegen(1) erzeugt ein leeres Kassenbuch im Ordner des Ladens."))
                .contains("Das Programm anlegen(1) erzeugt ein leeres ▢▢▢ im Ordner des Ladens.");
        assertThat(mask.question("Jede Buchung landet mit buchen(1) im Hauptkassenbuch des Ladens der Filiale."))
                .contains("Jede Buchung landet mit buchen(1) im ▢▢▢ des Ladens der Filiale.");
    }

    @Test
    void aTitleStemLeftInsideANameGivesNoQuestion() {
        LanguageTitleMask mask = LanguageTitleMask.of("Le registre", FRENCH, false, NO_BOOK);

        assertThat(mask.question("Le fichier registre_config.txt garde les réglages de chaque poste de caisse."))
                .isEmpty();
    }

    @Test
    void aNameStartingWithATitleAcronymGivesNoQuestion() {
        LanguageTitleMask mask = LanguageTitleMask.of("La somme de contrôle MD5", FRENCH, false, NO_BOOK);

        assertThat(mask.question("md5sum(1) vérifie chaque fichier du registre de la boutique."))
                .isEmpty();
    }

    @Test
    void anAcronymSpellingTheTitleGivesNoQuestion() {
        assertThat(LanguageTitleMask.of("Secure Shell", FRENCH, false, NO_BOOK)
                        .question("SSH chiffre chaque registre envoyé entre deux boutiques du réseau."))
                .as("the initials of two capitalised title words")
                .isEmpty();
        assertThat(LanguageTitleMask.of("asientos contables", SPANISH, false, NO_BOOK)
                        .question("Cada asiento contable (AC) guarda una venta de la tienda en el libro mayor."))
                .as("an acronym in brackets after the masks")
                .isEmpty();
    }

    @Test
    void anExpansionOrANameHoldingATitleAcronymGivesNoQuestion() {
        LanguageTitleMask mask = LanguageTitleMask.of("Le registre distant (SSH)", FRENCH, false, NO_BOOK);

        assertThat(mask.question("Le programme, le « Secure SHell », chiffre chaque vente envoyée à la banque."))
                .isEmpty();
        assertThat(mask.question("Une version libre, appelée OpenSSH, chiffre chaque vente envoyée à la banque."))
                .isEmpty();
    }

    @Test
    void aTitleWordWithoutItsShortEndingGivesNoQuestion() {
        assertThat(LanguageTitleMask.of("procfs und sysfs", GERMAN, true, NO_BOOK)
                        .question("Das Verzeichnis /proc enthält ein Unterverzeichnis für jeden Prozess im Laden."))
                .isEmpty();
    }

    @Test
    void aNameStartingWithAShortTitleWordGivesNoQuestion() {
        assertThat(LanguageTitleMask.of("TeX", FRENCH, false, NO_BOOK)
                        .question("Le paquet texlive contient les polices de chaque facture de la boutique."))
                .isEmpty();
    }

    @Test
    void aTitleWordInsideAPathGivesNoQuestion() {
        assertThat(LanguageTitleMask.of("Das System", GERMAN, true, NO_BOOK)
                        .question("Der Laden startet /lib/systemd/systemd beim Booten des Rechners im Laden."))
                .isEmpty();
    }

    @Test
    void aShortWordIsNoFormOfALongerTitleWord() {
        LanguageTitleMask mask = LanguageTitleMask.of("Comment ouvrir un registre ?", FRENCH, false, NO_BOOK);

        assertThat(mask.question("Les archives ont « .reg » comme extension dans le dossier de la boutique."))
                .contains("Les archives ont « .reg » comme extension dans le dossier de la boutique.");
    }

    @Test
    void aFactMostlyMadeOfTitleWordsGivesNoQuestion() {
        LanguageTitleMask mask = LanguageTitleMask.of("Clore le registre de caisse", FRENCH, false, NO_BOOK);

        assertThat(mask.question("Clore le registre de caisse clôt la caisse.")).isEmpty();
    }

    @Test
    void otherTitlesSharingAWordInAnyFormAreToldApart() {
        LanguageTitleMask mask = LanguageTitleMask.of("Les registres", FRENCH, false, NO_BOOK);

        assertThat(mask.sharesWordWith("Ouvrir un registre")).isTrue();
        assertThat(mask.sharesWordWith("La caisse")).isFalse();
        assertThat(LanguageTitleMask.of("Das Kassenbuch", GERMAN, true, NO_BOOK).sharesWordWith("Kassenbücher prüfen"))
                .isTrue();
    }

    @Test
    void aShortWordMostSectionsUseIsNoTitleWord() {
        Library book = new Library(
                List.of(
                        section("1", "Qu'est-ce qu'un registre ?", "Le registre est un fichier."),
                        section("2", "La caisse", "La caisse est un tiroir."),
                        section("3", "La banque", "La banque est un compte.")),
                Instant.EPOCH);
        LanguageTitleMask mask =
                LanguageTitleMask.of("Qu'est-ce qu'un registre ?", FRENCH, false, StemSpread.of(book, FRENCH));

        assertThat(mask.question("Le journal de clore(1) est gardé dans le dossier de chaque boutique."))
                .contains("Le journal de clore(1) est gardé dans le dossier de chaque boutique.");
        assertThat(mask.sharesWordWith("Où est la caisse ?")).isFalse();
    }

    private static Section section(String number, String title, String text) {
        return new Section(
                new SectionNumber(1, Integer.parseInt(number)), title, List.of(text), SourceLine.page("registre.html"));
    }
}
