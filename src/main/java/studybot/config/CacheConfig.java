package studybot.config;

/**
 * Sizing of the lookup cache in front of search and completions. Bounded so a flood of distinct queries can't grow
 * memory without limit; expiring after access so rarely asked queries make room for popular ones.
 */
public record CacheConfig(long maximumSize, long expireAfterAccessSeconds, boolean recordStats) {

    public CacheConfig {
        ConfigChecks.positive("cache.maximumSize", maximumSize);
        ConfigChecks.positive("cache.expireAfterAccessSeconds", expireAfterAccessSeconds);
    }
}
