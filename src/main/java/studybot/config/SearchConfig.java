package studybot.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How search answers: how many hits it shows (Discord allows at most 25 fields in an embed), and whether it also
 * searches by meaning with the bundled sentence-embedding model ({@code false}: the model is never loaded).
 */
public record SearchConfig(
        @JsonProperty(value = "maxResults", required = true) int maxResults,
        @JsonProperty(value = "semantic", required = true) boolean semantic) {

    public SearchConfig {
        ConfigChecks.between("search.maxResults", maxResults, 1, 25);
    }
}
