package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberedTitleTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "20.4 Resource Consumption|20.4|Resource Consumption",
                "20.4. Resource Consumption|20.4|Resource Consumption",
                "1. Whetting Your Appetite|1|Whetting Your Appetite",
                "9.10 Generator Expressions|9.10|Generator Expressions",
                "A.3 Grammar|A.3|Grammar",
                "B. Tools|B|Tools",
                "Chapter 3 Transactions|3|Transactions",
                "Chapter 3: Replication|3|Replication",
                "Appendix B — Tools|B|Tools",
                "CHAPTER IV. The Storm|IV|The Storm",
                "Chapter 3|3|Chapter 3",
                "A Tour of Python||A Tour of Python",
                "Introduction||Introduction",
                "2024 Annual Report||2024 Annual Report",
                "Python 3.11 What's New||Python 3.11 What's New",
                "Part II. The Library|II|The Library",
                "Kapitel 3 Grundlagen|3|Grundlagen",
                "Section I/O Basics||Section I/O Basics",
                "20.4.  Resource   Consumption ¶|20.4|Resource Consumption",
            })
    void splitsThePrintedNumberFromTheTitle(String heading, String number, String title) {
        assertThat(NumberedTitle.of(heading)).isEqualTo(new NumberedTitle(number == null ? "" : number, title));
    }
}
