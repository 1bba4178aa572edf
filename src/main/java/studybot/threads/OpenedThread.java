package studybot.threads;

/** A thread studybot opened, or found already opened on the same message ({@code existed}). */
public record OpenedThread(long threadId, boolean existed) {}
