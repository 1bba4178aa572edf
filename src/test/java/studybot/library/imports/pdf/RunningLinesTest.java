package studybot.library.imports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studybot.library.imports.Skipped;

class RunningLinesTest {

    private static final float HEIGHT = 842;

    private final List<PageLine> lines = new ArrayList<>();

    private void line(int page, float baseline, String text) {
        lines.add(new PageLine(page, baseline, 72, 300, 10, 5, false, false, false, "", text));
    }

    private float[] heights(int pages) {
        float[] heights = new float[pages];
        Arrays.fill(heights, HEIGHT);
        return heights;
    }

    private List<String> kept(RunningLines running) {
        return IntStream.range(0, lines.size())
                .filter(i -> !running.isRunning(i))
                .mapToObj(i -> lines.get(i).text())
                .toList();
    }

    @Test
    void aHeaderWithItsPageNumberRepeatedOnThreePagesIsStripped() {
        for (int page = 0; page < 3; page++) {
            line(page, 40 + page, "Chapter 2 Storage " + (41 + page));
            line(page, 100, "Body text " + page);
            line(page, 112, "Same sentence on the next line.");
            line(page, 300, "Same sentence in the middle of the page.");
            line(page, 810, new String[] {"xli", "xlii", "xliii"}[page]);
        }

        RunningLines running = RunningLines.find(lines, heights(3));

        assertThat(kept(running))
                .containsExactly(
                        "Body text 0",
                        "Same sentence on the next line.",
                        "Same sentence in the middle of the page.",
                        "Body text 1",
                        "Same sentence on the next line.",
                        "Same sentence in the middle of the page.",
                        "Body text 2",
                        "Same sentence on the next line.",
                        "Same sentence in the middle of the page.");
        assertThat(running.skipped())
                .extracting(Skipped::kind, skipped -> skipped.reason().toString(), Skipped::location)
                .containsExactly(
                        tuple("page-number", "3 page numbers", "pages 1–3"),
                        tuple(
                                "running-header",
                                "\"Chapter 2 Storage 41\" repeated at the top of 3 pages",
                                "pages 1–3"));
        assertThat(running.droppedWeight()).isEqualTo(3 * "Chapter2Storage41".length() + "xlixliixliii".length());
    }

    @Test
    void theFirstLineOfTheTextIsNotAHeaderEvenWhenItRepeats() {
        for (int page = 0; page < 3; page++) {
            line(page, 100, ">>> import os");
            line(page, 112, "Line " + page);
        }

        assertThat(RunningLines.find(lines, heights(3)).skipped()).isEmpty();
    }

    @Test
    void theSameLineAtTheTopOfScatteredPagesIsTheBooksText() {
        for (int page : List.of(3, 40, 77, 120)) {
            line(page, 40, "On Windows, run:");
            line(page, 100, "Text.");
            line(page, 112, "More text.");
        }

        assertThat(RunningLines.find(lines, heights(121)).skipped()).isEmpty();
    }

    @Test
    void leftAndRightPageHeadersOnEveryOtherPageAreRunning() {
        for (int page = 0; page < 8; page++) {
            line(page, 40, page % 2 == 0 ? "Chapter 2 Storage" : "2.3 Logs");
            line(page, 100, "Text " + page + ".");
            line(page, 112, "More text.");
        }

        assertThat(RunningLines.find(lines, heights(8)).skipped())
                .extracting(Skipped::location)
                .containsExactly("pages 1, 3, 5, 7", "pages 2, 4, 6, 8");
    }

    @Test
    void aLineAtTheTopOfOnlyTwoPagesOrAtAnotherHeightIsKept() {
        line(0, 40, "Replication");
        line(0, 100, "Text.");
        line(0, 112, "More text.");
        line(1, 40, "Replication");
        line(1, 100, "Text.");
        line(1, 112, "More text.");
        line(2, 70, "Replication");
        line(2, 100, "Text.");
        line(2, 112, "More text.");

        assertThat(RunningLines.find(lines, heights(3)).skipped()).isEmpty();
    }

    @Test
    void aHeaderWithThePagesOwnNumberAtTheHeadersHeightIsRunningEvenOnOnePage() {
        String[] headers = {
            "Chapter 1: Basics 3",
            "Chapter 1: Basics 4",
            "Chapter 1: Basics 5",
            "1.4. NAMES 6",
            "Chapter 2: Files 7",
            "8 2. FILES",
            "12 lives"
        };
        for (int page = 0; page < headers.length; page++) {
            line(page, 40, headers[page]);
            line(page, 100, "Text " + page + ".");
            line(page, 112, "More text.");
        }

        RunningLines running = RunningLines.find(lines, heights(headers.length));

        assertThat(kept(running))
                .containsExactly(
                        "Text 0.",
                        "More text.",
                        "Text 1.",
                        "More text.",
                        "Text 2.",
                        "More text.",
                        "Text 3.",
                        "More text.",
                        "Text 4.",
                        "More text.",
                        "Text 5.",
                        "More text.",
                        "12 lives",
                        "Text 6.",
                        "More text.");
        assertThat(running.skipped())
                .extracting(Skipped::kind, skipped -> skipped.reason().toString(), Skipped::location)
                .containsExactly(
                        tuple("running-header", "\"Chapter 1: Basics 3\" repeated at the top of 3 pages", "pages 1–3"),
                        tuple(
                                "running-header",
                                "\"1.4. NAMES 6\" and the like, a header that changes with the page and carries its"
                                        + " page number, on 3 pages",
                                "pages 4–6"));
    }
}
