package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.Library;
import studybot.library.SectionNumber;
import studybot.search.semantic.EncoderModel;
import studybot.search.semantic.SentenceEncoder;

/**
 * Questions embedded together in one model run (as a burst of {@code /search} is) give the answers they get embedded
 * one by one, on the shipped model. The model is quantised with activation ranges taken per run, so a batch's vectors
 * differ from single runs in the last digits (cosine above 0.98 with the single run's), never in the ranking of the
 * labelled questions.
 */
class BatchedQuestionsTest {

    private static final EncoderModel MODEL = EncoderModel.MINILM_L6_V2_Q;

    @TempDir
    Path store;

    @Test
    void questionsEmbeddedInOneRunGetVectorsCloseToTheirOwn() {
        SentenceEncoder encoder = SharedModel.encoder(MODEL);
        List<String> questions = LabelledQuestions.all().stream()
                .map(LabelledQuestions.Question::text)
                .toList();

        int batchOf = 16;
        for (int from = 0; from < questions.size(); from += batchOf) {
            List<String> batch = questions.subList(from, Math.min(questions.size(), from + batchOf));
            List<float[]> together = encoder.embedQueries(batch);
            for (int i = 0; i < batch.size(); i++) {
                assertThat(cosine(together.get(i), encoder.embedQuery(batch.get(i))))
                        .as(batch.get(i))
                        .isGreaterThan(0.98);
            }
        }
    }

    @Test
    void searchesForeseenTogetherAnswerAsSearchesOneByOne() {
        Map<String, Library> books = LabelledQuestions.books();
        for (Map.Entry<String, Library> book : books.entrySet()) {
            List<String> questions = LabelledQuestions.all().stream()
                    .filter(question -> question.book().equals(book.getKey()))
                    .map(LabelledQuestions.Question::text)
                    .toList();
            SectionSearch oneByOne = SharedModel.hybrid(book.getValue(), MODEL, store);
            SectionSearch together = SharedModel.hybrid(book.getValue(), MODEL, store);

            Map<String, List<SectionNumber>> alone = new LinkedHashMap<>();
            questions.forEach(question -> alone.put(question, sections(oneByOne.search(question, 5))));
            questions.forEach(together::foresee);
            Map<String, List<SectionNumber>> batched = new LinkedHashMap<>();
            questions.forEach(question -> batched.put(question, sections(together.search(question, 5))));

            assertThat(batched).as(book.getKey()).isEqualTo(alone);
        }
    }

    private static List<SectionNumber> sections(SearchResults results) {
        assertThat(results.underLoad()).isFalse();
        List<SectionNumber> numbers = new ArrayList<>();
        results.hits().forEach(hit -> numbers.add(hit.number()));
        return numbers;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
