package studybot.config;

import java.util.Map;

/**
 * The optional Prometheus endpoint for the command timers and counters {@code /stats} shows. {@code port} 0, the
 * default, serves nothing; it listens on {@code host}, loopback by default, so that nothing is open beyond the machine
 * unless the operator says so. Each process of a service template can take its own port from {@link #PORT_VARIABLE},
 * which overrides the file, as the shard range does.
 */
public record MetricsConfig(String host, int port) {

    public static final String PORT_VARIABLE = "STUDYBOT_METRICS_PORT";

    public MetricsConfig {
        if (host.isBlank()) {
            throw new IllegalArgumentException("metrics.host must name an address to listen on, e.g. 127.0.0.1");
        }
        ConfigChecks.between("metrics.port", port, 0, 65535);
    }

    /** Whether the endpoint is served at all. */
    public boolean enabled() {
        return port != 0;
    }

    /**
     * These settings with {@link #PORT_VARIABLE} from {@code environment} taking the place of the port (blank counts as
     * unset).
     *
     * @throws IllegalArgumentException naming the variable when its value is not a port number
     */
    public MetricsConfig overriddenBy(Map<String, String> environment) {
        String value = environment.get(PORT_VARIABLE);
        if (value == null || value.isBlank()) {
            return this;
        }
        try {
            return new MetricsConfig(host, Integer.parseInt(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    PORT_VARIABLE + " must be a port number from 0 (off) to 65535, was '" + value + "'", e);
        }
    }
}
