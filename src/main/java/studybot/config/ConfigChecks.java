package studybot.config;

/** Range checks that name the offending key, so a bad value reads like the config file it came from. */
final class ConfigChecks {

    private ConfigChecks() {}

    static void positive(String key, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be greater than 0, was " + value);
        }
    }

    static void between(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
