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
import studybot.library.SectionNumber;
import studybot.library.TestBooks;
import studybot.plan.PlanService;
import studybot.plan.PlanStore;
import studybot.plan.SqlPlanStore;
import studybot.progress.ReadMarkStore;
import studybot.progress.SqlReadMarkStore;
import studybot.quiz.Question;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * Issue 18 §4: a question the server's members reported away is never drawn for its rounds, wherever they draw from.
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
        try (Store store =
                TestStores.of(Dialect.SQLITE, temp).open(List.of(PlanStore.MIGRATIONS, ReadMarkStore.MIGRATIONS))) {
            RoundCards cards = new RoundCards(
                    new PlanService(
                            new SqlPlanStore(store),
                            server -> seed.library(),
                            server -> "",
                            server -> ZoneOffset.UTC,
                            clock),
                    new SqlReadMarkStore(store),
                    place -> "",
                    server -> server == SERVER ? dropped : Set.of(),
                    clock);

            RoundCards.Drawn fromSection = cards.draw(
                            seed.quiz(), Place.server(SERVER), Optional.of(section), OptionalInt.empty(), 10, 1)
                    .orElseThrow();
            RoundCards.Drawn fromBook = cards.draw(
                            seed.quiz(),
                            Place.server(SERVER),
                            Optional.empty(),
                            OptionalInt.empty(),
                            seed.quiz().size(),
                            1)
                    .orElseThrow();
            RoundCards.Drawn elsewhere = cards.draw(
                            seed.quiz(), Place.server(SERVER + 1), Optional.of(section), OptionalInt.empty(), 10, 1)
                    .orElseThrow();

            assertThat(fromSection.cards()).containsExactly(ofSection.get(0));
            assertThat(fromBook.cards())
                    .hasSize(seed.quiz().size() - dropped.size())
                    .noneMatch(question -> dropped.contains(question.cardId()));
            assertThat(elsewhere.cards()).containsExactlyInAnyOrderElementsOf(ofSection);
        }
    }
}
