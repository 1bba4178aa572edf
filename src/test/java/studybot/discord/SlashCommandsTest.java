package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.command.Access;
import studybot.command.CommandSpec;
import studybot.command.Reach;

/** Where each command is offered on Discord follows from its reach and from whether members may install studybot. */
class SlashCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CommandSpec EVERYWHERE =
            CommandSpec.of("tip", "A study tip from the book", Access.EVERYONE, Reach.EVERYWHERE);
    private static final CommandSpec SERVERS =
            CommandSpec.of("tips", "Daily tips for this server", Access.SERVER_MANAGERS, Reach.SERVERS);

    @Test
    void withUserInstallACommandReachingEverywhereIsOfferedToMembersInEveryContext() throws Exception {
        JsonNode command = registered(EVERYWHERE, true);

        assertThat(ints(command.path("integration_types"))).containsExactly(0, 1);
        assertThat(ints(command.path("contexts"))).containsExactly(0, 1, 2);
    }

    @Test
    void withoutUserInstallItIsOfferedToServersAndStudybotsDmOnly() throws Exception {
        JsonNode command = registered(EVERYWHERE, false);

        assertThat(ints(command.path("integration_types"))).containsExactly(0);
        assertThat(ints(command.path("contexts"))).containsExactly(0, 1);
    }

    @Test
    void aServersCommandIsForServersThatInstalledStudybotEitherWay() throws Exception {
        for (boolean userInstall : List.of(true, false)) {
            JsonNode command = registered(SERVERS, userInstall);

            assertThat(ints(command.path("integration_types"))).containsExactly(0);
            assertThat(ints(command.path("contexts"))).containsExactly(0);
            assertThat(command.path("default_member_permissions").asText()).isEqualTo("32");
        }
    }

    private static JsonNode registered(CommandSpec spec, boolean userInstall) throws Exception {
        return JSON.readTree(
                SlashCommands.of(List.of(spec), userInstall).get(0).toData().toString());
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asInt()));
        return values;
    }
}
