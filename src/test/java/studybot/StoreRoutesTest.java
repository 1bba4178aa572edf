package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.command.CommandRegistry;
import studybot.command.CommandSpec;
import studybot.testing.OfflineStudybotExtension;

/**
 * The registry the composition root builds knows, from the tables each feature declared, which commands and clicks use
 * the store, so Discord runs them on the store handlers and never on those answering {@code /section} and
 * {@code /search}: every command of a feature with tables, and every click route it owns.
 */
class StoreRoutesTest {

    @RegisterExtension
    final OfflineStudybotExtension offline = OfflineStudybotExtension.shipped();

    @Test
    void everyCommandAndClickThatTouchesTheStoreRunsWhereStoreWorkRuns(Studybot studybot) {
        CommandRegistry registry = studybot.registry();

        assertThat(registry.specs().stream().map(CommandSpec::name).filter(registry::usesStore))
                .containsExactlyInAnyOrder(
                        "tip",
                        "book",
                        "stats",
                        "tips",
                        "quiz",
                        "remind",
                        "round",
                        "plan",
                        "discuss",
                        "read",
                        "unread",
                        "progress",
                        "privacy",
                        "language");
        assertThat(registry.specs().stream().map(CommandSpec::name).filter(name -> !registry.usesStore(name)))
                .containsExactlyInAnyOrder("section", "search", "help");
        assertThat(registry.clickUsesStore("read:20.4")).as("Mark as read").isTrue();
        assertThat(registry.clickUsesStore("remind:snooze:1"))
                .as("a reminder's Snooze")
                .isTrue();
        assertThat(registry.clickUsesStore("progress-forget"))
                .as("forgetting read marks")
                .isTrue();
        assertThat(registry.clickUsesStore("book:remove:notes:0123456789abcdef"))
                .as("removing a server's book")
                .isTrue();
        assertThat(registry.clickUsesStore("privacy-forget:0123456789abcdef"))
                .as("forgetting everything about a member")
                .isTrue();
        assertThat(registry.clickUsesStore("quiz:forget"))
                .as("forgetting quiz answers")
                .isTrue();
        assertThat(registry.clickUsesStore("quiz:a:b0123456789abcdef:12345678"))
                .as("a quiz answer")
                .isTrue();
        assertThat(registry.clickUsesStore("round:a:miq2b5s0:0:12345678"))
                .as("a round answer")
                .isTrue();
        assertThat(registry.clickUsesStore("nav:20.4:1")).as("paging a section").isFalse();
        assertThat(registry.clickUsesStore("open:20.4:0")).as("opening a hit").isFalse();
    }
}
