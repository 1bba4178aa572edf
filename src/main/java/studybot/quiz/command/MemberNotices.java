package studybot.quiz.command;

import java.util.Locale;
import java.util.Optional;
import studybot.reply.Text;

/**
 * A line another feature has for a member's next {@code /quiz next}, shown once (reminders that stopped for lack of
 * reviews). The quiz does not know who has something to say, so it asks.
 */
@FunctionalInterface
public interface MemberNotices {

    /** Nothing to say, ever. */
    MemberNotices NONE = (memberId, locale) -> Optional.empty();

    /** The member's notice in {@code locale}, if there is one; taking it means it is not shown again. */
    Optional<Text> take(long memberId, Locale locale);
}
