package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import studybot.library.TestBooks;

class ConcurrentSearchTest {

    private static final List<String> QUERIES = List.of(
            "pooling",
            "replicaton",
            "conection pooling",
            "postgres",
            "mongo",
            "read replicas",
            "sorted sets leaderboard",
            "pub/sub",
            "the of and",
            "%%%",
            "snapshts");

    @Test
    void concurrentSearchesGetTheSameAnswersAsOneAtATime() throws Exception {
        SectionSearch search = Searches.over(TestBooks.seed());
        List<SearchResults> expected = QUERIES.stream()
                .map(query -> search.search(query, Searches.DEFAULT_LIMIT))
                .toList();

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SearchResults>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread;
                runs.add(threads.submit(() -> {
                    List<SearchResults> answers = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < QUERIES.size(); i++) {
                            answers.add(
                                    search.search(QUERIES.get((i + offset) % QUERIES.size()), Searches.DEFAULT_LIMIT));
                        }
                    }
                    return answers;
                }));
            }
            for (int thread = 0; thread < runs.size(); thread++) {
                List<SearchResults> answers = runs.get(thread).get();
                for (int n = 0; n < answers.size(); n++) {
                    assertThat(answers.get(n)).isEqualTo(expected.get((n % QUERIES.size() + thread) % QUERIES.size()));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
