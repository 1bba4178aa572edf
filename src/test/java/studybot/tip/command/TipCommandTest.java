package studybot.tip.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.CommandRegistry;
import studybot.command.Feature;
import studybot.command.StoreFeature;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Texts;
import studybot.library.TestBooks;
import studybot.reply.Reply;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;
import studybot.tip.MemoryTipRotation;
import studybot.tip.SqlTipRotationStore;

class TipCommandTest {

    private final Book book = new BookBinder(
                    new CacheConfig(100, 60, true), new SearchConfig(5, false), new KeyFactExtractor())
            .bind(TestBooks.seed());
    private final CommandRegistry registry = new CommandRegistry(
            BooksByPlace.everywhere(new CurrentBook(book)),
            List.of(Feature.of(new TipCommand(new MemoryTipRotation(new SplittableRandom(11)), Texts.load("tip")))));

    @Test
    void aChannelSeesEveryTipBeforeAnyRepeatsWhoeverAsks() {
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < book.tips().size(); i++) {
            Asker asker = member(100 + i % 3, 555L);
            Reply reply = registry.answer(asker, "tip", "", Map.of());
            assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
            assertThat(texts.add(reply.text().plainText()))
                    .as(reply.text().plainText())
                    .isTrue();
        }
        assertThat(texts).hasSize(book.tips().size());
    }

    @Test
    void theConsoleHasARotationOfItsOwn() {
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < book.tips().size(); i++) {
            texts.add(registry.answer(Asker.console("reader"), "tip", "", Map.of())
                    .text()
                    .plainText());
        }
        assertThat(texts).hasSize(book.tips().size());
    }

    @Test
    void overTheStoreItRunsWhereStoreWorkRunsAndCanStillAnswerWithoutIt(@TempDir Path temp) {
        try (Store store = TestStores.of(Dialect.SQLITE, temp).open(List.of(SqlTipRotationStore.MIGRATIONS))) {
            CommandRegistry stored = new CommandRegistry(
                    BooksByPlace.everywhere(new CurrentBook(book)),
                    List.of(new StoreFeature(Feature.of(new TipCommand(
                            new SqlTipRotationStore(store, new SplittableRandom(4)), Texts.load("tip"))))));
            assertThat(stored.usesStore("tip")).isTrue();
            assertThat(stored.answer(member(100, 555L), "tip", "", Map.of()).kind())
                    .isEqualTo(Reply.Kind.CONTENT);
            Reply withoutStore = stored.answerWithoutStore(member(100, 555L), "tip", "", Map.of())
                    .orElseThrow()
                    .get();
            assertThat(withoutStore.kind()).isEqualTo(Reply.Kind.CONTENT);
            assertThat(book.tips().tips())
                    .anySatisfy(
                            tip -> assertThat(withoutStore.text().plainText()).isEqualTo(tip.text()));
        }
        assertThat(registry.usesStore("tip")).as("kept in memory").isFalse();
        assertThat(registry.answerWithoutStore(member(100, 555L), "tip", "", Map.of()))
                .isEmpty();
    }

    private static Asker member(long userId, long channelId) {
        return Asker.inServer(userId, "member " + userId, 42L, channelId, false);
    }
}
