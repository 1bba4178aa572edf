package studybot.config;

/** How much of a section one page shows; a Discord embed description holds at most 4096 characters. */
public record SectionConfig(int pageCharacters) {

    public SectionConfig {
        ConfigChecks.between("section.pageCharacters", pageCharacters, 200, 4000);
    }
}
