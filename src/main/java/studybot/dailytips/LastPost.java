package studybot.dailytips;

import java.time.LocalDate;
import studybot.library.SectionNumber;

/** The most recent daily tip a server received, so status can link to the message. */
public record LastPost(LocalDate date, long channelId, long messageId, String tipId, SectionNumber section) {}
