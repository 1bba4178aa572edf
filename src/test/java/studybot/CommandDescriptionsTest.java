package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.command.CommandSpec;
import studybot.i18n.Languages;
import studybot.testing.OfflineStudybotExtension;

/**
 * Command descriptions for Discord's picker: a command described in other languages is described in every supported
 * one, at every level (command, subcommands, options), within Discord's 100 characters. The commands still described in
 * English only are listed here, so the list shrinks as features are translated and never grows unnoticed.
 */
class CommandDescriptionsTest {

    /** Discord's limit on a command's, subcommand's or option's description. */
    private static final int DESCRIPTION_LIMIT = 100;

    @RegisterExtension
    final OfflineStudybotExtension offline = OfflineStudybotExtension.shipped();

    @Test
    void everyCommandIsDescribedInEveryLanguageWithinDiscordsLimit(Studybot studybot) {
        List<CommandSpec> specs = studybot.registry().specs();
        List<String> untranslated = specs.stream()
                .filter(spec -> spec.descriptions().keySet().stream()
                        .allMatch(
                                path -> spec.translations().descriptionsOf(path).isEmpty()))
                .map(CommandSpec::name)
                .toList();

        assertThat(untranslated).as("commands described in English only").isEmpty();
        for (CommandSpec spec : specs) {
            for (Map.Entry<String, String> english : spec.descriptions().entrySet()) {
                Map<Locale, String> translated = spec.translations().descriptionsOf(english.getKey());
                assertThat(translated.keySet())
                        .as(english.getKey())
                        .containsExactlyInAnyOrderElementsOf(Languages.SUPPORTED.stream()
                                .filter(language -> !language.equals(Languages.ENGLISH))
                                .toList());
                assertThat(translated.values())
                        .as(english.getKey())
                        .allSatisfy(text -> assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(DESCRIPTION_LIMIT));
                assertThat(english.getValue()).as(english.getKey()).hasSizeLessThanOrEqualTo(DESCRIPTION_LIMIT);
            }
        }
    }
}
