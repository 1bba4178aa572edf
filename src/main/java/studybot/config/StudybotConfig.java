package studybot.config;

import java.nio.file.Path;

/**
 * Everything about a running studybot that the host may change, read from {@code config/studybot.json}. Every key is
 * optional, with the default {@code docs/configuration.md} lists ({@link ConfigLoader} fills them in), but an unknown
 * key stops startup, so a typo is never silently ignored. Secrets never live here: the Discord token and the store's
 * password come from the environment.
 *
 * @param seedsFolder where the book's {@code *.txt} files are; a relative path is relative to the config file's folder
 * @param dataFolder where the store and the logs go; a relative path is relative to the config file's folder
 */
public record StudybotConfig(
        Path seedsFolder,

        Path dataFolder,
        BookConfig book,
        CacheConfig cache,
        SearchConfig search,
        SectionConfig section,
        DiscordConfig discord,
        ReloadConfig reload,
        DailyTipsConfig dailyTips,
        StoreConfig store,
        MetricsConfig metrics,
        ThreadsConfig threads) {

    /** This config with relative folders resolved against {@code folder} (absolute ones are kept). */
    public StudybotConfig resolvedAgainst(Path folder) {
        return new StudybotConfig(
                folder.resolve(seedsFolder).normalize(),
                folder.resolve(dataFolder).normalize(),
                book,
                cache,
                search,
                section,
                discord,
                reload,
                dailyTips,
                store,
                metrics,
                threads);
    }

    /** This config with other Discord settings, e.g. a shard range from the environment. */
    public StudybotConfig withDiscord(DiscordConfig otherDiscord) {
        return new StudybotConfig(
                seedsFolder,
                dataFolder,
                book,
                cache,
                search,
                section,
                otherDiscord,
                reload,
                dailyTips,
                store,
                metrics,
                threads);
    }

    /** This config with other metrics settings, e.g. a port from the environment. */
    public StudybotConfig withMetrics(MetricsConfig otherMetrics) {
        return new StudybotConfig(
                seedsFolder,
                dataFolder,
                book,
                cache,
                search,
                section,
                discord,
                reload,
                dailyTips,
                store,
                otherMetrics,
                threads);
    }
}
