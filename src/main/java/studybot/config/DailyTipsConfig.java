package studybot.config;

/**
 * How often the daily-tip scheduler looks for servers whose post time has come, and how long one post may wait for
 * Discord before it is given up and retried later (with the same nonce, so a late answer never makes a second post).
 */
public record DailyTipsConfig(int checkIntervalSeconds, int sendTimeoutSeconds) {

    public DailyTipsConfig {
        ConfigChecks.between("dailyTips.checkIntervalSeconds", checkIntervalSeconds, 1, 300);
        ConfigChecks.between("dailyTips.sendTimeoutSeconds", sendTimeoutSeconds, 2, 120);
    }
}
