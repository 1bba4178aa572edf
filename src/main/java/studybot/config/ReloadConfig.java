package studybot.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Live reload of the seeds folder. The quiet period is how long the folder must stay unchanged before a reload, so an
 * editor's burst of saves costs one reload, not ten.
 */
public record ReloadConfig(
        @JsonProperty(value = "watch", required = true) boolean watch,

        @JsonProperty(value = "quietPeriodMillis", required = true)
        long quietPeriodMillis) {

    public ReloadConfig {
        ConfigChecks.between("reload.quietPeriodMillis", quietPeriodMillis, 0, 60_000);
    }
}
