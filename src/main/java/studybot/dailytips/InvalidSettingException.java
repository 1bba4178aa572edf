package studybot.dailytips;

/** An admin typed a setting studybot cannot use. The message is written for that admin and can be shown as it is. */
public final class InvalidSettingException extends Exception {

    public InvalidSettingException(String message) {
        super(message);
    }
}
