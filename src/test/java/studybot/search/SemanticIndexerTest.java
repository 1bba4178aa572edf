package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.TestBooks;
import studybot.search.semantic.EncoderModel;
import studybot.search.semantic.SemanticStatus;
import studybot.search.semantic.SemanticUnavailableException;

class SemanticIndexerTest {

    @TempDir
    Path store;

    @Test
    void aRestartEmbedsOnlyThePassagesThatChanged() throws Exception {
        Library seed = TestBooks.seed();
        SemanticStatus first = build(seed);
        assertThat(first.state()).isEqualTo(SemanticStatus.State.READY);
        assertThat(first.embedded()).isEqualTo(first.total());
        assertThat(store.resolve("all-minilm-l6-v2-q.vectors")).isRegularFile();

        SemanticStatus unchanged = build(seed);
        assertThat(unchanged.embedded()).as("a restart with nothing changed").isZero();

        List<Section> edited = new ArrayList<>(seed.sections());
        Section last = edited.get(edited.size() - 1);
        edited.set(edited.size() - 1, new Section(last.number(), last.title(),
                List.of("Connection pools are great. They keep sockets open."), last.origin()));
        SemanticStatus afterEdit = build(new Library(edited, seed.loadedAt()));
        assertThat(afterEdit.embedded()).as("one section rewritten into one short passage").isEqualTo(1);
    }

    @Test
    void aModelThatCannotLoadLeavesBm25AnsweringWithOneLogLine() throws Exception {
        SectionSearch search = Searches.over(TestBooks.seed());
        try (CapturedLog log = CapturedLog.of(SemanticIndexer.class);
             SemanticIndexer indexer = new SemanticIndexer(EncoderModel.MINILM_L6_V2_Q, () -> {
                 throw new SemanticUnavailableException("ONNX Runtime cannot load on Linux amd64 (is glibc missing?): "
                         + new UnsatisfiedLinkError("libonnxruntime.so: Error loading shared library ld-linux-x86-64.so.2"));
             }, store, Clock.systemUTC())) {
            indexer.index(search, new SharedModel.MapQueryVectors());
            indexer.index(search, new SharedModel.MapQueryVectors());
            indexer.awaitIdle(Duration.ofSeconds(30));

            assertThat(indexer.status().state()).isEqualTo(SemanticStatus.State.UNAVAILABLE);
            assertThat(indexer.status().describe()).startsWith("BM25 only").contains("glibc");
            assertThat(log.lines()).hasSize(1).first().asString().contains("BM25 only").contains("glibc");
        }
        assertThat(search.searchesByMeaning()).isFalse();
        assertThat(search.search("how do I keep my redis data safe if the node crashes", Searches.DEFAULT_LIMIT).hits()).isNotEmpty();
        assertThat(search.search("pooling", Searches.DEFAULT_LIMIT).hits().get(0).number().toString()).isEqualTo("62.8");
    }

    private SemanticStatus build(Library library) throws Exception {
        SectionSearch search = Searches.over(library);
        try (SemanticIndexer indexer = SharedModel.indexer(EncoderModel.MINILM_L6_V2_Q, store)) {
            indexer.index(search, new SharedModel.MapQueryVectors());
            indexer.awaitIdle(Duration.ofMinutes(2));
            assertThat(search.searchesByMeaning()).isTrue();
            assertThat(Files.size(store.resolve("all-minilm-l6-v2-q.vectors"))).isPositive();
            return indexer.status();
        }
    }
}
