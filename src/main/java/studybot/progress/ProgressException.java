package studybot.progress;

/** A read mark that can't be made as asked (no such section, unreadable input); the message is for the asker. */
public final class ProgressException extends Exception {

    public ProgressException(String message) {
        super(message);
    }
}
