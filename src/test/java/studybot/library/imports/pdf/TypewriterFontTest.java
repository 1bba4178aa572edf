package studybot.library.imports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypewriterFontTest {

    @Test
    void texTypewriterFontsAreFixedPitchByTheirName() {
        assertThat(LineCollector.isTypewriterName("BAAAAA+SFTT1000")).isTrue();
        assertThat(LineCollector.isTypewriterName("CMTT10")).isTrue();
        assertThat(LineCollector.isTypewriterName("XYZABC+ECTT0900")).isTrue();
        assertThat(LineCollector.isTypewriterName("txtt")).isTrue();
        assertThat(LineCollector.isTypewriterName("ABCDEF+DejaVuSansMono")).isTrue();
        assertThat(LineCollector.isTypewriterName("Courier")).isTrue();
    }

    @Test
    void proportionalFontsWithTtInTheirNameAreNot() {
        assertThat(LineCollector.isTypewriterName("BAAAAA+SFRM1000")).isFalse();
        assertThat(LineCollector.isTypewriterName("ABCDEF+Scott-Regular")).isFalse();
        assertThat(LineCollector.isTypewriterName("Helvetica")).isFalse();
        assertThat(LineCollector.isTypewriterName("CMR10")).isFalse();
        assertThat(LineCollector.isTypewriterName("Bitter-Italic")).isFalse();
    }
}
