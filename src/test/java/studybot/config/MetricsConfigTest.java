package studybot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsConfigTest {

    private static final Path SHIPPED = Path.of("config/studybot.json");

    @Test
    void offByDefaultAndOnLoopbackWhenOn() throws Exception {
        MetricsConfig metrics =
                new ConfigLoader().parse(Path.of("empty.json"), "{}").metrics();

        assertThat(metrics).isEqualTo(new MetricsConfig("127.0.0.1", 0));
        assertThat(metrics.enabled()).isFalse();
        assertThat(new ConfigLoader().load(SHIPPED).metrics().enabled()).isFalse();
    }

    @Test
    void theEnvironmentTakesThePlaceOfTheFilesPort() throws Exception {
        String json = "{\"metrics\": {\"host\": \"0.0.0.0\", \"port\": 9400}}";
        MetricsConfig fromFile =
                new ConfigLoader().parse(Path.of("m.json"), json).metrics();

        assertThat(fromFile.overriddenBy(Map.of(MetricsConfig.PORT_VARIABLE, " 9402 ")))
                .isEqualTo(new MetricsConfig("0.0.0.0", 9402));
        assertThat(fromFile.overriddenBy(Map.of(MetricsConfig.PORT_VARIABLE, "")))
                .isEqualTo(fromFile);
        assertThat(new ConfigLoader()
                        .load(SHIPPED, Map.of(MetricsConfig.PORT_VARIABLE, "9401"))
                        .metrics())
                .isEqualTo(new MetricsConfig("127.0.0.1", 9401));
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> new ConfigLoader().load(SHIPPED, Map.of(MetricsConfig.PORT_VARIABLE, "nine")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("STUDYBOT_METRICS_PORT must be a port number from 0 (off) to 65535, was 'nine'");
        assertThatThrownBy(() -> new ConfigLoader().load(SHIPPED, Map.of(MetricsConfig.PORT_VARIABLE, "70000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("was '70000'");
        assertThatThrownBy(() -> new ConfigLoader().parse(Path.of("bad.json"), "{\"metrics\": {\"port\": -1}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("bad.json: metrics.port must be between 0 and 65535, was -1");
        assertThatThrownBy(() -> new ConfigLoader().parse(Path.of("bad.json"), "{\"metrics\": {\"host\": \" \"}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("metrics.host must name an address to listen on");
    }
}
