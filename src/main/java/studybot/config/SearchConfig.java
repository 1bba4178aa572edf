package studybot.config;

/**
 * How search answers: how many hits it shows (Discord allows at most 25 fields in an embed), and whether it also
 * searches by meaning with the bundled sentence-embedding model ({@code false}: the model is never loaded).
 */
public record SearchConfig(int maxResults, boolean semantic) {

    public SearchConfig {
        ConfigChecks.between("search.maxResults", maxResults, 1, 25);
    }
}
