package studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code migrate-store} prints while it copies: "Copying quiz_reports: 1 row", not "1 rows". */
class StoreCopyTest {

    @Test
    void aCountOfOneIsOneRow() {
        assertThat(StoreCopy.rows(0)).isEqualTo("0 rows");
        assertThat(StoreCopy.rows(1)).isEqualTo("1 row");
        assertThat(StoreCopy.rows(30)).isEqualTo("30 rows");
    }
}
