package studybot.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How often the daily-tip scheduler looks for servers whose post time has come, and how long one post may wait for
 * Discord before it is given up and retried later (with the same nonce, so a late answer never makes a second post).
 */
public record DailyTipsConfig(
        @JsonProperty(value = "checkIntervalSeconds", required = true)
        int checkIntervalSeconds,

        @JsonProperty(value = "sendTimeoutSeconds", required = true)
        int sendTimeoutSeconds) {

    public DailyTipsConfig {
        ConfigChecks.between("dailyTips.checkIntervalSeconds", checkIntervalSeconds, 1, 300);
        ConfigChecks.between("dailyTips.sendTimeoutSeconds", sendTimeoutSeconds, 2, 120);
    }
}
