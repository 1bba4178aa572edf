package studybot.remind.command;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import studybot.command.Access;
import studybot.command.BooksByPlace;
import studybot.command.BotCommand;
import studybot.command.Choice;
import studybot.command.ClickCall;
import studybot.command.ClickMode;
import studybot.command.ClickRoute;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.CompletionCall;
import studybot.command.Feature;
import studybot.command.OptionSpec;
import studybot.command.Place;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.command.Translations;
import studybot.dailytips.InvalidSettingException;
import studybot.dailytips.PostTimeFormat;
import studybot.dailytips.TimeZoneCompletion;
import studybot.dailytips.TimeZones;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.remind.Reminder;
import studybot.remind.ReminderIds;
import studybot.remind.ReminderStatus;
import studybot.remind.Reminders;
import studybot.reply.Reply;
import studybot.reply.Text;
import studybot.server.ServerZones;
import studybot.server.ZoneNames;

/**
 * {@code /remind on [time] [timezone]}, {@code /remind off} and {@code /remind status}, and the reminder DM's buttons,
 * all answered privately in the member's language. A reminder counts the reviews of the place it was turned on in (a
 * server, or the member's own place); "Start" asks the first due card there through the quiz. In the console, which
 * sends no DM, {@code on} and {@code status} show what would be sent, and when.
 */
public final class RemindFeature implements Feature {

    static final String NAME = "remind";
    static final String ON = "on";
    static final String OFF = "off";
    static final String STATUS = "status";
    static final String TIME = "time";
    static final String TIMEZONE = "timezone";
    private static final int MAX_TIME_LENGTH = 10;
    private static final int MAX_TIMEZONE_LENGTH = 60;
    /** The quiz's id arguments for its next question ({@code quiz:next}). */
    private static final List<String> QUIZ_NEXT = List.of("next");

    private final Reminders reminders;
    private final ServerZones zones;
    private final QuizInPlace quiz;
    private final Texts texts;

    /**
     * @param zones each server's time zone, the default for a reminder turned on there without one
     * @param quiz the quiz's click route, which "Start" and the questions it asks go through
     * @param books the book of each place, which a question asked from a reminder comes from
     * @param texts the {@code remind} bundle
     */
    public RemindFeature(Reminders reminders, ServerZones zones, ClickRoute quiz, BooksByPlace books, Texts texts) {
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.quiz = new QuizInPlace(quiz.handler(), books);
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    @Override
    public List<BotCommand> commands() {
        return List.of(new RemindCommand());
    }

    /** A description as Discord shows it in English, from the bundle that also has its translations. */
    private String english(String key) {
        return texts.text(Languages.ENGLISH, key);
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return List.of(new ClickRoute(ReminderIds.PREFIX, ClickMode.PRIVATE_REPLY, this::click));
    }

    private Reply click(ClickCall click) {
        Locale reader = click.privateLocale();
        List<String> args = click.args();
        long clicker = click.asker().userId();
        Optional<Place> remindedPlace = reminders.find(clicker).map(Reminder::place);
        if (args.isEmpty()) {
            return problem(reader, "click.notours");
        }
        if (args.get(0).equals(ReminderIds.QUIZ)) {
            Optional<Place> place = args.size() > 2 ? ReminderIds.place(args.get(1)) : Optional.empty();
            return place.isPresent() && place.equals(remindedPlace)
                    ? quiz.click(click, place.get(), args.subList(2, args.size()))
                    : problem(reader, "click.notours");
        }
        if (ReminderIds.member(args, 1).filter(member -> member == clicker).isEmpty()) {
            return problem(reader, "click.notours");
        }
        return switch (args.get(0)) {
            case ReminderIds.START -> {
                Optional<Place> place = args.size() == 3 ? ReminderIds.place(args.get(2)) : Optional.empty();
                yield place.isPresent() && place.equals(remindedPlace)
                        ? quiz.click(click, place.get(), QUIZ_NEXT)
                        : problem(reader, "click.moved");
            }
            case ReminderIds.SNOOZE ->
                reminders
                        .snooze(clicker)
                        .map(until -> privately(
                                texts.text(reader, "snooze.title"),
                                texts.format(
                                        reader,
                                        "snooze.done",
                                        Map.of(
                                                "when",
                                                until.atZone(reminders
                                                        .find(clicker)
                                                        .map(Reminder::zone)
                                                        .orElse(ZoneOffset.UTC))))))
                        .orElseGet(() -> problem(reader, "snooze.off"));
            case ReminderIds.STOP ->
                reminders.turnOff(clicker)
                        ? privately(texts.text(reader, "off.title"), texts.text(reader, "off.done"))
                        : problem(reader, "stop.nothing");
            default -> problem(reader, "click.notours");
        };
    }

    private Reply problem(Locale reader, String key) {
        return Reply.problem(texts.text(reader, key));
    }

    private static Reply privately(String title, String text) {
        return Reply.content(title, text).toAskerOnly();
    }

    /** The command itself. */
    private final class RemindCommand implements BotCommand {

        private final TimeZoneCompletion zoneChoices = new TimeZoneCompletion(TIMEZONE);

        @Override
        public CommandSpec spec() {
            return CommandSpec.withSubcommands(
                            NAME,
                            english("describe.remind"),
                            Access.EVERYONE,
                            Reach.EVERYWHERE,
                            new SubcommandSpec(
                                    ON,
                                    english("describe.remind.on"),
                                    List.of(
                                            OptionSpec.text(TIME, english("describe.remind.on.time"), MAX_TIME_LENGTH)
                                                    .optional(),
                                            OptionSpec.text(
                                                            TIMEZONE,
                                                            english("describe.remind.on.timezone"),
                                                            MAX_TIMEZONE_LENGTH)
                                                    .optional()
                                                    .withAutocomplete())),
                            new SubcommandSpec(OFF, english("describe.remind.off")),
                            new SubcommandSpec(STATUS, english("describe.remind.status")))
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
            if (place.isConsole()) {
                return status(place, reader, member);
            }
            Map<String, Object> when = Map.of(
                    "time", PostTimeFormat.format(time), "zone", ZoneNames.shown(zone), "where", where(reader, place));
            return switch (reminders.sendTest(reminder)) {
                case ARRIVED -> privately(texts.text(reader, "on.title"), texts.format(reader, "on.arrived", when));
                case DMS_CLOSED -> problem(reader, "on.closed");
                case FAILED -> privately(texts.text(reader, "on.title"), texts.format(reader, "on.failed", when));
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
    }
}
