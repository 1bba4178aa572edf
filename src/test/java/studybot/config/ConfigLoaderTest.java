package studybot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {

    private static final Path SHIPPED = Path.of("config/studybot.json");
    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void readsTheShippedConfig() throws Exception {
        StudybotConfig config = loader.load(SHIPPED);

        assertThat(config.seedsFolder()).isEqualTo(Path.of("seeds").toAbsolutePath());
        assertThat(config.dataFolder()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(config.cache().maximumSize()).isPositive();
        assertThat(config.search().maxResults()).isBetween(1, 25);
        assertThat(config.search().semantic()).isTrue();
        assertThat(config.discord().guildIds()).isEmpty();
        assertThat(config.discord().offersUserInstall())
                .as("members may install studybot for themselves")
                .isTrue();
        assertThat(config.book())
                .isEqualTo(new BookConfig(
                        10_000_000, 50_000_000, "", List.of(), "", List.of(), new UploadsConfig(true, 50_000_000, 3)));
        assertThat(config.store().postgresql()).as("SQLite, nothing to set up").isFalse();
    }

    @Test
    void userInstallIsOfferedOnlyWhenAskedForAndTheCommandsAreRegisteredGlobally() throws Exception {
        String shipped = Files.readString(SHIPPED);

        assertThat(loader.parse(SHIPPED, shipped.replace("\"userInstall\": true", "\"userInstall\": false"))
                        .discord()
                        .offersUserInstall())
                .isFalse();
        assertThat(loader.parse(SHIPPED, shipped.replace("\"guildIds\": []", "\"guildIds\": [200000000000000001]"))
                        .discord()
                        .offersUserInstall())
                .as("a server's own commands exist there alone")
                .isFalse();
        assertThatThrownBy(() -> loader.parse(
                        Path.of("bad.json"), shipped.replace("\"userInstall\": true", "\"userInstall\": \"yes\"")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("discord.userInstall");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"maxResults\": 5|\"maxResults\": 5, \"colour\": 1|unknown key 'search.colour'",
                "\"maxResults\": 5|\"maxResults\": \"five\"|wrong type or value for key 'search.maxResults'",
                "\"maxResults\": 5|\"maxResults\": \"5\"|wrong type or value for key 'search.maxResults'",
                "\"maxResults\": 5|\"maxResults\": 5.5|wrong type or value for key 'search.maxResults'",
                "\"maxResults\": 5|\"maxResults\": 50|search.maxResults must be between 1 and 25, was 50",
                "\"semantic\": true|\"semantic\": \"yes\"|wrong type or value for key 'search.semantic'",
                "\"semantic\": true|\"semantic\": 1|wrong type or value for key 'search.semantic'",
                "\"guildIds\": []|\"guildIds\": [\"abc\"]|wrong type or value for key 'discord.guildIds[0]'",
                "\"guildIds\": []|\"guildIds\": [1, 2.5]|wrong type or value for key 'discord.guildIds[1]'",
                "\"url\": \"\"|\"url\": 5|wrong type or value for key 'store.url'",
                "\"recordStats\": true|\"recordStats\": null|'cache.recordStats'",
                "\"maxFileBytes\": 10000000|\"maxFileBytes\": 10|book.maxFileBytes must be between 1024 and",
                "\"maxTotalBytes\": 50000000|\"maxTotalBytes\": 5000|book.maxTotalBytes must be between 10000000 and",
                "\"maxTotalBytes\": 50000000|\"maxTotalBytes\": 50000000, \"language\": \"german\"|book.language must be a language code such as \"en\" or \"de\", was \"german\"",
                "\"maxTotalBytes\": 50000000|\"maxTotalBytes\": 50000000, \"languages\": [\"handbuch.epub\"]|book.languages entries are \"file or folder name=language code\"",
                "\"maxTotalBytes\": 50000000|\"maxTotalBytes\": 50000000, \"languages\": [\"handbuch.epub=xx\"]|book.languages (\"handbuch.epub=xx\") must be a language code",
                "\"url\": \"\"|\"url\": \"jdbc:mysql://db/studybot\"|store.url must be empty (SQLite in the data folder) or start with jdbc:postgresql://",
                "\"url\": \"\"|\"url\": \"jdbc:postgresql://db/studybot?password=hunter2\"|store.url must not hold a password",
                "\"url\": \"\"|\"url\": \"jdbc:postgresql://db:5432/studybot\"|store.user must name the PostgreSQL user",
                "\"poolSize\": 4|\"poolSize\": 0|store.poolSize must be between 1 and 100, was 0",
                "\"poolSize\": 4|\"poolSize\": 4, \"password\": \"x\"|unknown key 'store.password'",
            })
    void badKeysAreNamed(String original, String replacement, String expected) throws Exception {
        String json = Files.readString(SHIPPED);
        assertThat(json).contains(original);
        String broken = json.replace(original, replacement == null ? "" : replacement);

        assertThatThrownBy(() -> loader.parse(Path.of("bad.json"), broken))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("bad.json: ")
                .hasMessageContaining(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:postgresql://studybot:hunter2@db:5432/studybot",
                "jdbc:postgresql://studybot:hunter2@db/studybot?ssl=true",
                "jdbc:postgresql://studybot@db/studybot",
                "jdbc:postgresql://db/studybot?user=studybot&password=hunter2",
                "jdbc:postgresql://db/studybot;PASSWORD=hunter2",
                "jdbc:mysql://studybot:hunter2@db/studybot",
            })
    void aPasswordInStoreUrlIsRefusedAndTheUrlsUserInfoNeverPrinted(String url) throws Exception {
        String broken = Files.readString(SHIPPED).replace("\"url\": \"\"", "\"url\": \"" + url + "\"");

        assertThatThrownBy(() -> loader.parse(Path.of("bad.json"), broken))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("bad.json: store.url must ")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("studybot@")
                .hasMessageNotContaining("studybot:");
    }

    @Test
    void relativeFoldersAreRelativeToTheConfigFilesFolderWhateverTheWorkingDirectory(@TempDir Path temp)
            throws Exception {
        Path elsewhere = temp.resolve("etc").resolve("studybot.json");
        Files.createDirectories(elsewhere.getParent());
        Path absoluteSeeds = temp.resolve("books").toAbsolutePath();
        Files.writeString(
                elsewhere,
                Files.readString(SHIPPED)
                        .replace("\"seedsFolder\": \"../seeds\"", "\"seedsFolder\": \"" + absoluteSeeds + "\"")
                        .replace("\"dataFolder\": \"../data\"", "\"dataFolder\": \"state\""));

        StudybotConfig config = loader.load(elsewhere);

        assertThat(config.seedsFolder()).as("absolute: kept").isEqualTo(absoluteSeeds);
        assertThat(config.dataFolder())
                .as("relative: beside the config file")
                .isEqualTo(elsewhere.toAbsolutePath().getParent().resolve("state"));
    }

    @Test
    void aWholeNumberMayBeWrittenWithAPointAndAFolderAsAFileUri() throws Exception {
        StudybotConfig config = loader.parse(Path.of("p.json"), """
                {"search": {"maxResults": 7.0}, "dataFolder": "file:///srv/studybot/data"}
                """);

        assertThat(config.search().maxResults()).isEqualTo(7);
        assertThat(config.dataFolder()).isEqualTo(Path.of("/srv/studybot/data"));
    }

    @Test
    void anEmptyConfigIsEveryDefault() throws Exception {
        assertThat(loader.parse(Path.of("empty.json"), "{}"))
                .isEqualTo(loader.parse(Path.of("empty.json"), Files.readString(SHIPPED)));
    }

    @Test
    void aKeyLeftOutTakesItsDefaultAndTheRestOfItsSectionIsKept() throws Exception {
        StudybotConfig config = loader.parse(Path.of("old.json"), """
                {"search": {"maxResults": 7}, "store": {"busyTimeoutMillis": 500}, "discord": {"shards": {}}}
                """);

        assertThat(config.search()).isEqualTo(new SearchConfig(7, true));
        assertThat(config.store()).isEqualTo(new StoreConfig("", "", 4, 500));
        assertThat(config.discord().shards()).isEqualTo(ShardsConfig.automatic());
        assertThat(config.dataFolder()).isEqualTo(Path.of("../data"));
    }

    @Test
    void somethingOtherThanAnObjectIsRefused() {
        assertThatThrownBy(() -> loader.parse(Path.of("bad.json"), "[]"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("bad.json: the config must be one JSON object, e.g. {} for every default");
        assertThatThrownBy(() -> loader.parse(Path.of("bad.json"), "{\"search\": 5}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'search'");
    }

    @Test
    void brokenJsonSaysWhere() {
        assertThatThrownBy(() -> loader.parse(Path.of("bad.json"), "{\n  \"seedsFolder\": \n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid JSON at line");
        assertThatThrownBy(() -> loader.load(Path.of("no/such/file.json")))
                .hasMessageContaining("config file not found");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"search\": {\"maxResults\": 5, \"maxResults\": 6}}|line 1, column 42: the key 'maxResults' is given twice",
                "{\"search\": {}} {}|line 1, column 16",
                "{} []|line 1, column 4",
                "' '|line 1, column 2",
                "{\"search\": {\"maxResults\": 5,}}|line 1, column 29",
            })
    void aKeyGivenTwiceOrAnythingAfterTheObjectIsNotTheConfigsJson(String json, String where) {
        assertThatThrownBy(() -> loader.parse(Path.of("bad.json"), json))
                .isInstanceOf(ConfigException.class)
                .hasMessage("bad.json: not valid JSON at " + where);
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsSkipped() throws Exception {
        assertThat(loader.parse(Path.of("bom.json"), "\uFEFF{\"search\": {\"maxResults\": 7}}")
                        .search()
                        .maxResults())
                .isEqualTo(7);
    }

    @Test
    void aConfigSavedAsUtf16IsNamedAsNotUtf8(@TempDir Path temp) throws Exception {
        Path file = Files.write(temp.resolve("utf16.json"), "{}".getBytes(StandardCharsets.UTF_16));

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": the config file is not UTF-8 text; save it as UTF-8 (an editor may have saved it"
                        + " as UTF-16)");
    }

    @Test
    void jsonNestedBeyondAnyConfigSaysSoInsteadOfAPlaceItCannotName() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThatThrownBy(() -> loader.parse(Path.of("deep.json"), deep))
                .isInstanceOf(ConfigException.class)
                .hasMessage("deep.json: not valid JSON: nested more than 100 levels deep");
    }

    @Test
    void aWholeNumberMayBeWrittenWithAPointButNotBeyondItsRange() throws Exception {
        assertThat(loader.parse(Path.of("p.json"), "{\"search\": {\"maxResults\": 7.0}}")
                        .search()
                        .maxResults())
                .isEqualTo(7);
        assertThat(loader.parse(Path.of("p.json"), "{\"book\": {\"maxFileBytes\": 2E+4}}")
                        .book()
                        .maxFileBytes())
                .isEqualTo(20_000);
        assertThatThrownBy(() -> loader.parse(Path.of("bad.json"), "{\"search\": {\"maxResults\": 1e400}}"))
                .hasMessage("bad.json: wrong type or value for key 'search.maxResults'");
        assertThatThrownBy(() -> loader.parse(Path.of("bad.json"), "{\"discord\": {\"guildIds\": [1e30]}}"))
                .hasMessage("bad.json: wrong type or value for key 'discord.guildIds[0]'");
    }
}
