package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.command.CommandSpec;
import studybot.command.OptionKind;
import studybot.command.OptionSpec;
import studybot.command.SubcommandSpec;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.testing.OfflineStudybotExtension;

/**
 * Every text option of every command, given hostile text (hidden characters, the longest text the option allows, and
 * longer), answers without repeating a hidden character or more than a hundred characters of it, on a server and in the
 * console alike: the registry refuses text over an option's declared length for every transport, and every echo goes
 * through {@link UserEcho}.
 */
class EveryEchoIsSafeTest {

    private static final String HIDDEN_CHARACTERS = "\u202e\u0000\u0007\u001b\u200b";
    private static final String HIDDEN = "\u202e\u0000\u0007\u001b[31m\u200b";
    private static final int LONGEST_ECHO = 100;
    private static final Asker MANAGER = Asker.inServer(7, "manager", 42, 43, true);
    private static final Asker CONSOLE = Asker.console("operator");

    @RegisterExtension
    final OfflineStudybotExtension offline = OfflineStudybotExtension.shipped();

    @Test
    void noTextOptionEchoesHiddenCharactersOrLongText(Studybot studybot) {
        CommandRegistry registry = studybot.registry();
        List<String> unsafe = new ArrayList<>();
        int asked = 0;
        for (CommandSpec spec : registry.specs()) {
            for (String subcommand : subcommandsOf(spec)) {
                List<OptionSpec> options = spec.optionsOf(subcommand);
                if (options.stream().anyMatch(option -> option.kind() == OptionKind.ATTACHMENT)) {
                    continue;
                }
                for (OptionSpec option : options) {
                    if (option.kind() != OptionKind.TEXT) {
                        continue;
                    }
                    int longest = option.maxLength() > 0 ? option.maxLength() : 2000;
                    for (String value : List.of(
                            "20.4" + HIDDEN + "x",
                            HIDDEN + "q".repeat(Math.max(0, longest - HIDDEN.length())),
                            "q".repeat(longest + 1_000))) {
                        Map<String, String> given = othersFor(options, option);
                        given.put(option.name(), value);
                        for (Asker asker : List.of(MANAGER, CONSOLE)) {
                            asked++;
                            String shown = shown(registry.answer(asker, spec.name(), subcommand, given));
                            String call = "/" + (spec.name() + " " + subcommand).strip() + " " + option.name();
                            if (shown.codePoints().anyMatch(cp -> HIDDEN_CHARACTERS.indexOf(cp) >= 0)) {
                                unsafe.add(call + " repeats a hidden character: " + escaped(shown));
                            }
                            if (shown.contains("q".repeat(LONGEST_ECHO + 1))) {
                                unsafe.add(call + " repeats " + shown.length() + " characters of what was typed");
                            }
                        }
                    }
                }
            }
        }
        assertThat(asked).as("calls made").isGreaterThan(50);
        assertThat(unsafe).isEmpty();
    }

    @Test
    void textOverAnOptionsLengthIsRefusedInTheConsoleWithTheLimit(Studybot studybot) {
        Reply reply = studybot.registry().answer(CONSOLE, "discuss", "", Map.of("section", "a".repeat(100_000)));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText())
                .startsWith("section of /discuss is longer than ")
                .hasSizeLessThan(200);
    }

    private static List<String> subcommandsOf(CommandSpec spec) {
        return spec.subcommands().isEmpty()
                ? List.of("")
                : spec.subcommands().stream().map(SubcommandSpec::name).toList();
    }

    /** Plausible values for the other required options, so the call reaches the handler. */
    private static Map<String, String> othersFor(List<OptionSpec> options, OptionSpec hostile) {
        Map<String, String> given = new HashMap<>();
        for (OptionSpec option : options) {
            if (option != hostile && option.required()) {
                given.put(
                        option.name(),
                        switch (option.kind()) {
                            case INTEGER -> String.valueOf(option.min());
                            case BOOLEAN -> "true";
                            case CHANNEL -> "43";
                            default -> "20.4";
                        });
            }
        }
        return given;
    }

    /** Everything a reply shows, as plain text. */
    private static String shown(Reply reply) {
        return Stream.concat(
                        Stream.of(reply.title(), reply.text().plainText(), reply.footer()),
                        Stream.concat(
                                reply.fields().stream()
                                        .map(field -> field.name() + "\n"
                                                + field.value().plainText()),
                                reply.actions().stream().map(EveryEchoIsSafeTest::label)))
                .collect(Collectors.joining("\n"));
    }

    private static String label(ReplyAction action) {
        if (action instanceof ReplyAction.PickList list) {
            return list.placeholder() + "\n"
                    + list.picks().stream().map(ReplyAction.Pick::label).collect(Collectors.joining("\n"));
        }
        return ((ReplyAction.Button) action).label();
    }

    private static String escaped(String shown) {
        String cut = shown.length() > 300 ? shown.substring(0, 300) : shown;
        return cut.codePoints()
                .mapToObj(cp -> cp < 0x20 || (cp >= 0x200b && cp <= 0x202e)
                        ? String.format("\\u%04x", cp)
                        : Character.toString(cp))
                .collect(Collectors.joining());
    }
}
