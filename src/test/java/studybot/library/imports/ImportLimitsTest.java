package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportLimitsTest {

    private static final long MEBIBYTE = 1024L * 1024;

    @Test
    void aHeapUnderOneGigabyteGetsTextAndPageLimitsItCanReadAndTheOtherLimitsAsEver() {
        ImportLimits small = ImportLimits.forHeap(256 * MEBIBYTE);

        assertThat(small.maxPageChars()).isEqualTo(256 * MEBIBYTE / ImportLimits.HEAP_BYTES_PER_PAGE_CHAR);
        assertThat(small.maxPageElements())
                .isEqualTo((int) (256 * MEBIBYTE / ImportLimits.HEAP_BYTES_PER_PAGE_ELEMENT));
        assertThat(small.maxTextChars()).isEqualTo(256 * MEBIBYTE / ImportLimits.HEAP_BYTES_PER_TEXT_CHAR);
        assertThat(small.maxTextChars()).isLessThan(ImportLimits.DEFAULT.maxTextChars() / 2);
        assertThat(small.maxFileBytes()).isEqualTo(ImportLimits.DEFAULT.maxFileBytes());
        assertThat(small.maxEntries()).isEqualTo(ImportLimits.DEFAULT.maxEntries());
    }

    @Test
    void fromAGigabyteUpAndWithoutAnyLimitTheDefaultsApply() {
        assertThat(ImportLimits.forHeap(1024 * MEBIBYTE)).isEqualTo(ImportLimits.DEFAULT);
        assertThat(ImportLimits.forHeap(Long.MAX_VALUE)).isEqualTo(ImportLimits.DEFAULT);
    }
}
