package studybot.library.imports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRangesTest {

    @Test
    void countsFromOneAndShortensRuns() {
        assertThat(PageRanges.describe(List.of(0))).isEqualTo("page 1");
        assertThat(PageRanges.describe(List.of(8, 2, 4, 9, 10, 11))).isEqualTo("pages 3, 5, 9–12");
    }
}
