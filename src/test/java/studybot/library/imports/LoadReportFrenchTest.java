package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The load report's list of skipped parts, read in French, punctuated as French writes it. */
class LoadReportFrenchTest {

    @Test
    void aSkippedPartsLineSpacesItsColonsInFrench() {
        LoadReport report = new LoadReport(
                "ferme",
                "Petit guide de la ferme",
                "",
                new TreeMap<>(Map.of(1, 2)),
                100,
                0,
                0,
                0,
                List.of(Skipped.of("front-matter", "startPage", Map.of(), "index.html")),
                List.of(),
                1);

        assertThat(report.skippedLines(Locale.FRENCH))
                .contains(
                        "  front-matter : index.html : la page d’accueil, avec la table des matières, n’est pas une section");
        assertThat(report.skippedLines(Locale.ENGLISH))
                .contains("  front-matter: index.html: the start page, with the table of contents, is not a section");
    }
}
