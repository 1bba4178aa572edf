package studybot.tip.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.CommandRegistry;
import studybot.command.Feature;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Texts;
import studybot.library.BookLanguage;
import studybot.library.TestBooks;
import studybot.reply.Reply;
import studybot.tip.MemoryTipRotation;

/** {@code /tip} on a book not in English says why it has no tips, instead of promising some later. */
class TipCommandBookLanguageTest {

    private final Book french = new BookBinder(
                    new CacheConfig(100, 60, true), new SearchConfig(5, false), new KeyFactExtractor())
            .bind(TestBooks.seed().withLanguage(new BookLanguage("it")));
    private final CommandRegistry registry = new CommandRegistry(
            BooksByPlace.everywhere(new CurrentBook(french)),
            List.of(Feature.of(new TipCommand(new MemoryTipRotation(new SplittableRandom(11)), Texts.load("tip")))));

    @Test
    void anItalianBookHasNoTipsBecauseOfItsLanguageNotYet() {
        Asker asker = Asker.inServer(100, "membre", 42L, 555L, false).speaking(Locale.FRENCH, Locale.FRENCH);

        Reply reply = registry.answer(asker, "tip", "", Map.of());

        assertThat(french.tips().tips()).isEmpty();
        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText())
                .doesNotContain("pas encore")
                .contains("Écrit en italien")
                .contains(
                        "les astuces et les quiz ne sont construits que pour les livres en anglais, français, espagnol et allemand, donc ce livre n’en a pas");
    }
}
