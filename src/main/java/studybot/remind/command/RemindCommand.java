package studybot.remind.command;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.Choice;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.CompletionCall;
import studybot.command.OptionSpec;
import studybot.command.Place;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.command.Translations;
import studybot.dailytips.InvalidSettingException;
import studybot.dailytips.PostTimeFormat;
import studybot.dailytips.TimeZoneCompletion;
import studybot.dailytips.TimeZones;
import studybot.i18n.Texts;
import studybot.remind.Reminder;
import studybot.remind.ReminderStatus;
import studybot.remind.Reminders;
import studybot.reply.Reply;
import studybot.reply.Text;
import studybot.server.ServerZones;
import studybot.server.ZoneNames;

/**
 * The {@code /remind} command: {@code on [time] [timezone]}, {@code off} and {@code status}, answered privately in the
 * member's language. In the console, which sends no DM, {@code on} and {@code status} show what would be sent, and
 * when. Turned on where the book has no quiz questions (so no reviews to remind of), it is still kept, and the member
 * is told so at once rather than waiting for a DM that never comes. The reminder DM's buttons are
 * {@link RemindFeature}'s.
 */
final class RemindCommand implements BotCommand {

    static final String NAME = "remind";
    static final String ON = "on";
    static final String OFF = "off";
    static final String STATUS = "status";
    static final String TIME = "time";
    static final String TIMEZONE = "timezone";
    private static final int MAX_TIME_LENGTH = 10;
    private static final int MAX_TIMEZONE_LENGTH = 60;

    private final Reminders reminders;
    private final ServerZones zones;
    private final Texts texts;
    private final TimeZoneCompletion zoneChoices = new TimeZoneCompletion(TIMEZONE);

    RemindCommand(Reminders reminders, ServerZones zones, Texts texts) {
        this.reminders = reminders;
        this.zones = zones;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                        NAME,
                        texts.english("describe.remind"),
                        Access.EVERYONE,
                        Reach.EVERYWHERE,
                        new SubcommandSpec(
                                ON,
                                texts.english("describe.remind.on"),
                                List.of(
                                        OptionSpec.text(TIME, texts.english("describe.remind.on.time"), MAX_TIME_LENGTH)
                                                .optional(),
                                        OptionSpec.text(
                                                        TIMEZONE,
                                                        texts.english("describe.remind.on.timezone"),
                                                        MAX_TIMEZONE_LENGTH)
                                                .optional()
                                                .withAutocomplete())),
                        new SubcommandSpec(OFF, texts.english("describe.remind.off")),
                        new SubcommandSpec(STATUS, texts.english("describe.remind.status")))
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        Locale reader = call.privateLocale();
        long member = call.asker().userId();
        return switch (call.subcommand()) {
            case ON -> on(call, reader, member);
            case OFF ->
                reminders.turnOff(member)
                        ? privately(texts.text(reader, "off.title"), texts.text(reader, "off.done"))
                        : problem(reader, "off.nothing");
            default -> status(call.scope().place(), reader, member);
        };
    }

    private Reply on(CommandCall call, Locale reader, long member) {
        Optional<Reminder> before = reminders.find(member);
        LocalTime time;
        ZoneId zone;
        try {
            time = call.options().optionalText(TIME).isPresent()
                    ? PostTimeFormat.parse(call.options().text(TIME))
                    : before.map(Reminder::time).orElse(Reminders.DEFAULT_TIME);
            zone = call.options().optionalText(TIMEZONE).isPresent()
                    ? TimeZones.parse(call.options().text(TIMEZONE))
                    : before.map(Reminder::zone)
                            .orElseGet(() -> defaultZone(call.scope().place()));
        } catch (InvalidSettingException e) {
            return Reply.problem(e.message(reader));
        }
        Place place = call.scope().place();
        Reminder reminder = reminders.turnOn(member, place, time, zone, reader);
        String noCards = call.scope().book().get().hasQuizQuestions() ? "" : "\n\n" + texts.text(reader, "on.noCards");
        if (place.isConsole()) {
            Reply status = status(place, reader, member);
            return privately(status.title(), status.text().plainText() + noCards);
        }
        Map<String, Object> when = Map.of(
                "time", PostTimeFormat.format(time), "zone", ZoneNames.shown(zone), "where", where(reader, place));
        return switch (reminders.sendTest(reminder)) {
            case ARRIVED ->
                privately(texts.text(reader, "on.title"), texts.format(reader, "on.arrived", when) + noCards);
            case DMS_CLOSED -> problem(reader, "on.closed");
            case FAILED -> privately(texts.text(reader, "on.title"), texts.format(reader, "on.failed", when) + noCards);
        };
    }

    private ZoneId defaultZone(Place place) {
        return place.isServer() ? zones.zoneOf(place.id()) : ZoneOffset.UTC;
    }

    private Reply status(Place here, Locale reader, long member) {
        Optional<Reminder> found = reminders.find(member);
        if (found.isEmpty()) {
            return privately(texts.text(reader, "status.title"), texts.text(reader, "status.none"));
        }
        Reminder reminder = found.get();
        StringBuilder text = new StringBuilder(texts.format(
                reader,
                "status.at",
                Map.of(
                        "time",
                        PostTimeFormat.format(reminder.time()),
                        "zone",
                        ZoneNames.shown(reminder.zone()),
                        "where",
                        where(reader, reminder.place()))));
        text.append(' ').append(statusLine(reader, reminder.status()));
        reminders
                .lastSent(member)
                .ifPresent(sent ->
                        text.append(' ').append(texts.format(reader, "status.last", Map.of("date", sent.date()))));
        Optional<Reminders.Preview> preview = reminders.preview(member);
        if (preview.isPresent()) {
            Reminders.Preview next = preview.get();
            Map<String, Object> arguments = Map.of(
                    "when",
                    next.at().atZone(reminder.zone()),
                    "text",
                    next.message().text().plainText());
            text.append('\n')
                    .append(texts.format(
                            reader, next.dueNow() == 0 ? "status.next.nothing" : "status.next.dm", arguments));
            if (here.isConsole()) {
                text.append(' ').append(texts.text(reader, "status.console"));
            }
        }
        return Reply.content(texts.text(reader, "status.title"), Text.plain(text.toString()))
                .toAskerOnly();
    }

    private String statusLine(Locale reader, ReminderStatus status) {
        return switch (status) {
            case ON -> texts.text(reader, "status.on");
            case OFF -> texts.text(reader, "status.off");
            case DMS_CLOSED -> texts.text(reader, "status.closed");
            case IDLE -> texts.format(reader, "status.idle", Map.of("days", Reminders.IDLE_DAYS));
        };
    }

    private String where(Locale reader, Place place) {
        return switch (place.kind()) {
            case SERVER -> texts.text(reader, "where.server");
            case PERSONAL -> texts.text(reader, "where.personal");
            case CONSOLE -> texts.text(reader, "where.console");
        };
    }

    @Override
    public List<Choice> complete(CompletionCall call) {
        return zoneChoices.complete(call);
    }

    private Reply problem(Locale reader, String key) {
        return Reply.problem(texts.text(reader, key));
    }

    private static Reply privately(String title, String text) {
        return Reply.content(title, text).toAskerOnly();
    }
}
