package studybot.config;

import java.util.ArrayList;
import java.util.List;
import studybot.config.JsonValue.JsonObject;

/**
 * Builds {@link StudybotConfig} from the config tree (the file laid over {@code defaults.json}) key by key. Jackson's
 * record binding did the same, but its first use in a JVM spends 80–200 ms introspecting the 13 records (their
 * annotations and creators) on the main thread before the login, where reading each key by name takes a few
 * milliseconds. The keys it reads are the config's keys: {@code ConfigDocumentationTest} holds them to
 * {@code defaults.json} and {@code docs/configuration.md} ({@link #keysRead}); the ranges are still checked by the
 * records' constructors, whose messages are the ones the host sees.
 */
final class ConfigBinder {

    private ConfigBinder() {}

    /**
     * @throws IllegalArgumentException naming the first key (in {@code defaults.json}'s order) whose value is of the
     *     wrong type or out of range
     */
    static StudybotConfig bind(JsonObject tree) {
        return bind(ConfigNode.root(tree, key -> {}));
    }

    /** The path of every key {@link #bind} reads from {@code tree} ({@code book.uploads.maxBytes}), in its order. */
    static List<String> keysRead(JsonObject tree) {
        List<String> keys = new ArrayList<>();
        bind(ConfigNode.root(tree, keys::add));
        return keys;
    }

    private static StudybotConfig bind(ConfigNode root) {
        return new StudybotConfig(
                root.path("seedsFolder"),
                root.path("dataFolder"),
                book(root.section("book")),
                cache(root.section("cache")),
                search(root.section("search")),
                section(root.section("section")),
                discord(root.section("discord")),
                reload(root.section("reload")),
                dailyTips(root.section("dailyTips")),
                store(root.section("store")),
                metrics(root.section("metrics")),
                threads(root.section("threads")));
    }

    private static BookConfig book(ConfigNode book) {
        return new BookConfig(
                book.longInteger("maxFileBytes"),
                book.longInteger("maxTotalBytes"),
                book.text("default"),
                book.texts("aliases"),
                book.text("language"),
                book.texts("languages"),
                uploads(book.section("uploads")));
    }

    private static UploadsConfig uploads(ConfigNode uploads) {
        return new UploadsConfig(uploads.bool("enabled"), uploads.longInteger("maxBytes"), uploads.integer("maxBooks"));
    }

    private static CacheConfig cache(ConfigNode cache) {
        return new CacheConfig(
                cache.longInteger("maximumSize"),
                cache.longInteger("expireAfterAccessSeconds"),
                cache.bool("recordStats"));
    }

    private static SearchConfig search(ConfigNode search) {
        return new SearchConfig(search.integer("maxResults"), search.bool("semantic"));
    }

    private static SectionConfig section(ConfigNode section) {
        return new SectionConfig(section.integer("pageCharacters"));
    }

    private static DiscordConfig discord(ConfigNode discord) {
        return new DiscordConfig(
                discord.longIntegers("guildIds"),
                discord.integer("shutdownGraceSeconds"),
                discord.bool("userInstall"),
                shards(discord.section("shards")));
    }

    private static ShardsConfig shards(ConfigNode shards) {
        return new ShardsConfig(shards.integer("total"), shards.integer("from"), shards.integer("to"));
    }

    private static ReloadConfig reload(ConfigNode reload) {
        return new ReloadConfig(reload.bool("watch"), reload.longInteger("quietPeriodMillis"));
    }

    private static DailyTipsConfig dailyTips(ConfigNode dailyTips) {
        return new DailyTipsConfig(dailyTips.integer("checkIntervalSeconds"), dailyTips.integer("sendTimeoutSeconds"));
    }

    private static StoreConfig store(ConfigNode store) {
        return new StoreConfig(
                store.text("url"), store.text("user"), store.integer("poolSize"), store.integer("busyTimeoutMillis"));
    }

    private static MetricsConfig metrics(ConfigNode metrics) {
        return new MetricsConfig(metrics.text("host"), metrics.integer("port"));
    }

    private static ThreadsConfig threads(ConfigNode threads) {
        return new ThreadsConfig(threads.integer("autoArchiveMinutes"), threads.integer("perServerPerDay"));
    }
}
