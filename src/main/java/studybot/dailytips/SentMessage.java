package studybot.dailytips;

/** The Discord message a tip became, so status can link to it. */
public record SentMessage(long messageId) {}
