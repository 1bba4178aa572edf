package studybot.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.library.SectionNumber;

class SectionQueryParserTest {

    private final SectionQueryParser parser = new SectionQueryParser();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "20.4",
                " 20.4 ",
                "§20.4",
                "§ 20.4",
                "20,4",
                "20.04",
                "020.4",
                "２０．４",
                "２０.４",
                "20 . 4",
                "20.4.",
                "section 20.4",
                "Sec 20.4",
                "\t20.4\n",
                "20.4 Replication Groups",
                "20.4 Replication Groups: Primary Node and Read Replicas",
                "٢٠.٤"
            })
    void readsEveryWayOfWritingASectionNumber(String input) {
        SectionQuery query = parser.parse(input);

        assertThat(query).isInstanceOfSatisfying(SectionQuery.ForSection.class, section -> {
            assertThat(section.number()).isEqualTo(new SectionNumber(20, 4));
            assertThat(section.written()).isEqualTo("20.4");
        });
    }

    @Test
    void keepsTheWordsOfAPastedHeadingAsAHint() {
        SectionQuery query = parser.parse("20.9 Replication Groups: Primary Node");

        assertThat(query)
                .isEqualTo(new SectionQuery.ForSection(
                        new SectionNumber(20, 9), "20.9", List.of("replication", "groups", "primary", "node")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "§20", "§ 20", " 20 ", "020", "20.", "chapter 20", "２０"})
    void readsABareNumberAsAChapter(String input) {
        assertThat(parser.parse(input)).isEqualTo(new SectionQuery.ForChapter(20, "20"));
    }

    @Test
    void numbersTooBigForAnIntSaturateButAreReportedAsTyped() {
        assertThat(parser.parse("99999999999.1"))
                .isEqualTo(new SectionQuery.ForSection(
                        new SectionNumber(Integer.MAX_VALUE, 1), "99999999999.1", List.of()));
        assertThat(parser.parse("1.99999999999999999999999999"))
                .isInstanceOfSatisfying(
                        SectionQuery.ForSection.class,
                        section -> assertThat(section.number().section()).isEqualTo(Integer.MAX_VALUE));
        assertThat(parser.parse("2147483648")).isEqualTo(new SectionQuery.ForChapter(Integer.MAX_VALUE, "2147483648"));
        assertThat(parser.parse("0.0"))
                .isEqualTo(new SectionQuery.ForSection(new SectionNumber(0, 0), "0.0", List.of()));
    }

    @Test
    void readsASubSectionNumberAtAnyDepth() {
        assertThat(parser.parse("20.4.1"))
                .isEqualTo(new SectionQuery.ForSection(SectionNumber.of(20, 4, 1), "20.4.1", List.of()));
        assertThat(parser.parse("§ 20,04.1.2 Failover"))
                .isEqualTo(new SectionQuery.ForSection(SectionNumber.of(20, 4, 1, 2), "20.4.1.2", List.of("failover")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"replication", "Replication", "REDIS pub/sub", "pooling?", "-1", "Ｒｅｄｉｓ"})
    void readsAnythingElseAsTitleWords(String input) {
        assertThat(parser.parse(input)).isInstanceOf(SectionQuery.ForTitle.class);
    }

    /** The German audit's {@code /section A.1} opened "3.1.1 Stufe 1: das UEFI" by the title word "1". */
    @ParameterizedTest
    @ValueSource(strings = {"A.1", "a.1", "§ A.1", "section B.2.3", "A,1.", "Ä.2"})
    void anAppendixsLetteredNumberIsAMissNotTitleWords(String input) {
        assertThat(parser.parse(input)).isEqualTo(new SectionQuery.Unreadable(InputProblem.LETTERED_NUMBER));
    }

    @Test
    void aPastedAppendixHeadingIsLookedUpByItsTitle() {
        assertThat(parser.parse("A.1 Das Debian-Labyrinth"))
                .isEqualTo(new SectionQuery.ForTitle("Das Debian-Labyrinth", List.of("das", "debian", "labyrinth")));
    }

    @Test
    void foldsTitleWords() {
        assertThat(parser.parse("  Redis   Pub/Sub  "))
                .isEqualTo(new SectionQuery.ForTitle("Redis Pub/Sub", List.of("redis", "pub", "sub")));
        assertThat(parser.parse("Ｃａｃｈé")).isEqualTo(new SectionQuery.ForTitle("Caché", List.of("cache")));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   \t  ", "\u3000"})
    void emptyOrBlankIsAProblem(String input) {
        assertThat(parser.parse(input)).isEqualTo(new SectionQuery.Unreadable(InputProblem.EMPTY));
    }

    @Test
    void overLongInputIsAProblem() {
        assertThat(parser.parse("a".repeat(101))).isEqualTo(new SectionQuery.Unreadable(InputProblem.TOO_LONG));
        assertThat(parser.parse("9".repeat(100_000) + ".1"))
                .isEqualTo(new SectionQuery.Unreadable(InputProblem.TOO_LONG));
        assertThat(parser.parse("a".repeat(100))).isInstanceOf(SectionQuery.ForTitle.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "20.4\u0000",
                "repl\u001B[31mication",
                "20\u0007.4",
                "20.4\u200B",
                "\u202Ereplication",
                "\uE000",
                "a\u2028b",
                "\uD800x"
            })
    void controlAndInvisibleCharactersAreAProblem(String input) {
        assertThat(parser.parse(input)).isEqualTo(new SectionQuery.Unreadable(InputProblem.CONTROL_CHARACTERS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"😀", "20.4 🔥", "👨‍👩‍👧", "1️⃣", "🇬🇧", "<:pepe:123456789>", "<a:dance:42>", "©"})
    void emojiAreAProblem(String input) {
        assertThat(parser.parse(input)).isEqualTo(new SectionQuery.Unreadable(InputProblem.EMOJI));
    }

    @ParameterizedTest
    @ValueSource(strings = {"@everyone", "@here", "<@123456>", "<@&987>", "20.4 @someone", "＠everyone"})
    void mentionsAreAProblem(String input) {
        assertThat(parser.parse(input)).isEqualTo(new SectionQuery.Unreadable(InputProblem.MENTION));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"**20.4**", "_replication_", "~~redis~~", "`20.4`", "||spoiler||", "> quote", "a\\b", "＊bold＊"})
    void markdownIsAProblem(String input) {
        assertThat(parser.parse(input)).isEqualTo(new SectionQuery.Unreadable(InputProblem.MARKDOWN));
    }

    /**
     * Linux-PAM's module sections are titled by the module's name ("pam_unix - traditional password authentication"):
     * {@code /section pam_unix} was refused as formatting, though Discord shows an underscore inside a word as typed.
     */
    @Test
    void anUnderscoreInsideAnIdentifierIsATitleWordNotMarkdown() {
        assertThat(parser.parse("pam_unix")).isEqualTo(new SectionQuery.ForTitle("pam_unix", List.of("pam", "unix")));
        assertThat(parser.parse("PAM_ITEMs and data"))
                .isEqualTo(new SectionQuery.ForTitle("PAM_ITEMs and data", List.of("pam", "items", "and", "data")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"§", "...", "?!", "§ .", "—"})
    void punctuationAloneIsAProblem(String input) {
        assertThat(parser.parse(input)).isEqualTo(new SectionQuery.Unreadable(InputProblem.NOTHING_TO_LOOK_UP));
    }
}
