package studybot.dailytips;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one admin's {@code /tips} command changes, and nothing else: the store writes only these columns, so two admins
 * changing different settings at the same moment both keep their change.
 */
public record SettingsChange(
        OptionalLong channelId, Optional<LocalTime> postTime, Optional<ZoneId> zone, Optional<Boolean> enabled) {

    public SettingsChange {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(postTime, "postTime");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(enabled, "enabled");
    }

    /** Every setting, as for a server's first setup. */
    public static SettingsChange all(DailyTipSettings settings) {
        return new SettingsChange(
                OptionalLong.of(settings.channelId()),
                Optional.of(settings.postTime()),
                Optional.of(settings.zone()),
                Optional.of(settings.enabled()));
    }

    /** On or off only. */
    public static SettingsChange enabled(boolean enabled) {
        return new SettingsChange(OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.of(enabled));
    }

    /** The settings a server without any would get, when this change names all of them. */
    Optional<DailyTipSettings> complete() {
        if (channelId.isEmpty() || postTime.isEmpty() || zone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new DailyTipSettings(channelId.getAsLong(), postTime.get(), zone.get(), enabled.orElse(true)));
    }

    /** {@code current} with this change applied. */
    DailyTipSettings applyTo(DailyTipSettings current) {
        return new DailyTipSettings(
                channelId.orElse(current.channelId()),
                postTime.orElse(current.postTime()),
                zone.orElse(current.zone()),
                enabled.orElse(current.enabled()));
    }
}
