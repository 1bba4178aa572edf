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
                "Chapitre 1. Didacticiels GNU/Linux|1|Didacticiels GNU/Linux",
                "Annexe A. Annexe|A|Annexe",
                "Capítulo 12. Programación|12|Programación",
                "Apéndice A. Apéndice|A|Apéndice",
                "CAPÍTULO 2 Gestión|2|Gestión",
                "Capitolo 3. Inizializzazione del sistema|3|Inizializzazione del sistema",
                "Hoofdstuk 4: Netwerk|4|Netwerk",
                "Глава 5. Сеть|5|Сеть",
                "第1章 GNU/Linux チュートリアル|1|GNU/Linux チュートリアル",
                "第 1 章 GNU/Linux 教程|1|GNU/Linux 教程",
                "付録A 補遺|A|補遺",
                "附录 A. 附录|A|附录",
                "제 3 장 네트워크|3|네트워크",
                "4장. 호환성 이슈|4|호환성 이슈",
                "12 장 지원 받기|12|지원 받기",
                "3장면 연출||3장면 연출",
                "第1章|1|第1章",
                "Parte de la historia||Parte de la historia",
                "Deel 2|2|Deel 2",
                "Parte civil del contrato||Parte civil del contrato",
                "Section I/O Basics||Section I/O Basics",
                "20.4.  Resource   Consumption ¶|20.4|Resource Consumption",
            })
    void splitsThePrintedNumberFromTheTitle(String heading, String number, String title) {
        assertThat(NumberedTitle.of(heading)).isEqualTo(new NumberedTitle(number == null ? "" : number, title));
    }
}
