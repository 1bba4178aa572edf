package studybot.threads;

/**
 * What opening a discussion thread needs in a channel, named apart from any transport so the threads feature can say
 * which are missing in the reader's language.
 */
public enum ThreadPermission {
    VIEW_CHANNEL,
    SEND_MESSAGES,
    READ_MESSAGE_HISTORY,
    CREATE_PUBLIC_THREADS,
    SEND_MESSAGES_IN_THREADS
}
