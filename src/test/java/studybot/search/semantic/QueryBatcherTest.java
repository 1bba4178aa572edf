package studybot.search.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The queue that embeds questions arriving together in one run, on a stand-in model that records its runs. */
class QueryBatcherTest {

    /**
     * A model whose vector of a text is {text length}, recording each run's texts; the first run waits to be let go.
     */
    private static final class RecordingModel implements Function<List<String>, List<float[]>> {
        final List<List<String>> runs = new ArrayList<>();
        final CountDownLatch firstRunStarted = new CountDownLatch(1);
        final CountDownLatch letGo = new CountDownLatch(1);

        @Override
        public List<float[]> apply(List<String> texts) {
            synchronized (this) {
                runs.add(List.copyOf(texts));
            }
            firstRunStarted.countDown();
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (texts.contains("breaks the model")) {
                throw new IllegalStateException("the model failed");
            }
            return texts.stream().map(text -> new float[] {text.length()}).toList();
        }

        synchronized List<List<String>> runs() {
            return List.copyOf(runs);
        }
    }

    @Test
    void questionsQueuedDuringARunShareTheNextRunInOrder() throws Exception {
        RecordingModel model = new RecordingModel();
        QueryBatcher batcher = new QueryBatcher(model, 3);
        QueryBatcher.Request first = batcher.submit("a");
        model.firstRunStarted.await();

        List<QueryBatcher.Request> queued =
                List.of(batcher.submit("bb"), batcher.submit("ccc"), batcher.submit("dddd"), batcher.submit("eeeee"));
        assertThat(batcher.waiting()).isEqualTo(4);
        model.letGo.countDown();

        assertThat(first.await())
                .hasValueSatisfying(vector -> assertThat(vector).containsExactly(1f));
        for (QueryBatcher.Request request : queued) {
            assertThat(request.await())
                    .hasValueSatisfying(vector ->
                            assertThat(vector).containsExactly(request.text().length()));
        }
        assertThat(model.runs()).containsExactly(List.of("a"), List.of("bb", "ccc", "dddd"), List.of("eeeee"));
        assertThat(batcher.waiting()).isZero();
    }

    @Test
    void theSameQuestionQueuedTwiceIsEmbeddedOnce() throws Exception {
        RecordingModel model = new RecordingModel();
        QueryBatcher batcher = new QueryBatcher(model, 8);
        batcher.submit("first");
        model.firstRunStarted.await();

        QueryBatcher.Request once = batcher.submit("how do I pool connections");
        QueryBatcher.Request again = batcher.submit("how do I pool connections");
        model.letGo.countDown();

        assertThat(again).isSameAs(once);
        assertThat(again.await()).isPresent();
        batcher.submit("later").await(); // the embedding thread has moved on past the first request
        assertThat(model.runs())
                .containsExactly(List.of("first"), List.of("how do I pool connections"), List.of("later"));
        assertThat(batcher.pending("how do I pool connections")).isEmpty();
    }

    @Test
    void aShedQuestionIsNeverEmbeddedUntilItsMarkIsReleased() throws Exception {
        RecordingModel model = new RecordingModel();
        QueryBatcher batcher = new QueryBatcher(model, 8);
        batcher.submit("running");
        model.firstRunStarted.await();

        batcher.shed("shed");
        QueryBatcher.Request mark = batcher.pending("shed").orElseThrow();
        assertThat(mark.await()).isEmpty();
        assertThat(batcher.submit("shed")).as("the mark stands for the query").isSameAs(mark);
        assertThat(batcher.waiting()).isZero();
        model.letGo.countDown();
        batcher.submit("kept").await();

        mark.release();
        assertThat(batcher.submit("shed").await()).isPresent();
        assertThat(model.runs()).containsExactly(List.of("running"), List.of("kept"), List.of("shed"));
    }

    @Test
    void aFailedRunFailsItsQuestionsAndTheNextRunsStillWork() throws Exception {
        RecordingModel model = new RecordingModel();
        QueryBatcher batcher = new QueryBatcher(model, 8);
        QueryBatcher.Request broken = batcher.submit("breaks the model");
        model.letGo.countDown();

        assertThatThrownBy(broken::await)
                .isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("the model failed");
        assertThat(batcher.submit("fine").await()).isPresent();
    }

    @Test
    void aBatchHoldsAtLeastOneQuestion() {
        assertThatThrownBy(() -> new QueryBatcher(texts -> List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
