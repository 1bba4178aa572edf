package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studybot.dailytips.DailyTipsFixture.settings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.i18n.Languages;
import studybot.posting.Fanout;
import studybot.posting.SharedPostingRate;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * Several processes over one store, each a service with its own connection (pool): they post only for the servers they
 * own, and where their ranges overlap the claim in the store lets exactly one of them post.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class SeveralProcessesTest {

    @Parameter
    Dialect dialect;

    private static final Instant BEFORE = Instant.parse("2024-06-01T08:59:00Z");
    private static final Instant NINE = Instant.parse("2024-06-01T09:00:00Z");
    private static final List<Long> SERVERS =
            LongStream.rangeClosed(1, 40).boxed().toList();

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(BEFORE);
    private final FakeTipChannel discord = new FakeTipChannel(clock);
    private final List<Store> opened = new ArrayList<>();
    private TestStores stores;

    @AfterEach
    void close() {
        opened.forEach(Store::close);
    }

    @Test
    void eachProcessPostsOnlyForItsOwnServers() {
        DailyTipService even = process(server -> server % 2 == 0);
        DailyTipService odd = process(server -> server % 2 == 1);
        SERVERS.forEach(server -> even.saveSettings(server, settings(1000 + server, "09:00", "UTC")));

        clock.set(NINE);
        even.runDue();

        assertThat(discord.messages())
                .extracting(FakeTipChannel.Message::channelId)
                .containsExactlyInAnyOrderElementsOf(SERVERS.stream()
                        .filter(s -> s % 2 == 0)
                        .map(s -> 1000 + s)
                        .toList());
        odd.runDue();
        assertThat(discord.messages()).hasSize(SERVERS.size());
        assertThat(odd.tipsPostedToday()).as("counted across processes").isEqualTo(SERVERS.size());
    }

    @Test
    void processesWithTheSameServersRacingPostEachTipOnce() {
        List<DailyTipService> processes =
                List.of(process(server -> true), process(server -> true), process(server -> server > 20));
        SERVERS.forEach(server -> processes.get(0).saveSettings(server, settings(1000 + server, "09:00", "UTC")));
        clock.set(NINE);

        CompletableFuture.allOf(processes.stream()
                        .map(process -> CompletableFuture.runAsync(process::runDue))
                        .toArray(CompletableFuture[]::new))
                .join();

        assertThat(discord.messages()).hasSize(SERVERS.size());
        assertThat(discord.attempts()).as("the losers of a claim never send").hasSize(SERVERS.size());
    }

    @Test
    void aPostClaimedByAProcessThatDiedIsResumedByAnotherOnceTheClaimLapses() {
        DailyTipService dying = process(server -> true);
        DailyTipService survivor = process(server -> true);
        dying.saveSettings(7, settings(1007, "09:00", "UTC"));
        clock.set(NINE);
        discord.crashNextAfterCreating();
        assertThatThrownBy(dying::runDue).isInstanceOf(SimulatedCrash.class);

        clock.advance(DailyTipsFixture.CLAIM.minusSeconds(1));
        survivor.runDue();
        assertThat(discord.attempts()).as("the claim still holds").hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        survivor.runDue();
        survivor.runDue();

        assertThat(discord.attempts())
                .as("resent once, with the same nonce")
                .hasSize(2)
                .extracting(FakeTipChannel.Attempt::nonce)
                .containsOnly(discord.attempts().get(0).nonce());
        FakeTipChannel.Message only =
                assertThat(discord.messages()).singleElement().actual();
        assertThat(survivor.status(7).lastPost().orElseThrow().messageId()).isEqualTo(only.messageId());
    }

    @Test
    void theSharedRateHandsEveryProcessItsOwnSlots() throws Exception {
        Store first = open();
        Store second = open();
        double perSecond = 200;
        List<SharedPostingRate> rates = List.of(
                new SharedPostingRate(first, Clock.systemUTC(), perSecond, 5),
                new SharedPostingRate(second, Clock.systemUTC(), perSecond, 5));
        List<Long> sentAt = new ArrayList<>();
        int each = 40;

        CompletableFuture.allOf(rates.stream()
                        .map(rate -> CompletableFuture.runAsync(() -> {
                            for (int i = 0; i < each; i++) {
                                try {
                                    rate.acquire();
                                } catch (InterruptedException e) {
                                    throw new IllegalStateException(e);
                                }
                                synchronized (sentAt) {
                                    sentAt.add(System.nanoTime());
                                }
                            }
                        }))
                        .toArray(CompletableFuture[]::new))
                .join();

        long spanMillis = (sentAt.stream().mapToLong(Long::longValue).max().orElseThrow()
                        - sentAt.stream().mapToLong(Long::longValue).min().orElseThrow())
                / 1_000_000;
        assertThat(sentAt).hasSize(2 * each);
        // Each process alone would take 39 slots (~195 ms); sharing the rate takes 79 (~395 ms). A sender is timed
        // after it wakes, so the first may be late by the scheduler's jitter: allow two reservations' worth (50 ms).
        assertThat(spanMillis)
                .as("80 requests at 200/s together take about 79 slots of 5 ms")
                .isGreaterThanOrEqualTo(Math.round((2 * each - 1) * 1000 / perSecond) - 50);
    }

    private DailyTipService process(LongPredicate owns) {
        Store database = open();
        return new DailyTipService(
                database,
                server -> DailyTipsFixture.tips(5),
                (server, section) -> Optional.of("Section " + section),
                discord,
                clock,
                DailyTipsFixture.BACKOFF,
                Fanout.of(
                        owns,
                        new SharedPostingRate(database, Clock.systemUTC(), DailyTipsFixture.FAST, 10),
                        DailyTipsFixture.SEND_TIMEOUT),
                server -> Languages.ENGLISH);
    }

    private Store open() {
        if (stores == null) {
            stores = TestStores.of(dialect, temp);
        }
        Store store = stores.open(List.of(DailyTipService.MIGRATIONS, SharedPostingRate.MIGRATIONS));
        opened.add(store);
        return store;
    }
}
