package studybot.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How often the daily-tip scheduler looks for servers whose post time has come. */
public record DailyTipsConfig(
        @JsonProperty(value = "checkIntervalSeconds", required = true) int checkIntervalSeconds) {

    public DailyTipsConfig {
        ConfigChecks.between("dailyTips.checkIntervalSeconds", checkIntervalSeconds, 1, 300);
    }
}
