package studybot.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many hits a search shows; Discord allows at most 25 fields in an embed. */
public record SearchConfig(@JsonProperty(value = "maxResults", required = true) int maxResults) {

    public SearchConfig {
        ConfigChecks.between("search.maxResults", maxResults, 1, 25);
    }
}
