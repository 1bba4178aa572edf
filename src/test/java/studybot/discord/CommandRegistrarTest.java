package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.Test;

/** Startup waits for the registration before the work that can wait: a process that registers nothing says so. */
class CommandRegistrarTest {

    private static final List<CommandData> COMMANDS = List.of(Commands.slash("search", "Find sections"));

    @Test
    void aProcessWithoutTheFirstShardHasNothingToRegister() throws Exception {
        CommandRegistrar registrar = new CommandRegistrar(COMMANDS, List.of(), false);

        assertThat(registrar.awaitRegistered(0, TimeUnit.MILLISECONDS)).isTrue();
    }

    @Test
    void theFirstShardsProcessWaitsForTheGlobalRegistration() throws Exception {
        CommandRegistrar registrar = new CommandRegistrar(COMMANDS, List.of(), true);

        assertThat(registrar.awaitRegistered(0, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void listedServersAreWaitedForOnEveryShard() throws Exception {
        CommandRegistrar registrar = new CommandRegistrar(COMMANDS, List.of(42L), false);

        assertThat(registrar.awaitRegistered(0, TimeUnit.MILLISECONDS)).isFalse();
    }
}
