package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.SectionNumber;
import studybot.search.semantic.QueryBatcher;

/**
 * Search by meaning while the model is busy: a question BM25 can answer is answered by BM25 alone rather than waiting
 * behind a long queue (the same hits as BM25 alone gives, marked as ranked under load), and a question BM25 finds
 * nothing for always waits for its vector, so "nothing matches" is never said for want of the model. The model here is
 * a stand-in whose first run waits to be let go: every question's vector is the vector of the book's first passage, so
 * an answer ranked with meaning shows the first section first.
 */
class MeaningUnderLoadTest {

    private static final int BUSY_AHEAD = 2;
    private static final String QUESTION = "how do I keep database connections open and reuse them";
    private static final String NOTHING_BY_KEYWORDS = "kubernetes helm chart";

    private final Library seed = LabelledQuestions.books().get("seed");
    private final SectionSearch keywordsOnly = Searches.over(seed);
    private final SectionSearch hybrid = Searches.over(seed);
    private final CountDownLatch letGo = new CountDownLatch(1);
    private final CountDownLatch firstRunStarted = new CountDownLatch(1);
    private final List<List<String>> runs = new ArrayList<>();
    private SectionNumber meaningSection;
    private QueryBatcher batcher;

    @BeforeEach
    void attachAStandInModel() {
        List<Passage> passages = hybrid.passages();
        int target = 0;
        meaningSection = seed.sections().get(passages.get(target).section()).number();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            vectors.add(oneHot(passages.size(), i));
        }
        batcher = new QueryBatcher(
                texts -> {
                    synchronized (runs) {
                        runs.add(List.copyOf(texts));
                    }
                    firstRunStarted.countDown();
                    try {
                        letGo.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return texts.stream()
                            .map(text -> oneHot(passages.size(), target))
                            .toList();
                },
                4);
        hybrid.useMeaning(new MeaningRetriever(
                new SectionVectors(passages, vectors), new SharedModel.MapQueryVectors(), batcher, BUSY_AHEAD, 0.5f));
    }

    @Test
    void withTheModelFreeAQuestionIsRankedWithMeaning() {
        letGo.countDown();

        SearchResults results = hybrid.search(QUESTION, Searches.DEFAULT_LIMIT);

        assertThat(results.underLoad()).isFalse();
        assertThat(results.hits().get(0).number()).isEqualTo(meaningSection);
        assertThat(sections(keywordsOnly.search(QUESTION, Searches.DEFAULT_LIMIT))
                        .get(0))
                .as("the test needs BM25 alone to rank another section first")
                .isNotEqualTo(meaningSection);
    }

    @Test
    void withALongQueueAQuestionBm25AnswersGetsBm25sHits() throws Exception {
        clogTheModel();

        SearchResults results = hybrid.search(QUESTION, Searches.DEFAULT_LIMIT);

        assertThat(results.underLoad()).isTrue();
        assertThat(results.problem()).isEmpty();
        assertThat(results.hits())
                .isEqualTo(keywordsOnly.search(QUESTION, Searches.DEFAULT_LIMIT).hits());
        assertThat(batcher.pending(QUESTION)).as("not queued behind the others").isEmpty();
        assertThat(batcher.waiting()).isEqualTo(BUSY_AHEAD + 1);
    }

    @Test
    void aQuestionArrivingBehindALongQueueIsShedAndAnsweredByBm25EvenOnceTheQueueDrained() throws Exception {
        clogTheModel();
        hybrid.foresee(QUESTION);
        letGo.countDown();
        batcher.submit("after").await();

        SearchResults results = hybrid.search(QUESTION, Searches.DEFAULT_LIMIT);

        assertThat(results.underLoad()).isTrue();
        assertThat(results.hits())
                .isEqualTo(keywordsOnly.search(QUESTION, Searches.DEFAULT_LIMIT).hits());
        synchronized (runs) {
            assertThat(runs).noneMatch(run -> run.contains(QUESTION));
        }
        assertThat(hybrid.search(QUESTION, Searches.DEFAULT_LIMIT).underLoad())
                .as("asked again with the model free, it is ranked with meaning")
                .isFalse();
    }

    @Test
    void aShedQuestionBm25FindsNothingForIsEmbeddedAllTheSame() throws Exception {
        clogTheModel();
        hybrid.foresee(NOTHING_BY_KEYWORDS);
        letGo.countDown();

        SearchResults results = hybrid.search(NOTHING_BY_KEYWORDS, Searches.DEFAULT_LIMIT);

        assertThat(results.underLoad()).isFalse();
        assertThat(results.hits()).extracting(SearchHit::number).startsWith(meaningSection);
    }

    @Test
    void aQuestionForeseenWithTheQueueShortIsEmbeddedBeforeItsSearch() throws Exception {
        hybrid.foresee(QUESTION);
        firstRunStarted.await();
        synchronized (runs) {
            assertThat(runs).containsExactly(List.of(QUESTION));
        }
        letGo.countDown();

        assertThat(hybrid.search(QUESTION, Searches.DEFAULT_LIMIT).hits().get(0).number())
                .isEqualTo(meaningSection);
        synchronized (runs) {
            assertThat(runs).hasSize(1);
        }
    }

    @Test
    void aQuestionBm25FindsNothingForWaitsForTheModelEvenWhenBusy() throws Exception {
        assertThat(keywordsOnly
                        .search(NOTHING_BY_KEYWORDS, Searches.DEFAULT_LIMIT)
                        .problem())
                .contains(SearchProblem.NO_MATCHES);
        clogTheModel();

        CompletableFuture<SearchResults> searched =
                CompletableFuture.supplyAsync(() -> hybrid.search(NOTHING_BY_KEYWORDS, Searches.DEFAULT_LIMIT));
        letGo.countDown();
        SearchResults results = searched.get();

        assertThat(results.underLoad()).isFalse();
        assertThat(results.hits()).isNotEmpty();
        assertThat(results.hits().get(0).number()).isEqualTo(meaningSection);
    }

    /** One run under way and more than {@link #BUSY_AHEAD} questions waiting for the next. */
    private void clogTheModel() throws InterruptedException {
        batcher.submit("running");
        firstRunStarted.await();
        for (int i = 0; i <= BUSY_AHEAD; i++) {
            batcher.submit("waiting " + i);
        }
    }

    private static List<SectionNumber> sections(SearchResults results) {
        return results.hits().stream().map(SearchHit::number).toList();
    }

    private static float[] oneHot(int dimensions, int index) {
        float[] vector = new float[dimensions];
        vector[index] = 1f;
        return vector;
    }
}
