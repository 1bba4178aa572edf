package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.search.semantic.SemanticStatus;
import studybot.testing.OfflineStudybotExtension;

class SearchByMeaningConfigTest {

    @RegisterExtension
    final OfflineStudybotExtension offline =
            OfflineStudybotExtension.withConfig(json -> json.replace("\"semantic\": true", "\"semantic\": false"));

    @Test
    void semanticFalseNeverLoadsTheModel(Studybot studybot) {
        Path data = studybot.config().dataFolder();

        studybot.startSearchByMeaning();

        assertThat(studybot.searchStatus().state()).isEqualTo(SemanticStatus.State.OFF);
        assertThat(studybot.searchStatus().describe()).contains("search.semantic is false");
        assertThat(Files.exists(data.resolve("native"))).isFalse();
        assertThat(Files.exists(data.resolve("embeddings"))).isFalse();
        assertThat(studybot.book().get().searchIndex().searchesByMeaning()).isFalse();
    }
}
