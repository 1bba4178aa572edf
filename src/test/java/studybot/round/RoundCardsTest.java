package studybot.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.command.Place;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.dailytips.MutableClock;
import studybot.facts.KeyFactExtractor;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.TestBooks;
import studybot.plan.PlanService;
import studybot.plan.PlanStore;
import studybot.plan.SqlPlanStore;
import studybot.progress.ReadMarkStore;
import studybot.progress.SqlReadMarkStore;
import studybot.quiz.DroppedQuestions;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * Issue 18 §4: a question the server's members reported away is never drawn for its rounds, wherever they draw from.
 * Audit 3 §1: a round limited to a section or chapter asks no "which section says this?" card whose answer that limit
 * gives away.
 */
class RoundCardsTest {

    private static final long SERVER = 4242L;

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T18:00:00Z"));
    private final Book seed = new BookBinder(
                    new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
            .bind(TestBooks.seed());

    @Test
    void droppedQuestionsAreNeverDrawnForTheirServer() {
        SectionNumber section = seed.quiz().all().get(0).fact().section();
        List<Question> ofSection = seed.quiz().of(section);
        Set<String> dropped = ofSection.subList(1, ofSection.size()).stream()
                .map(Question::cardId)
                .collect(Collectors.toSet());
        try (Store store = openStore()) {
            RoundCards cards = cards(store, server -> server == SERVER ? dropped : Set.of());

            RoundCards.Drawn fromBook = cards.draw(
                            seed,
                            Place.server(SERVER),
                            Optional.empty(),
                            OptionalInt.empty(),
                            seed.quiz().size(),
                            1)
                    .orElseThrow();
            RoundCards.Drawn elsewhere = cards.draw(
                            seed,
                            Place.server(SERVER + 1),
                            Optional.empty(),
                            OptionalInt.empty(),
                            seed.quiz().size(),
                            1)
                    .orElseThrow();

            assertThat(fromBook.cards())
                    .hasSize(seed.quiz().size() - dropped.size())
                    .contains(ofSection.get(0))
                    .noneMatch(question -> dropped.contains(question.cardId()));
            assertThat(elsewhere.cards())
                    .containsExactlyInAnyOrderElementsOf(seed.quiz().all());
        }
    }

    @Test
    void aSectionsRoundAsksNoWhichSectionCard() {
        SectionNumber section = SectionNumber.parse("20.4").orElseThrow();
        assertThat(seed.quiz().of(section))
                .as("the seed's section 20.4 has only which-section cards")
                .isNotEmpty()
                .allMatch(question -> question.kind() == QuestionKind.WHICH_SECTION);
        try (Store store = openStore()) {
            assertThat(cards(store, DroppedQuestions.NONE)
                            .draw(seed, Place.server(SERVER), Optional.of(section), OptionalInt.empty(), 20, 1))
                    .as("a round limited to 20.4 would give each answer away")
                    .isEmpty();
        }
    }

    @Test
    void aChaptersRoundAsksWhichSectionOnlyAmongTheChaptersOwnSections() {
        List<Question> ofChapter = seed.quiz().all().stream()
                .filter(question -> question.fact().section().chapter() == 62)
                .toList();
        List<Question> withinIt = ofChapter.stream()
                .filter(question -> titlesOf(62).containsAll(question.choices()))
                .toList();
        assertThat(withinIt).isNotEmpty().hasSizeLessThan(ofChapter.size());
        try (Store store = openStore()) {
            RoundCards.Drawn drawn = cards(store, DroppedQuestions.NONE)
                    .draw(seed, Place.server(SERVER), Optional.empty(), OptionalInt.of(62), 20, 1)
                    .orElseThrow();

            assertThat(drawn.cards())
                    .as("a choice from another chapter would give the answer away")
                    .containsExactlyInAnyOrderElementsOf(withinIt);
        }
    }

    private Set<String> titlesOf(int chapter) {
        return seed.library().chapter(chapter).stream().map(Section::title).collect(Collectors.toSet());
    }

    private Store openStore() {
        return TestStores.of(Dialect.SQLITE, temp).open(List.of(PlanStore.MIGRATIONS, ReadMarkStore.MIGRATIONS));
    }

    private RoundCards cards(Store store, DroppedQuestions dropped) {
        return new RoundCards(
                new PlanService(
                        new SqlPlanStore(store),
                        server -> seed.library(),
                        server -> "",
                        server -> ZoneOffset.UTC,
                        clock),
                new SqlReadMarkStore(store),
                place -> "",
                dropped,
                clock);
    }
}
