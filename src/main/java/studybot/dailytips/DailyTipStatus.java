package studybot.dailytips;

import java.util.Optional;
import java.util.OptionalLong;
import studybot.i18n.Wording;

/**
 * What an admin sees for one server: the settings (empty if never configured), when the next tip goes out (epoch
 * seconds, for Discord's {@code <t:EPOCH:F>}; empty when disabled or paused; at or before now when it is due), the last
 * tip posted, why tips are paused if they are, and any other problem (the store refusing writes, a failing send being
 * retried, an empty deck), worded for the admin who asks.
 */
public record DailyTipStatus(
        Optional<DailyTipSettings> settings,
        OptionalLong nextPostEpochSecond,
        Optional<LastPost> lastPost,
        Optional<PauseReason> pausedReason,
        Optional<Wording> problem) {}
