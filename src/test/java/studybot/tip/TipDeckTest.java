package studybot.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studybot.facts.KeyFact;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyFacts;
import studybot.library.TestBooks;

class TipDeckTest {

    private static KeyFacts facts;
    private static TipDeck deck;

    @BeforeAll
    static void loadTheSeed() {
        facts = new KeyFactExtractor().extract(TestBooks.seed());
        deck = TipDeck.of(facts);
    }

    @Test
    void everyTipIsAKeyFactOfItsSection() {
        assertThat(deck.tips()).isNotEmpty().hasSameSizeAs(facts.all());
        for (Tip tip : deck.tips()) {
            assertThat(facts.of(tip.source())).extracting(KeyFact::text).contains(tip.text());
        }
    }

    @Test
    void noTipIsTheChatterTheIssueReported() {
        assertThat(deck.tips())
                .extracting(Tip::text)
                .noneMatch(text -> text.contains("fork in the road")
                        || text.contains("party pooper")
                        || text.contains("The Party Line")
                        || text.startsWith("Right")
                        || text.contains("?"));
    }

    @Test
    void idsKeepTheirDerivationSoDailyRotationsSurviveTheChange() {
        assertThat(deck.tips()).allSatisfy(tip -> assertThat(tip.id()).isEqualTo(TipDeck.idOf(tip.text())));
        assertThat(TipDeck.idOf("A cache is a high-speed data storage layer that lets you serve copies of frequently"
                        + " accessed data, lightning fast."))
                .hasSize(16)
                .matches("[0-9a-f]{16}");
        assertThat(deck.tips()).extracting(Tip::id).doesNotHaveDuplicates();
    }

    @Test
    void rotationShowsEveryTipInAChannelBeforeAnyRepeats() {
        MemoryTipRotation rotation = new MemoryTipRotation(new SplittableRandom(3));
        for (int round = 0; round < 3; round++) {
            Set<String> shown = new HashSet<>();
            for (int i = 0; i < deck.size(); i++) {
                assertThat(shown.add(rotation.next(42L, deck).orElseThrow().id()))
                        .isTrue();
            }
            assertThat(shown).hasSize(deck.size());
        }
    }

    @Test
    void channelsRotateIndependently() {
        MemoryTipRotation rotation = new MemoryTipRotation(new SplittableRandom(5));
        Set<String> first = new HashSet<>();
        for (int i = 0; i < deck.size() - 1; i++) {
            first.add(rotation.next(1L, deck).orElseThrow().id());
        }
        Set<String> second = new HashSet<>();
        for (int i = 0; i < deck.size(); i++) {
            second.add(rotation.next(2L, deck).orElseThrow().id());
        }
        assertThat(second).hasSize(deck.size());
        String last = rotation.next(1L, deck).orElseThrow().id();
        assertThat(first).doesNotContain(last);
    }

    @Test
    void aNewRoundNeverOpensWithTheTipThatClosedTheLast() {
        TipDeck two = new TipDeck(deck.tips().subList(0, 2));
        for (long seed = 0; seed < 20; seed++) {
            MemoryTipRotation rotation = new MemoryTipRotation(new SplittableRandom(seed));
            List<String> ids = List.of(
                    rotation.next(9L, two).orElseThrow().id(),
                    rotation.next(9L, two).orElseThrow().id(),
                    rotation.next(9L, two).orElseThrow().id());
            assertThat(ids.get(2)).isNotEqualTo(ids.get(1));
        }
    }

    @Test
    void anEmptyDeckGivesNothing() {
        assertThat(new MemoryTipRotation(new SplittableRandom(1)).next(1L, new TipDeck(List.of())))
                .isEmpty();
        assertThat(new TipDeck(List.of()).random(new SplittableRandom(1))).isEmpty();
    }
}
