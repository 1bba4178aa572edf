package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.config.ConfigLoader;
import studybot.config.SearchConfig;
import studybot.config.StudybotConfig;
import studybot.search.semantic.SemanticStatus;

class SearchByMeaningConfigTest {

    @TempDir
    Path data;

    @Test
    void semanticFalseNeverLoadsTheModel() throws Exception {
        StudybotConfig shipped = new ConfigLoader().load(Path.of("config/studybot.json"));
        StudybotConfig config = new StudybotConfig(
                shipped.seedsFolder(),
                data,
                shipped.book(),
                shipped.cache(),
                new SearchConfig(shipped.search().maxResults(), false),
                shipped.section(),
                shipped.discord(),
                shipped.reload(),
                shipped.dailyTips(),
                shipped.store(),
                shipped.metrics(),
                shipped.threads());
        try (OfflineStudybot running = OfflineStudybot.load(config, Clock.systemUTC())) {
            Studybot studybot = running.studybot();

            studybot.startSearchByMeaning();

            assertThat(studybot.searchStatus().state()).isEqualTo(SemanticStatus.State.OFF);
            assertThat(studybot.searchStatus().describe()).contains("search.semantic is false");
            assertThat(Files.exists(data.resolve("native"))).isFalse();
            assertThat(Files.exists(data.resolve("embeddings"))).isFalse();
            assertThat(studybot.book().get().searchIndex().searchesByMeaning()).isFalse();
        }
    }
}
