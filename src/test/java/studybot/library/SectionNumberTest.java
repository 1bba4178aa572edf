package studybot.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SectionNumberTest {

    @Test
    void ordersNumericallyWithSubSectionsAfterTheirSection() {
        List<SectionNumber> sorted = Stream.of("20.10", "20.4.1", "20.5", "20.4", "3.9", "20.4.1.2", "20.4.2")
                .map(text -> SectionNumber.parse(text).orElseThrow())
                .sorted()
                .toList();

        assertThat(sorted)
                .extracting(SectionNumber::toString)
                .containsExactly("3.9", "20.4", "20.4.1", "20.4.1.2", "20.4.2", "20.5", "20.10");
    }

    @Test
    void twoPartNumbersKeepTheirChapterAndSection() {
        SectionNumber number = new SectionNumber(20, 4);

        assertThat(number).isEqualTo(SectionNumber.of(20, 4)).hasSameHashCodeAs(SectionNumber.of(20, 4));
        assertThat(number.chapter()).isEqualTo(20);
        assertThat(number.section()).isEqualTo(4);
        assertThat(number.depth()).isEqualTo(2);
        assertThat(number.parent()).isEmpty();
    }

    @Test
    void deeperNumbersKnowTheirParentAndChildren() {
        SectionNumber sub = SectionNumber.parse("20.4.1").orElseThrow();

        assertThat(sub.parent()).contains(SectionNumber.of(20, 4));
        assertThat(SectionNumber.of(20, 4).child(1)).isEqualTo(sub);
        assertThat(sub.isWithin(SectionNumber.of(20, 4))).isTrue();
        assertThat(SectionNumber.of(20, 40).isWithin(SectionNumber.of(20, 4))).isFalse();
        assertThat(sub.parts()).containsExactly(20, 4, 1);
        assertThat(sub.section()).isEqualTo(4);
    }

    @Test
    void parsesOnlyTheCanonicalForm() {
        assertThat(SectionNumber.parse("20.4.1")).map(SectionNumber::toString).contains("20.4.1");
        assertThat(SectionNumber.parse("20")).isEmpty();
        assertThat(SectionNumber.parse("20.")).isEmpty();
        assertThat(SectionNumber.parse("20.4.")).isEmpty();
        assertThat(SectionNumber.parse("1.2.3.4.5.6.7")).isEmpty();
        assertThat(SectionNumber.parse("99999.1")).isEmpty();
        assertThat(SectionNumber.parse("-1.2")).isEmpty();
    }

    @Test
    void refusesNegativeAndOneLevelNumbers() {
        assertThatThrownBy(() -> new SectionNumber(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SectionNumber.of(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
