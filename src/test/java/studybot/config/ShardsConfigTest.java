package studybot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShardsConfigTest {

    private static final Path SHIPPED = Path.of("config/studybot.json");

    @TempDir
    Path temp;

    @Test
    void theShippedConfigRunsEveryShardWithTheCountChosenByDiscord() throws Exception {
        ShardsConfig shards = new ConfigLoader().load(SHIPPED).discord().shards();

        assertThat(shards).isEqualTo(ShardsConfig.automatic());
        assertThat(shards.isAutomatic()).isTrue();
    }

    @Test
    void theEnvironmentTakesThePlaceOfTheFile() throws Exception {
        StudybotConfig config = new ConfigLoader()
                .load(
                        SHIPPED,
                        Map.of(
                                ShardsConfig.TOTAL_VARIABLE,
                                "8",
                                ShardsConfig.FROM_VARIABLE,
                                " 2 ",
                                ShardsConfig.TO_VARIABLE,
                                "3"));

        assertThat(config.discord().shards()).isEqualTo(new ShardsConfig(8, 2, 3));
        assertThat(config.discord().shards()).hasToString("shards 2-3 of 8");
        assertThat(new ConfigLoader()
                        .load(SHIPPED, Map.of(ShardsConfig.TOTAL_VARIABLE, ""))
                        .discord()
                        .shards())
                .isEqualTo(ShardsConfig.automatic());
    }

    @Test
    void oneVariableOverridesOnlyItsOwnValue() throws Exception {
        Path file = temp.resolve("studybot.json");
        Files.writeString(
                file,
                Files.readString(SHIPPED)
                        .replace("\"total\": 0", "\"total\": 4")
                        .replace("\"to\": 0", "\"to\": 3"));

        assertThat(new ConfigLoader()
                        .load(file, Map.of(ShardsConfig.FROM_VARIABLE, "3"))
                        .discord()
                        .shards())
                .isEqualTo(new ShardsConfig(4, 3, 3));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0|0|1|discord.shards.from and discord.shards.to must be 0 when discord.shards.total is 0",
                "-1|0|0|discord.shards.total must be between 0 and 100000, was -1",
                "2|2|2|discord.shards.from must be between 0 and 1, was 2",
                "4|3|1|discord.shards.to must be between 3 and 3, was 1",
                "4|0|4|discord.shards.to must be between 0 and 3, was 4",
            })
    void aBadRangeInTheFileIsNamed(int total, int from, int to, String expected) throws Exception {
        String json = Files.readString(SHIPPED)
                .replace("\"total\": 0", "\"total\": " + total)
                .replace("\"from\": 0", "\"from\": " + from)
                .replace("\"to\": 0", "\"to\": " + to);

        assertThatThrownBy(() -> new ConfigLoader().parse(Path.of("bad.json"), json))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("bad.json: ")
                .hasMessageContaining(expected);
    }

    @Test
    void aBadVariableIsNamed() {
        assertThatThrownBy(() -> new ConfigLoader().load(SHIPPED, Map.of(ShardsConfig.TOTAL_VARIABLE, "two")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("STUDYBOT_SHARDS_TOTAL must be a whole number, was 'two'");
        assertThatThrownBy(() -> new ConfigLoader()
                        .load(SHIPPED, Map.of(ShardsConfig.TOTAL_VARIABLE, "2", ShardsConfig.FROM_VARIABLE, "5")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("discord.shards.from must be between 0 and 1, was 5")
                .hasMessageContaining("from the environment");
    }
}
