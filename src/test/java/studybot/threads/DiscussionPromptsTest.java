package studybot.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.facts.LabelledBook;
import studybot.i18n.Texts;
import studybot.library.Section;
import studybot.library.SectionNumber;

/** Thread names and first messages: the fixed template, the quiz's facts, Discord's lengths. */
class DiscussionPromptsTest {

    private static final Texts TEXTS = Texts.load("threads");

    private static Book seed;

    @BeforeAll
    static void bindSeed() {
        seed = new BookBinder(new CacheConfig(1000, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(LabelledBook.seed().library());
    }

    @Test
    void aReadingIsNamedByItsRangeAndTitles() {
        assertThat(DiscussionPrompts.name(
                        List.of(reading("20.5", "Read Replicas"), reading("20.6", "Parameter Groups")),
                        TEXTS,
                        Locale.ENGLISH))
                .isEqualTo("Discuss 20.5–20.6: Read Replicas, Parameter Groups");
        assertThat(DiscussionPrompts.name(List.of(reading("20.4", "Replication")), TEXTS, Locale.ENGLISH))
                .isEqualTo("Discuss 20.4: Replication");
    }

    @Test
    void aLongNameIsCutAtAWordToDiscordsHundredCharacters() {
        List<DiscussionPrompts.Reading> many = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> reading("20." + i, "Quite Long Section Title " + i))
                .toList();

        String name = DiscussionPrompts.name(many, TEXTS, Locale.ENGLISH);

        assertThat(name)
                .startsWith("Discuss 20.1–20.12: Quite Long")
                .endsWith("…")
                .hasSizeLessThanOrEqualTo(100);
        assertThat(name).doesNotEndWith(",…").doesNotEndWith(" …");
    }

    @Test
    void eachSectionAsksAboutAtMostTwoOfItsQuizzedFactsInTheFixedTemplate() {
        List<DiscussionPrompts.Reading> reading = seed.library().sections().stream()
                .map(section -> reading(section.number().toString(), section.title()))
                .toList();

        for (Section section : seed.library().sections()) {
            List<String> facts = DiscussionPrompts.facts(seed, section.number());
            assertThat(facts).hasSizeLessThanOrEqualTo(2);
            assertThat(facts)
                    .allSatisfy(fact -> assertThat(seed.quiz().of(section.number()))
                            .anyMatch(question -> question.fact().text().equals(fact)));
        }
        String opening =
                DiscussionPrompts.opening(seed, reading, TEXTS, Locale.ENGLISH).plainText();
        assertThat(opening.lines().filter(line -> line.startsWith("Discuss: ")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).endsWith(" Why? What breaks without it?"));
        assertThat(opening.length()).isLessThan(2000);
    }

    @Test
    void aReadingTooLongForOneMessageSendsTheRestToDiscuss() {
        List<DiscussionPrompts.Reading> huge = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> reading("20.4", "Replication Groups " + i))
                .toList();

        String opening =
                DiscussionPrompts.opening(seed, huge, TEXTS, Locale.ENGLISH).plainText();

        assertThat(opening.length()).isLessThan(2000);
        assertThat(opening).contains("more section(s): /discuss opens a thread for one.");
    }

    @Test
    void aThreadNeedsASection() {
        assertThatThrownBy(
                        () -> DiscussionPrompts.start(seed, List.of(), Duration.ofHours(1), "n", TEXTS, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGermanServersThreadIsNamedAndOpenedInGerman() {
        assertThat(DiscussionPrompts.name(List.of(reading("20.4", "Replikation")), TEXTS, Locale.GERMAN))
                .isEqualTo("Diskussion 20.4: Replikation");
        List<DiscussionPrompts.Reading> huge = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> reading("20.4", "Replication Groups " + i))
                .toList();
        String opening =
                DiscussionPrompts.opening(seed, huge, TEXTS, Locale.GERMAN).plainText();
        assertThat(opening.lines().filter(line -> line.startsWith("Diskutiert: ")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).endsWith(" Warum? Was geht ohne das kaputt?"));
        assertThat(opening)
                .containsPattern("…und \\d+ weitere Abschnitte: /discuss öffnet einen Thread für einen davon\\.$");
        List<DiscussionPrompts.Reading> two = List.of(reading("20.4", "Replication"), reading("20.5", "Replication"));
        assertThat(DiscussionPrompts.opening(seed, List.of(two.get(0)), TEXTS, Locale.GERMAN)
                        .plainText())
                .doesNotContain("weitere");
    }

    private static DiscussionPrompts.Reading reading(String number, String title) {
        return new DiscussionPrompts.Reading(SectionNumber.parse(number).orElseThrow(), title);
    }
}
