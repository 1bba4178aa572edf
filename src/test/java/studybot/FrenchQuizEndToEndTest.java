package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.config.ConfigLoader;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.testing.TestConfig;

/**
 * A French book served as the console serves it: {@code /quiz next} asks a question made from its French text, its
 * choices the book's commands, and a French-speaking member's answer is checked and answered in French.
 */
class FrenchQuizEndToEndTest {

    private static final Path FRENCH_BOOK = Path.of("src/test/resources/books/facts/registre.html");
    private static final Set<String> COMMANDS = Set.of("ouvrir", "inscrire", "clore", "imprimer", "sauver");

    @TempDir
    Path temp;

    private OfflineStudybot running;
    private CommandRegistry registry;

    @BeforeEach
    void start() throws Exception {
        Path seeds = temp.resolve("seeds");
        Files.createDirectories(seeds.resolve("registre"));
        Files.copy(FRENCH_BOOK, seeds.resolve("registre/registre.html"));
        Path config = TestConfig.in(temp, temp.resolve("data"), seeds);
        Files.writeString(
                config,
                Files.readString(config)
                        .replace(
                                "\"maxTotalBytes\": 50000000",
                                "\"maxTotalBytes\": 50000000, \"default\": \"registre\""));
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
        running = OfflineStudybot.load(new ConfigLoader().load(config), clock);
        registry = running.studybot().registry();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void quizNextOnAFrenchBookIsAskedAndAnsweredInFrench() throws Exception {
        String book = Files.readString(FRENCH_BOOK);
        Asker french = Asker.console("operator").speaking(Locale.FRENCH, Locale.FRENCH);

        Reply question = registry.answer(french, "quiz", "next", Map.of("chapter", "1"));

        assertThat(text(question)).startsWith("Texte à trous").contains("La commande _____ permet d");
        String prompt = text(question)
                .lines()
                .filter(line -> line.contains("_____"))
                .findFirst()
                .orElseThrow();
        List<ReplyAction.Button> choices = question.actions().stream()
                .filter(action -> action instanceof ReplyAction.Button)
                .map(action -> (ReplyAction.Button) action)
                .filter(button -> COMMANDS.contains(button.label()))
                .toList();
        assertThat(choices).hasSize(4);
        ReplyAction.Button right = choices.stream()
                .filter(button -> book.contains(prompt.replace("_____", button.label() + "(1)"))
                        || book.contains(prompt.replace("_____", button.label() + "(8)")))
                .findFirst()
                .orElseThrow();

        Reply feedback = registry.click(french, right.id(), List.of());

        assertThat(text(feedback))
                .contains("Tu as répondu " + right.label() + ".")
                .doesNotContain("La réponse est");
    }

    private static String text(Reply reply) {
        return reply.title() + "\n" + reply.text().plainText() + "\n"
                + reply.fields().stream()
                        .map(field -> field.name() + "\n" + field.value().plainText())
                        .collect(Collectors.joining("\n"));
    }
}
