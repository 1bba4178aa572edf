package studybot.language;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.i18n.ServerLanguages;

/**
 * Each server's chosen language as the registry reads it on every call, held in memory: {@code /section} and
 * {@code /search} answer without the store, so looking the language up must not make them wait for it. A server's
 * choice is read once and re-read in the background when it is a minute old (another process may have changed it),
 * keeping the old one if that fails; a change made here is written through. A call waits at most {@link #LONGEST_WAIT}
 * for a choice not yet in memory; while the store cannot be read, the server's preferred language is used and the read
 * is tried again {@link #RETRY_AFTER} later.
 */
public final class ChosenLanguages implements ServerLanguages {

    /** How long a call waits for a server's choice that is not in memory yet. */
    static final Duration LONGEST_WAIT = Duration.ofMillis(250);

    /** How old a choice gets before the next call has it read again, in the background. */
    static final Duration REREAD_AFTER = Duration.ofMinutes(1);

    /** How long a failed read stands for "no choice" before the store is asked again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(ChosenLanguages.class);

    private final SqlServerLanguageStore store;
    private final AsyncLoadingCache<Long, Lookup> chosen;

    public ChosenLanguages(SqlServerLanguageStore store) {
        this.store = store;
        this.chosen = Caffeine.newBuilder()
                .maximumSize(100_000)
                .refreshAfterWrite(REREAD_AFTER)
                .expireAfter(Expiry.<Long, Lookup>writing(
                        (server, lookup) -> lookup.failed() ? RETRY_AFTER : Duration.ofDays(365)))
                .buildAsync(new CacheLoader<Long, Lookup>() {
                    @Override
                    public Lookup load(Long server) {
                        return lookUp(server);
                    }

                    @Override
                    public Lookup reload(Long server, Lookup old) {
                        Lookup fresh = lookUp(server);
                        return fresh.failed() ? old : fresh;
                    }
                });
    }

    @Override
    public Optional<Locale> chosenFor(long serverId) {
        CompletableFuture<Lookup> lookup = chosen.get(serverId);
        try {
            return lookup.get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS).language();
        } catch (TimeoutException e) {
            LOG.info(
                    "The language of server {} is not read yet (the store is opening, or slow): its preferred one is"
                            + " used",
                    serverId);
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.error("Reading the language of server {} failed unexpectedly", serverId, e.getCause());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The server's public messages are in {@code language} from now on. */
    public void choose(long serverId, Locale language) {
        store.choose(serverId, language);
        chosen.put(serverId, CompletableFuture.completedFuture(new Lookup(Optional.of(language), false)));
    }

    /** The server uses its preferred language again; whether it had chosen one. */
    public boolean forget(long serverId) {
        boolean had = store.forget(serverId);
        chosen.put(serverId, CompletableFuture.completedFuture(new Lookup(Optional.empty(), false)));
        return had;
    }

    private Lookup lookUp(long serverId) {
        try {
            return new Lookup(store.chosen(serverId), false);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the language of server {}: its preferred one is used for now", serverId, e);
            return new Lookup(Optional.empty(), true);
        }
    }

    /** What reading a server's choice gave: the language, or none because the store could not be read. */
    private record Lookup(Optional<Locale> language, boolean failed) {}
}
