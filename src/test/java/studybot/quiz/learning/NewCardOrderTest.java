package studybot.quiz.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.command.Place;
import studybot.facts.KeyFactExtractor;
import studybot.facts.LabelledBook;
import studybot.fsrs.FsrsParameters;
import studybot.fsrs.FsrsScheduler;
import studybot.library.Library;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuizDeck;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.sharing.SqlShareOptInStore;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * Which new card a member gets first: from sections they marked read, then from their server's plan up to today, then
 * from sections before those, and from a section not reached only when nothing else is left; a section or chapter asked
 * for overrides where they are.
 */
class NewCardOrderTest {

    private static final long SERVER = 4242L;
    private static final long ALICE = 1001L;

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private final Library library = LabelledBook.seed().library();
    private final QuizDeck deck = QuizDeck.build(library, new KeyFactExtractor().extract(library));
    private Store store;
    private ReviewStore reviews;

    @BeforeEach
    void open() {
        store = TestStores.of(Dialect.SQLITE, temp)
                .open(List.of(ReviewStore.MIGRATIONS, SqlShareOptInStore.MIGRATIONS));
        reviews = new SqlReviewStore(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void withNoMarksAndNoPlanNewCardsComeInBookOrder() {
        assertThat(firstNew(StudyPlaces.NOWHERE).cardId())
                .isEqualTo(deck.all().get(0).cardId());
    }

    @Test
    void aSectionMarkedReadComesBeforeThePlanAndThePlanBeforeTheRest() {
        SectionNumber marked = lastSectionWithQuestions();
        SectionNumber planned = deck.all().get(deck.all().size() / 2).fact().section();

        assertThat(firstNew((place, member) -> new StudyPlace(Set.of(marked), Set.of(planned)))
                        .fact()
                        .section())
                .isEqualTo(marked);
        assertThat(firstNew((place, member) -> new StudyPlace(Set.of(), Set.of(planned)))
                        .fact()
                        .section())
                .isEqualTo(planned);
    }

    @Test
    void aSectionBeforeTheMemberIsReachedComesBeforeOneBeyond() {
        SectionNumber furthest = lastSectionWithQuestions();
        StudyPlace place = new StudyPlace(Set.of(furthest), Set.of());

        assertThat(place.tier(deck.all().get(0).fact().section())).isEqualTo(2);
        assertThat(place.tier(furthest)).isZero();
        assertThat(new StudyPlace(Set.of(deck.all().get(0).fact().section()), Set.of()).tier(furthest))
                .isEqualTo(3);
    }

    @Test
    void aChapterAskedForOverridesWhereTheMemberIs() {
        SectionNumber marked = lastSectionWithQuestions();
        int chapter = deck.all().get(0).fact().section().chapter();
        QuizService service = service((place, member) -> new StudyPlace(Set.of(marked), Set.of()));

        NextQuestion next = service.next(
                new Learner(Place.server(SERVER), ALICE, "seed"),
                deck,
                Optional.empty(),
                OptionalInt.of(chapter),
                Set.of());

        assertThat(((NextQuestion.Ask) next).question().fact().section().chapter())
                .isEqualTo(chapter);
    }

    private Question firstNew(StudyPlaces places) {
        NextQuestion next = service(places)
                .next(
                        new Learner(Place.server(SERVER), ALICE, "seed"),
                        deck,
                        Optional.empty(),
                        OptionalInt.empty(),
                        Set.of());
        assertThat(next).isInstanceOf(NextQuestion.Ask.class);
        return ((NextQuestion.Ask) next).question();
    }

    private QuizService service(StudyPlaces places) {
        return new QuizService(
                reviews,
                new SqlShareOptInStore(store, clock),
                server -> ZoneOffset.UTC,
                new FsrsScheduler(FsrsParameters.DEFAULTS),
                places,
                clock);
    }

    private SectionNumber lastSectionWithQuestions() {
        return deck.all().get(deck.all().size() - 1).fact().section();
    }
}
