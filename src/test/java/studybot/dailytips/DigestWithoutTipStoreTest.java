package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.library.SectionNumber;
import studybot.posting.Nonces;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;
import studybot.tip.Tip;

/**
 * A due digest from a book with no tips (one not in English has none) is claimed like any post, on both stores: once
 * per server and day, kept without a tip or a question, read back as such after a restart, and resumed after its claim
 * lapses.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class DigestWithoutTipStoreTest {

    private static final long SERVER = 42;
    private static final LocalDate DAY = LocalDate.parse("2026-12-01");
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant CLAIMED_UNTIL = NOW.plus(Duration.ofMinutes(2));

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private static DailyTipStore.Claim newPost(boolean digestDue) {
        return new DailyTipStore.Claim(
                SERVER,
                DAY,
                Optional.empty(),
                List.of(),
                List.of(),
                tip -> {
                    throw new AssertionError("no tip, so no question is asked for");
                },
                digestDue);
    }

    @Test
    void aDueDigestIsClaimedOnceWithoutATip() {
        TestStores stores = TestStores.of(dialect, temp);
        try (Store store = stores.open(List.of(DailyTipService.MIGRATIONS))) {
            SqlDailyTipStore tips = new SqlDailyTipStore(store, new TipRotation());

            List<DailyPost> won = tips.claim(List.of(newPost(true)), NOW, CLAIMED_UNTIL);

            assertThat(won).singleElement().satisfies(post -> {
                assertThat(post.tip()).isEmpty();
                assertThat(post.questionId()).isEmpty();
                assertThat(post.nonce()).isEqualTo(Nonces.daily(SERVER, DAY));
            });
            assertThat(tips.claim(List.of(newPost(true)), NOW.plusSeconds(1), CLAIMED_UNTIL))
                    .as("the day's post is claimed once")
                    .isEmpty();
        }
        try (Store store = stores.open(List.of(DailyTipService.MIGRATIONS))) {
            SqlDailyTipStore tips = new SqlDailyTipStore(store, new TipRotation());
            DailyPost kept = tips.post(SERVER, DAY).orElseThrow();
            assertThat(kept.tip())
                    .as("read back as no tip, not a malformed section")
                    .isEmpty();
            assertThat(kept.inFlight()).isTrue();
            assertThat(tips.recentOrOpenPosts(DAY).get(SERVER)).containsExactly(kept);

            assertThat(tips.claim(
                            List.of(DailyTipStore.Claim.resume(kept)), CLAIMED_UNTIL, CLAIMED_UNTIL.plusSeconds(120)))
                    .as("a lapsed claim is resumed, still without a tip")
                    .singleElement()
                    .satisfies(post -> {
                        assertThat(post.tip()).isEmpty();
                        assertThat(post.nonce()).isEqualTo(kept.nonce());
                    });

            tips.recordSent(List.of(new DailyTipStore.SentPost(
                    SERVER, DAY, 7, new SentMessage(1000), OptionalLong.empty(), CLAIMED_UNTIL)));
            assertThat(tips.lastSent(SERVER)).hasValueSatisfying(sent -> {
                assertThat(sent.tip()).isEmpty();
                assertThat(sent.messageId()).hasValue(1000);
            });
        }
    }

    @Test
    void withoutADueDigestAnEmptyDeckMakesNoPost() {
        TestStores stores = TestStores.of(dialect, temp);
        try (Store store = stores.open(List.of(DailyTipService.MIGRATIONS))) {
            SqlDailyTipStore tips = new SqlDailyTipStore(store, new TipRotation());

            assertThat(tips.claim(List.of(newPost(false)), NOW, CLAIMED_UNTIL)).isEmpty();
            assertThat(tips.post(SERVER, DAY)).isEmpty();
        }
    }

    @Test
    void aDueDigestWithTipsStillTakesOne() {
        TestStores stores = TestStores.of(dialect, temp);
        Tip tip = new Tip(
                "tip-1", "Replicas serve reads.", SectionNumber.parse("20.1").orElseThrow());
        try (Store store = stores.open(List.of(DailyTipService.MIGRATIONS))) {
            SqlDailyTipStore tips = new SqlDailyTipStore(store, new TipRotation());
            DailyTipStore.Claim claim = new DailyTipStore.Claim(
                    SERVER, DAY, Optional.empty(), List.of(tip), List.of(), chosen -> Optional.of("card-1"), true);

            assertThat(tips.claim(List.of(claim), NOW, CLAIMED_UNTIL))
                    .singleElement()
                    .satisfies(post -> {
                        assertThat(post.tip()).contains(tip);
                        assertThat(post.questionId()).contains("card-1");
                    });
            assertThat(tips.post(SERVER, DAY).orElseThrow().tip()).contains(tip);
        }
    }
}
