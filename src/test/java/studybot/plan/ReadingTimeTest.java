package studybot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;

class ReadingTimeTest {

    @Test
    void englishIsReadAtTwoHundredWordsAMinute() {
        assertThat(ReadingTime.minutes(List.of(section("word ".repeat(1000))))).isEqualTo(5);
    }

    @Test
    void japaneseWrittenWithoutSpacesTakesAsLongAsItsCharactersSay() {
        String twoThousandCharacters = "図書館では本を二週間借りることができます。".repeat(100);

        assertThat(ReadingTime.minutes(List.of(section(twoThousandCharacters)))).isEqualTo(5);
    }

    @Test
    void chineseMixedWithCommandNamesCountsBoth() {
        String text = "使用 apt-get 安装软件包，然后用 dpkg 查看状态。".repeat(40);

        assertThat(ReadingTime.minutes(List.of(section(text)))).isEqualTo(2);
    }

    private static Section section(String paragraph) {
        return new Section(
                new SectionNumber(1, 1), "Reading", List.of(paragraph), new SourceLine(Path.of("book.txt"), 1));
    }
}
