package studybot.library.imports.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.LibraryLoader;
import studybot.library.SeedParser;
import studybot.library.imports.BookImporter;
import studybot.library.imports.ImportLimits;

/** A book whose files name no language is read in the language its text tells: HTML folders, Markdown, seed text. */
class LanguageFromTextTest {

    static final String GERMAN = "Bevor ein Haus gebaut wird, prüft die Bauherrin das Grundstück. Der Boden muss"
            + " tragfähig sein, und die Gemeinde legt im Bebauungsplan fest, wie hoch und wie breit ein Gebäude werden"
            + " darf. Das Fundament trägt die Last der Wände und des Daches, und im Winter darf der Beton nicht"
            + " gefrieren, sonst bekommt er Risse.";
    static final String ENGLISH = "Before a house is built, the owner checks the plot. The ground must be able to bear"
            + " the load, and the town sets out in its plan how high and how wide a building may be. The foundation"
            + " carries the weight of the walls and the roof, and in winter the concrete must not freeze.";

    private static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    private final BookImporter importer = BookFormats.importer(ImportLimits.DEFAULT, CLOCK);

    @TempDir
    Path temp;

    @Test
    void anHtmlFolderWithoutLangIsReadInTheLanguageOfItsText() throws Exception {
        Library german = importer.load(htmlFolder("hausbau", "", GERMAN));
        Library english = importer.load(htmlFolder("housing", "", ENGLISH));

        assertThat(german.language()).isEqualTo(new BookLanguage("de"));
        assertThat(german.languageFromText())
                .hasValueSatisfying(text -> assertThat(text.words()).isGreaterThan(100));
        assertThat(english.language()).isEqualTo(new BookLanguage("en"));
    }

    @Test
    void aLangAttributeWinsOverTheText() throws Exception {
        Library declared = importer.load(htmlFolder("declared", " lang=\"en\"", GERMAN));

        assertThat(declared.language()).isEqualTo(new BookLanguage("en"));
        assertThat(declared.languageFromText()).isEmpty();
    }

    @Test
    void aMarkdownBookIsReadInTheLanguageOfItsText() throws Exception {
        Path german = Files.writeString(
                temp.resolve("hausbau.md"),
                "# Vom Grundstück zum Haus\n\n" + GERMAN + "\n\n## Das Fundament\n\n" + GERMAN + "\n\n## Die Wände\n\n"
                        + GERMAN + "\n");
        Path english = Files.writeString(
                temp.resolve("housing.md"),
                "# From Plot to House\n\n" + ENGLISH + "\n\n## The Foundation\n\n" + ENGLISH + "\n");

        assertThat(importer.load(german).language()).isEqualTo(new BookLanguage("de"));
        assertThat(importer.load(english).language()).isEqualTo(new BookLanguage("en"));
    }

    @Test
    void seedTextIsReadInTheLanguageOfItsText() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.writeString(
                seeds.resolve("hausbau.txt"),
                "1.1 Das Grundstück\n\n" + GERMAN + "\n\n1.2 Das Fundament\n\n" + GERMAN + "\n");

        Library library = new LibraryLoader(new SeedParser(), CLOCK).load(seeds);

        assertThat(library.language()).isEqualTo(new BookLanguage("de"));
    }

    private Path htmlFolder(String name, String lang, String prose) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (int chapter = 1; chapter <= 3; chapter++) {
            Files.writeString(
                    folder.resolve("ch0" + chapter + ".html"),
                    "<!DOCTYPE html>\n<html" + lang + "><head><meta charset=\"utf-8\"><title>Kapitel " + chapter
                            + "</title></head><body>\n<h1>" + chapter + ". Kapitel " + chapter + "</h1>\n<p>" + prose
                            + "</p>\n<h2>" + chapter + ".1 Teil</h2>\n<p>" + prose + "</p>\n</body></html>\n");
        }
        return folder;
    }
}
