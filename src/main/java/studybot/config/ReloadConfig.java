package studybot.config;

/**
 * Live reload of the seeds folder. The quiet period is how long the folder must stay unchanged before a reload, so an
 * editor's burst of saves costs one reload, not ten.
 */
public record ReloadConfig(boolean watch, long quietPeriodMillis) {

    public ReloadConfig {
        ConfigChecks.between("reload.quietPeriodMillis", quietPeriodMillis, 0, 60_000);
    }
}
