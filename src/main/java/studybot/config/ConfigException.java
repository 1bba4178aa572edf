package studybot.config;

/** The config file can't be used; the message names the file and the key, ready to show to the host. */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }
}
