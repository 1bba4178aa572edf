package studybot.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sizing of the lookup cache in front of search and completions. Bounded so a flood of distinct queries can't grow
 * memory without limit; expiring after access so rarely asked queries make room for popular ones.
 */
public record CacheConfig(
        @JsonProperty(value = "maximumSize", required = true)
        long maximumSize,

        @JsonProperty(value = "expireAfterAccessSeconds", required = true)
        long expireAfterAccessSeconds,

        @JsonProperty(value = "recordStats", required = true)
        boolean recordStats) {

    public CacheConfig {
        ConfigChecks.positive("cache.maximumSize", maximumSize);
        ConfigChecks.positive("cache.expireAfterAccessSeconds", expireAfterAccessSeconds);
    }
}
