package studybot.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLanguageTest {

    static final String GERMAN =
            "Bevor ein Haus gebaut wird, prüft die Bauherrin das Grundstück. Der Boden muss tragfähig"
                    + " sein, und die Gemeinde legt im Bebauungsplan fest, wie hoch und wie breit ein Gebäude werden darf. Das"
                    + " Fundament trägt die Last der Wände und des Daches, und im Winter darf der Beton nicht gefrieren.";
    static final String ENGLISH = "Before a house is built, the owner checks the plot. The ground must be able to bear"
            + " the load, and the town sets out in its plan how high and how wide a building may be. The foundation"
            + " carries the weight of the walls and the roof, and in winter the concrete must not freeze.";

    @Test
    void germanProseTellsGerman() {
        TextLanguage text = TextLanguage.of(book(GERMAN, GERMAN));

        assertThat(text.language()).isEqualTo(new BookLanguage("de"));
        assertThat(text.otherShare()).isGreaterThan(2 * text.englishShare());
    }

    @Test
    void englishProseTellsEnglish() {
        assertThat(TextLanguage.of(book(ENGLISH, ENGLISH)).language()).isEqualTo(new BookLanguage("en"));
    }

    @Test
    void anEnglishBookQuotingGermanWordsStaysEnglish() {
        String quoting = "The German word for it is Gemütlichkeit, and a Biergarten is where you find it; as the"
                + " saying goes, \"Ordnung muss sein\", and the sign over the door reads \"Die Küche ist für alle da\".";

        assertThat(TextLanguage.of(book(ENGLISH, quoting, ENGLISH)).language()).isEqualTo(new BookLanguage("en"));
    }

    @Test
    void whenNeitherClearlyWinsTheTextDoesNotTell() {
        TextLanguage mixed = TextLanguage.of(book(ENGLISH, GERMAN));
        TextLanguage names = TextLanguage.of(book("Redis Memcached PostgreSQL SQLite Lucene Kafka RabbitMQ ZooKeeper"));

        assertThat(mixed.language()).isEqualTo(BookLanguage.UNKNOWN);
        assertThat(names.language()).isEqualTo(BookLanguage.UNKNOWN);
        assertThat(TextLanguage.of(book()).language()).isEqualTo(BookLanguage.UNKNOWN);
        assertThat(TextLanguage.of(book("Ein paar Worte über das Brot")).language())
                .as("too few words to tell")
                .isEqualTo(BookLanguage.UNKNOWN);
    }

    @Test
    void onlyTheFirstWordsOfItsProseCount() {
        List<String> paragraphs = new ArrayList<>();
        for (int words = 0; words < TextLanguage.SAMPLE_WORDS; words += 50) {
            paragraphs.add(ENGLISH);
        }
        paragraphs.addAll(Collections.nCopies(2 * paragraphs.size(), GERMAN));
        TextLanguage text = TextLanguage.of(book(paragraphs.toArray(String[]::new)));

        assertThat(text.words()).isEqualTo(TextLanguage.SAMPLE_WORDS);
        assertThat(text.language()).isEqualTo(new BookLanguage("en"));
    }

    static final String FRENCH = "Une ferme vit au rythme des saisons. Le fermier se lève tôt, nourrit les bêtes et"
            + " répare les clôtures avant que la journée ne commence vraiment. Les chevaux dorment dans les écuries. On"
            + " brosse leur robe chaque matin et on change la paille deux fois par semaine, car un animal mal logé tombe"
            + " vite malade. Derrière la grange pousse l'arbre le plus ancien du domaine. Ses pommes mûrissent en"
            + " septembre, et les enfants les ramassent dans de grands paniers. Le samedi, les producteurs vendent leurs"
            + " fromages, leurs œufs et leurs légumes sur la place.";
    static final String SPANISH = "Antes de construir una casa, la dueña revisa el terreno. El suelo tiene que"
            + " soportar la carga, y el ayuntamiento fija en su plan la altura y la anchura que puede tener un edificio."
            + " Los cimientos llevan el peso de los muros y del tejado, y en invierno el hormigón no debe helarse.";

    /** Spanish whose stop words are mostly Galician's and Catalan's too ("la", "de", "el", "en", "con"). */
    static final String SPANISH_LEDGER = "Antes de cerrar el mes, la contable revisa los asientos del libro mayor. Cada"
            + " asiento lleva la fecha y el importe, y los saldos de las cuentas deben cuadrar con el balance. Si una"
            + " cuenta no cuadra, se busca el error en los asientos del día y se corrige antes del cierre, porque"
            + " el auditor compara las cifras con los extractos del banco y con las facturas de los clientes.";

    static final String JAPANESE =
            "家を建てる前に、持ち主は土地を調べます。地面は重さに耐えなければならず、町は建物の高さと幅を" + "計画で決めます。基礎は壁と屋根の重さを支え、冬にはコンクリートが凍らないようにします。";

    @Test
    void frenchProseTellsFrench() {
        TextLanguage french = TextLanguage.of(book(FRENCH, FRENCH));
        assertThat(french.language()).isEqualTo(new BookLanguage("fr"));
        assertThat(french.byScript()).isFalse();
    }

    @Test
    void spanishProseTellsSpanishByTheWordsOnlySpanishHas() {
        TextLanguage spanish = TextLanguage.of(book(SPANISH_LEDGER, SPANISH_LEDGER));

        assertThat(spanish.otherSplitMarks())
                .as("Galician and Catalan share most of its stop words: the split marks alone do not tell")
                .isLessThan(TextLanguage.MARGIN * spanish.runnerUpSplitMarks());
        assertThat(spanish.otherExclusiveMarks())
                .isGreaterThanOrEqualTo((int) Math.ceil(TextLanguage.MARGIN * spanish.runnerUpExclusiveMarks()));
        assertThat(spanish.language()).isEqualTo(new BookLanguage("es"));
    }

    @Test
    void closeRelativesThatNeitherMeasurePartsTellNothing() {
        TextLanguage tied = new TextLanguage(20_000, 1_300, new BookLanguage("pt"), 6_800, 2_225, 1_546, 754, 458);

        assertThat(tied.language()).isEqualTo(BookLanguage.UNKNOWN);
    }

    @Test
    void japaneseProseTellsJapaneseByItsScript() {
        TextLanguage japanese =
                TextLanguage.of(book(Collections.nCopies(10, JAPANESE).toArray(String[]::new)));

        assertThat(japanese.language()).isEqualTo(new BookLanguage("ja"));
        assertThat(japanese.byScript()).isTrue();
    }

    @Test
    void englishAndGermanProseStillTellEnglishAndGerman() {
        assertThat(TextLanguage.of(book(ENGLISH, ENGLISH, ENGLISH, FRENCH, ENGLISH, ENGLISH, ENGLISH))
                        .language())
                .isEqualTo(new BookLanguage("en"));
        assertThat(TextLanguage.of(book(GERMAN, GERMAN, SPANISH)).language()).isEqualTo(new BookLanguage("de"));
    }

    @Test
    void codeIsNotProse() {
        Section section = Section.ofBlocks(
                new SectionNumber(1, 0),
                "Die Installation",
                List.of(
                        Block.prose(GERMAN),
                        Block.prose(GERMAN),
                        Block.code("if the file is in the folder then it is used and that is it")),
                new SourceLine(Path.of("book.md"), 1));
        Library library = new Library(List.of(section), Instant.EPOCH);

        assertThat(TextLanguage.of(library).language()).isEqualTo(new BookLanguage("de"));
    }

    @Test
    void aDeclaredLanguageIsKeptAndNotToldFromTheText() {
        Library declared =
                book(GERMAN, GERMAN).withLanguage(new BookLanguage("en")).withLanguageFromText();
        Library told = book(GERMAN, GERMAN).withLanguageFromText();

        assertThat(declared.language()).isEqualTo(new BookLanguage("en"));
        assertThat(declared.languageFromText()).isEmpty();
        assertThat(told.language()).isEqualTo(new BookLanguage("de"));
        assertThat(told.languageFromText()).isPresent();
        assertThat(told.withLanguage(new BookLanguage("en")).languageFromText()).isEmpty();
    }

    private static Library book(String... paragraphs) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            sections.add(new Section(
                    new SectionNumber(1, i),
                    "Section " + i,
                    List.of(paragraphs[i]),
                    new SourceLine(Path.of("book.txt"), i)));
        }
        return new Library(sections, Instant.EPOCH);
    }
}
