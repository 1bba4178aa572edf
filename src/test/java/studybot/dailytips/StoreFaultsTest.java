package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studybot.dailytips.DailyTipsFixture.settings;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.i18n.Wording;
import studybot.store.Dialect;
import studybot.store.StoreBusyException;
import studybot.store.StoreFaults;
import studybot.store.StoreHealth;
import studybot.testing.LogCapture;

/** Issue 10: a store that stops taking writes, or is held by another process, on both backends. */
@ParameterizedClass
@EnumSource(Dialect.class)
class StoreFaultsTest {

    private static final long SERVER = 5;
    private static final long CHANNEL = 55;

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    /** §1: reported once, shown to admins, retried, and recovered from without anyone's help. */
    @Test
    void aStoreThatStopsTakingWritesIsReportedOnceShownAndRecoversByItself() {
        try (DailyTipsFixture fixture = new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 10);
                LogCapture logs =
                        LogCapture.of(Level.DEBUG, StoreHealth.class.getName(), DailyTipService.class.getName())) {
            DailyTipService service = fixture.service();
            service.saveSettings(SERVER, settings(CHANNEL, "09:00", "UTC"));
            StoreFaults.refuseWrites(fixture.stores(), fixture.store());

            fixture.runUntil(Instant.parse("2024-06-01T09:10:00Z"), Duration.ofMinutes(1));

            assertThat(fixture.discord.messages())
                    .as("nothing is sent whose intent could not be recorded")
                    .isEmpty();
            assertThat(logs.messages(Level.ERROR))
                    .as("one line, not one per pass")
                    .singleElement()
                    .satisfies(line -> assertThat(line).contains("cannot be written"));
            assertThat(service.status(SERVER).problem().map(Wording::toString))
                    .hasValueSatisfying(problem ->
                            assertThat(problem).contains("cannot be written").contains("recovers by itself"));
            assertThat(service.storeProblem()).isPresent();

            StoreFaults.allowWrites(fixture.stores(), fixture.store());
            fixture.runUntil(Instant.parse("2024-06-01T09:12:00Z"), Duration.ofMinutes(1));

            assertThat(fixture.discord.messages())
                    .as("today's tip still goes out, once")
                    .hasSize(1);
            assertThat(service.storeProblem()).isEmpty();
            assertThat(service.status(SERVER).problem()).isEmpty();
            assertThat(logs.messages(Level.INFO))
                    .anySatisfy(line -> assertThat(line).contains("takes writes again"));
            assertThat(logs.messages(Level.ERROR)).hasSize(1);
        }
    }

    /** §6: one admin sets the time while another sets the zone; both changes stay. */
    @Test
    void twoAdminsChangingDifferentSettingsAtOnceBothKeepTheirChange() throws Exception {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 10)) {
            DailyTipService service = fixture.service();
            for (int round = 0; round < 10; round++) {
                long server = 100 + round;
                service.saveSettings(server, settings(CHANNEL, "09:00", "UTC"));
                LocalTime time = LocalTime.of(10, round);
                ZoneId zone = ZoneId.of("Europe/Berlin");
                CompletableFuture<?> timeChange = CompletableFuture.runAsync(() -> service.changeSettings(
                        server,
                        new SettingsChange(
                                OptionalLong.empty(), Optional.of(time), Optional.empty(), Optional.empty())));
                CompletableFuture<?> zoneChange = CompletableFuture.runAsync(() -> service.changeSettings(
                        server,
                        new SettingsChange(
                                OptionalLong.empty(), Optional.empty(), Optional.of(zone), Optional.empty())));
                CompletableFuture.allOf(timeChange, zoneChange).get();

                assertThat(service.settings(server)).contains(new DailyTipSettings(CHANNEL, time, zone, true));
            }
        }
    }

    /** §8: a store held by another process makes a write give up after the busy timeout, changing nothing. */
    @Test
    @SuppressWarnings("try")
    void aStoreHeldByAnotherProcessMakesWritesGiveUpAsBusy() throws Exception {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 10)) {
            DailyTipService service = fixture.service();
            service.saveSettings(SERVER, settings(CHANNEL, "09:00", "UTC"));

            try (AutoCloseable lock = StoreFaults.holdLock(fixture.stores(), "daily_tip_settings")) {
                assertThatThrownBy(() -> service.changeSettings(SERVER, SettingsChange.enabled(false)))
                        .isInstanceOf(StoreBusyException.class);
            }

            assertThat(service.settings(SERVER).orElseThrow().enabled()).isTrue();
            assertThat(service.changeSettings(SERVER, SettingsChange.enabled(false)))
                    .hasValueSatisfying(
                            settings -> assertThat(settings.enabled()).isFalse());
        }
    }
}
