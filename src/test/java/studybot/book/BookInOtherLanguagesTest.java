package studybot.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.BookLanguage;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;

/**
 * Small invented books (a shop's ledger tool suite) in French, Spanish and German get key facts, tips and quiz
 * questions through the real {@link BookBinder}; an Italian one still gets none, and its language line says which
 * languages do.
 */
class BookInOtherLanguagesTest {

    private static final Pattern ARTICLE_BEFORE_BLANK =
            Pattern.compile("(?i)(?:^|\\s)(le|la|les|un|une|l'|l’|el|los|las|una|der|die|das|ein|eine)\\s*_____");

    private static Book bind(String file) throws Exception {
        return new BookBinder(new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(BookFormats.importer(
                                ImportLimits.DEFAULT,
                                Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC))
                        .importBook(Path.of("src/test/resources/books/" + file))
                        .library());
    }

    @ParameterizedTest
    @CsvSource({
        "facts/registre.html, fr, La commande ouvrir(1) permet de créer un registre vide dans le dossier de la boutique.",
        "facts/libro-mayor.html, es, La orden abrir(1) sirve para crear un libro mayor vacío en la carpeta de la tienda.",
        "facts/kassenbuch.html, de, anlegen(1) dient zum Erzeugen eines leeren Kassenbuchs im Ordner des Ladens."
    })
    void aBookInFrenchSpanishOrGermanGetsTipsAndQuizQuestions(String file, String code, String fact) throws Exception {
        Book book = bind(file);

        assertThat(book.library().language()).isEqualTo(new BookLanguage(code));
        assertThat(book.facts().all()).extracting(studybot.facts.KeyFact::text).contains(fact);
        assertThat(book.facts().all())
                .as("no fact leans on what came before or points elsewhere")
                .noneMatch(key -> key.text().startsWith("Il ")
                        || key.text().startsWith("Esto")
                        || key.text().startsWith("Dies")
                        || key.text().startsWith("Voir")
                        || key.text().startsWith("Véase")
                        || key.text().startsWith("Siehe"));
        assertThat(book.tips().size()).isPositive();
        assertThat(book.quiz().all()).isNotEmpty().allSatisfy(question -> {
            assertThat(question.choices()).hasSize(4).doesNotHaveDuplicates();
            assertThat(question.prompt()).contains("_____");
            assertThat(question.prompt().toLowerCase(Locale.ROOT))
                    .as("no choice shows in the prompt")
                    .doesNotContain(question.rightChoice().toLowerCase(Locale.ROOT) + "(");
        });
        assertThat(BookLanguageNote.of(book.library().language(), Locale.ENGLISH))
                .hasValueSatisfying(note -> assertThat(note).contains("tips and quizzes are built by its own rules"));
    }

    @Test
    void aCommandIsBlankedWholeWithItsManualSectionAndItsChoicesAreCommands() throws Exception {
        Book book = bind("facts/registre.html");
        Set<String> commands = Set.of("ouvrir", "inscrire", "clore", "imprimer", "sauver");

        Question question = book.quiz().all().stream()
                .filter(asked -> asked.fact().text().startsWith("La commande ouvrir(1)"))
                .findFirst()
                .orElseThrow();

        assertThat(question.prompt()).startsWith("La commande _____ permet de créer un registre vide");
        assertThat(question.rightChoice()).isEqualTo("ouvrir");
        assertThat(question.choices()).allMatch(commands::contains);
    }

    @Test
    void aNounAfterAnArticleHasDistractorsOfItsGenderThatTheBookWritesAfterTheSameArticle() throws Exception {
        Book book = bind("facts/registre.html");

        Question caisse = book.quiz().all().stream()
                .filter(asked -> asked.fact().text().startsWith("La caisse est"))
                .findFirst()
                .orElseThrow();

        assertThat(caisse.prompt()).startsWith("La _____ est une rubrique du registre");
        assertThat(caisse.choices()).containsExactlyInAnyOrder("caisse", "banque", "remise", "facture");
        assertThat(book.quiz().all())
                .as("a masculine noun is never offered after la, nor a feminine one after le")
                .noneMatch(asked -> asked.prompt().startsWith("La _____")
                        && asked.choices().stream().anyMatch(Set.of("stock", "fournisseur")::contains))
                .noneMatch(asked -> asked.prompt().startsWith("Le _____")
                        && asked.choices().stream()
                                .anyMatch(Set.of("caisse", "banque", "remise", "facture")::contains));
    }

    @Test
    void everyArticleBeforeABlankAgreesWithEveryChoiceAsTheBookWritesIt() throws Exception {
        for (String file : new String[] {"facts/registre.html", "facts/libro-mayor.html", "facts/kassenbuch.html"}) {
            Book book = bind(file);
            String text = String.join(
                            "\n",
                            book.library().sections().stream()
                                    .flatMap(section -> section.paragraphs().stream())
                                    .toList())
                    .toLowerCase(Locale.ROOT);
            for (Question question : book.quiz().all()) {
                var article = ARTICLE_BEFORE_BLANK.matcher(question.prompt());
                if (article.find()) {
                    String written = article.group(1).toLowerCase(Locale.ROOT).replace('’', '\'');
                    assertThat(question.choices())
                            .as("%s: every choice follows \"%s\" somewhere in the book", question.prompt(), written)
                            .allMatch(choice -> text.replace('’', '\'')
                                    .contains(written + (written.endsWith("'") ? "" : " ") + choice));
                }
            }
        }
    }

    @Test
    void aFactWhoseSubjectNamesSomethingGetsAWhichSectionQuestionWithTheTitleMasked() throws Exception {
        Book book = bind("facts/registre-rubriques.html");

        List<Question> whichSection = book.quiz().all().stream()
                .filter(question -> question.kind() == QuestionKind.WHICH_SECTION)
                .toList();

        assertThat(whichSection)
                .extracting(Question::prompt)
                .contains("La TVA est une ▢▢▢ ajoutée au prix de chaque vente du registre.");
        assertThat(whichSection)
                .as("a title word inside a name (OpenFacture beside Les factures) gives no question")
                .noneMatch(question -> question.rightChoice().equals("Les factures"));
        assertThat(whichSection).allSatisfy(question -> {
            assertThat(question.choices()).hasSize(4).doesNotHaveDuplicates();
            String title = question.rightChoice().toLowerCase(Locale.ROOT);
            String noun = title.substring(title.indexOf(' ') + 1, title.length() - 1);
            assertThat(question.prompt().toLowerCase(Locale.ROOT))
                    .as("no form of the title's noun shows")
                    .doesNotContain(noun);
        });
    }

    @Test
    void anItalianBookStillGetsNoneAndSaysWhichLanguagesDo() throws Exception {
        Book book = bind("italian/fattoria.html");

        assertThat(book.library().language()).isEqualTo(new BookLanguage("it"));
        assertThat(book.facts().all()).isEmpty();
        assertThat(book.quiz().size()).isZero();
        assertThat(BookLanguageNote.of(book.library().language(), Locale.ENGLISH))
                .hasValueSatisfying(note -> assertThat(note)
                        .startsWith("Written in Italian")
                        .contains("tips and quizzes are built only for books in English, French, Spanish and German"));
        assertThat(BookLanguageNote.of(book.library().language(), Locale.FRENCH))
                .hasValueSatisfying(note -> assertThat(note)
                        .contains("ne sont construits que pour les livres en anglais, français, espagnol et allemand"));
    }
}
