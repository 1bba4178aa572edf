package studybot.book;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import studybot.config.CacheConfig;
import studybot.search.QueryVectors;
import studybot.search.SearchResults;
import studybot.section.Completion;

/**
 * Caffeine in front of search, query vectors and completions, for one {@link Book}. Keys are normalised
 * (Unicode-compatible form, lower case, single spaces) so {@code " Pooling"} and {@code "pooling"} share an entry, and
 * the answer is computed from the normalised key so an entry can only ever hold the answer to its own key. Maintenance
 * runs on the calling thread: handing it to the common pool made one cache hit in a hundred wait ~10 µs for a wake-up.
 */
public final class LookupCache implements QueryVectors {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Cache<String, SearchResults> searches;
    private final Cache<String, List<Completion>> completions;
    private final Cache<String, float[]> queryVectors;

    public LookupCache(CacheConfig config) {
        this.searches = build(config);
        this.completions = build(config);
        this.queryVectors = build(config);
    }

    private static <V> Cache<String, V> build(CacheConfig config) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumSize(config.maximumSize())
                .expireAfterAccess(Duration.ofSeconds(config.expireAfterAccessSeconds()));
        if (config.recordStats()) {
            builder.recordStats();
        }
        return builder.build();
    }

    /** Results ranked under load ({@link SearchResults#underLoad()}) are answered but not kept. */
    SearchResults search(String query, Function<String, SearchResults> searcher) {
        String key = normalise(query);
        SearchResults kept = searches.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        SearchResults fresh = searcher.apply(key);
        if (!fresh.underLoad()) {
            searches.put(key, fresh);
        }
        return fresh;
    }

    /** Starts what searching {@code query} will need, unless its results are kept already. */
    void foresee(String query, Consumer<String> foresight) {
        String key = normalise(query);
        if (!searches.asMap().containsKey(key)) {
            foresight.accept(key);
        }
    }

    List<Completion> complete(String prefix, Function<String, List<Completion>> completer) {
        return completions.get(normalise(prefix), completer);
    }

    /** Search passes the normalised query, so equal queries share one vector however they were typed. */
    @Override
    public Optional<float[]> vector(String query) {
        return Optional.ofNullable(queryVectors.getIfPresent(query));
    }

    @Override
    public void keep(String query, float[] vector) {
        queryVectors.put(query, vector);
    }

    /** Search by meaning is ready: results ranked by BM25 alone are dropped, to be ranked again with it. */
    @Override
    public void searchesChanged() {
        searches.invalidateAll();
    }

    /** Hits, misses and evictions of both caches together. */
    public CacheStats stats() {
        return searches.stats().plus(completions.stats());
    }

    /** Entries held now, across both caches. */
    public long size() {
        return searches.estimatedSize() + completions.estimatedSize();
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        return SPACES.matcher(folded.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
