package studybot.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every feature's bundle is complete in every supported language: the same keys, each a valid ICU message naming the
 * same arguments with the same kinds and select cases as its English text, and every file valid UTF-8.
 */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources", "studybot");

    @TestFactory
    Stream<DynamicTest> everyBundleIsCompleteInEveryLanguage() throws IOException {
        List<Path> bundles = englishBundles();
        assertThat(bundles).as("bundles under " + RESOURCES).isNotEmpty();
        return bundles.stream()
                .map(english -> DynamicTest.dynamicTest(
                        RESOURCES.relativize(english.getParent()).toString(), () -> check(english)));
    }

    @Test
    void noBundleIsInALanguageWithoutEnglishOrOutsideTheSupportedOnes() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Locale language : Languages.SUPPORTED) {
            names.add(Texts.fileName(language));
        }
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            files.filter(file -> file.getFileName().toString().startsWith("messages"))
                    .forEach(file -> {
                        assertThat(names)
                                .as(file.toString())
                                .contains(file.getFileName().toString());
                        assertThat(file.resolveSibling(Texts.fileName(Languages.ENGLISH)))
                                .as("the English bundle beside " + file)
                                .exists();
                    });
        }
    }

    @Test
    void theCheckFindsAMissingArgumentAChangedKindAndAChangedSelect() throws IOException {
        Map<String, String> english = parse("a={count, plural, one {# review} other {# reviews}} in {book}\n"
                + "b={when, date, long}\nc={kind, select, chapter {Chapter} other {Section}}\n");
        Map<String, String> german = parse("a={count, plural, one {# Wiederholung} other {# Wiederholungen}}\n"
                + "b={when}\nc={kind, select, kapitel {Kapitel} other {Abschnitt}}\n");
        for (String key : List.of("a", "b", "c")) {
            assertThat(MessageShape.of(german.get(key))).as(key).isNotEqualTo(MessageShape.of(english.get(key)));
        }
        assertThat(MessageShape.of("{n, plural, other {# Karten}} für {book}"))
                .isEqualTo(MessageShape.of("{book}: {n, plural, one {# card} other {# cards}}"));
        assertThat(MessageShape.of("{n, plural, one {# card} other {# cards, {kind, select, a {A} other {B}}}}")
                        .arguments())
                .containsExactly("kind:select[a, other]", "n:plural");
    }

    @Test
    void aPluralWithoutOtherOrABrokenTextIsRefused() {
        assertThatThrownBy(() -> MessageShape.of("{n, plural, one {# card}}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageShape.of("{n, plural, one {# card} other {# cards}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void check(Path english) throws IOException {
        Map<String, String> base = read(english);
        for (Locale language : Languages.SUPPORTED) {
            Path file = english.resolveSibling(Texts.fileName(language));
            assertThat(file)
                    .as("the " + language.getDisplayLanguage(Locale.ENGLISH) + " bundle")
                    .exists();
            Map<String, String> translated = read(file);
            assertThat(translated.keySet()).as("keys of " + file).isEqualTo(base.keySet());
            for (Map.Entry<String, String> text : base.entrySet()) {
                String key = text.getKey();
                assertThat(shape(file, key, translated.get(key)))
                        .as("arguments of " + key + " in " + file + " and in English")
                        .isEqualTo(shape(english, key, text.getValue()));
            }
        }
    }

    private static MessageShape shape(Path file, String key, String text) {
        try {
            return MessageShape.of(text);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(key + " in " + file + " is not a valid ICU message: " + e.getMessage(), e);
        }
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(file -> file.getFileName().toString().equals(Texts.fileName(Languages.ENGLISH)))
                    .sorted()
                    .toList();
        }
    }

    /** The file's texts, failing on bytes that are not UTF-8 (a file saved as Latin-1 would show as mojibake). */
    private static Map<String, String> read(Path file) throws IOException {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not UTF-8", e);
        }
    }

    private static Map<String, String> parse(String text) throws IOException {
        try (Reader reader = new StringReader(text)) {
            return Texts.parse(reader);
        }
    }
}
