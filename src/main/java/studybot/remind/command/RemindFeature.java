package studybot.remind.command;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
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
import studybot.dailytips.InvalidSettingException;
import studybot.dailytips.PostTimeFormat;
import studybot.dailytips.TimeZones;
import studybot.remind.Reminder;
import studybot.remind.ReminderIds;
import studybot.remind.ReminderStatus;
import studybot.remind.Reminders;
import studybot.reply.Reply;
import studybot.reply.Text;
import studybot.server.ServerZones;

/**
 * {@code /remind on [time] [timezone]}, {@code /remind off} and {@code /remind status}, and the reminder DM's buttons.
 * A reminder counts the reviews of the place it was turned on in (a server, or the member's own place); "Start" asks
 * the first due card there through the quiz. In the console, which sends no DM, {@code on} and {@code status} show what
 * would be sent, and when.
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

    private final Reminders reminders;
    private final ServerZones zones;
    private final QuizInPlace quiz;

    /**
     * @param zones each server's time zone, the default for a reminder turned on there without one
     * @param quiz the quiz's click route, which "Start" and the questions it asks go through
     */
    public RemindFeature(Reminders reminders, ServerZones zones, ClickRoute quiz, BooksByPlace books) {
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.quiz = new QuizInPlace(quiz.handler(), books);
    }

    @Override
    public List<BotCommand> commands() {
        return List.of(new RemindCommand());
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return List.of(new ClickRoute(ReminderIds.PREFIX, ClickMode.PRIVATE_REPLY, this::click));
    }

    private Reply click(ClickCall click) {
        List<String> args = click.args();
        long clicker = click.asker().userId();
        Optional<Reminder> reminder = reminders.find(clicker);
        if (args.isEmpty()) {
            return notOurs();
        }
        if (args.get(0).equals(ReminderIds.QUIZ)) {
            Optional<Place> place = args.size() > 2 ? ReminderIds.place(args.get(1)) : Optional.empty();
            if (place.isEmpty() || reminder.isEmpty() || !reminder.get().place().equals(place.get())) {
                return notOurs();
            }
            return quiz.click(click, place.get(), args.subList(2, args.size()));
        }
        if (ReminderIds.member(args, 1).filter(member -> member == clicker).isEmpty()) {
            return notOurs();
        }
        return switch (args.get(0)) {
            case ReminderIds.START -> {
                Optional<Place> place = args.size() == 3 ? ReminderIds.place(args.get(2)) : Optional.empty();
                if (place.isEmpty()
                        || reminder.isEmpty()
                        || !reminder.get().place().equals(place.get())) {
                    yield Reply.problem("This reminder is for a place you no longer get reminders for. Use /quiz"
                            + " next where you study.");
                }
                yield quiz.click(click, place.get(), List.of("next"));
            }
            case ReminderIds.SNOOZE ->
                reminders
                        .snooze(clicker)
                        .map(until -> Reply.content(
                                        "Snoozed",
                                        Text.builder()
                                                .plain("I'll remind you again at ")
                                                .moment(until.getEpochSecond())
                                                .plain(".")
                                                .build())
                                .toAskerOnly())
                        .orElseGet(() -> Reply.problem("Your reminders are not on, so there is nothing to snooze."));
            case ReminderIds.STOP ->
                reminders.turnOff(clicker)
                        ? Reply.content("Reminders off", "No more reminders. /remind on starts them again.")
                                .toAskerOnly()
                        : Reply.problem("You have no reminders to stop.");
            default -> notOurs();
        };
    }

    private static Reply notOurs() {
        return Reply.problem("This button isn't one of your reminders. Nothing was changed.");
    }

    /** The command itself. */
    private final class RemindCommand implements BotCommand {

        @Override
        public CommandSpec spec() {
            return CommandSpec.withSubcommands(
                    NAME,
                    "A DM when reviews are due",
                    Access.EVERYONE,
                    Reach.EVERYWHERE,
                    new SubcommandSpec(
                            ON,
                            "DM me at this time on days with reviews due here (sends a test DM now)",
                            List.of(
                                    OptionSpec.text(TIME, "Time of day, 24-hour HH:mm, e.g. 19:00", MAX_TIME_LENGTH)
                                            .optional(),
                                    OptionSpec.text(TIMEZONE, "Your timezone, e.g. Europe/Berlin", MAX_TIMEZONE_LENGTH)
                                            .optional()
                                            .withAutocomplete())),
                    new SubcommandSpec(OFF, "No more reminders"),
                    new SubcommandSpec(STATUS, "Your reminder: when, for where, and whether it is paused"));
        }

        @Override
        public Reply answer(CommandCall call) {
            long member = call.asker().userId();
            return switch (call.subcommand()) {
                case ON -> on(call, member);
                case OFF ->
                    reminders.turnOff(member)
                            ? Reply.content("Reminders off", "No more reminders. /remind on starts them again.")
                                    .toAskerOnly()
                            : Reply.problem("You have no reminders to turn off.");
                default -> status(call.scope().place(), member);
            };
        }

        private Reply on(CommandCall call, long member) {
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
                return Reply.problem(e.getMessage());
            }
            Place place = call.scope().place();
            Reminder reminder = reminders.turnOn(member, place, time, zone);
            String when = "at " + PostTimeFormat.format(time) + " (" + zone.getId() + ") on days with reviews due "
                    + where(place) + ".";
            if (place.isConsole()) {
                return status(place, member);
            }
            return switch (reminders.sendTest(reminder)) {
                case ARRIVED ->
                    Reply.content(
                                    "Reminders on",
                                    "I'll DM you " + when + " A test DM just arrived in your direct messages.")
                            .toAskerOnly();
                case DMS_CLOSED ->
                    Reply.problem("I couldn't DM you, so reminders are paused. Discord only lets"
                            + " studybot DM you if you share a server with it and allow DMs from its members (or if"
                            + " you installed studybot to your account), and you haven't blocked it. Fix that, then"
                            + " run /remind on again.");
                case FAILED ->
                    Reply.content(
                                    "Reminders on",
                                    "I'll DM you " + when + " The test DM didn't go out just now (Discord didn't"
                                            + " answer); the reminders will still be tried.")
                            .toAskerOnly();
            };
        }

        private ZoneId defaultZone(Place place) {
            return place.isServer() ? zones.zoneOf(place.id()) : ZoneOffset.UTC;
        }

        private Reply status(Place here, long member) {
            Optional<Reminder> found = reminders.find(member);
            if (found.isEmpty()) {
                return Reply.content(
                                "Reminders",
                                "You have no reminders. /remind on time:19:00 sends you a DM at 19:00 on days with"
                                        + " reviews due.")
                        .toAskerOnly();
            }
            Reminder reminder = found.get();
            Text.Builder text = Text.builder()
                    .plain("At " + PostTimeFormat.format(reminder.time()) + " ("
                            + reminder.zone().getId() + "), for your reviews " + where(reminder.place()) + ". ")
                    .plain(statusLine(reminder.status()));
            reminders.lastSent(member).ifPresent(sent -> text.plain(" Last reminder: " + sent.date() + "."));
            Reply reply = Reply.content("Reminders", text.build()).toAskerOnly();
            Optional<Reminders.Preview> preview = reminders.preview(member);
            if (preview.isEmpty()) {
                return reply;
            }
            Reminders.Preview next = preview.get();
            Text.Builder nextLine =
                    Text.builder().plain("Next: ").moment(next.at().getEpochSecond());
            nextLine.plain(
                    next.dueNow() == 0
                            ? " (nothing due by then, so no DM unless that changes)."
                            : ", a DM saying \"" + next.message().text().plainText() + "\".");
            if (here.isConsole()) {
                nextLine.plain(" The console sends no DM; this is what would be sent.");
            }
            return Reply.content(reply.title(), Text.lines(List.of(reply.text(), nextLine.build())))
                    .toAskerOnly();
        }

        private static String statusLine(ReminderStatus status) {
            return switch (status) {
                case ON -> "On.";
                case OFF -> "Off: /remind on turns it on again.";
                case DMS_CLOSED ->
                    "Paused: Discord refused my last DM (your DMs are closed to studybot, or you"
                            + " share no server with it). Allow DMs, then /remind on.";
                case IDLE ->
                    "Stopped after " + Reminders.IDLE_DAYS + " days without a review: /remind on starts it again.";
            };
        }

        private static String where(Place place) {
            return switch (place.kind()) {
                case SERVER -> "in the server you turned them on in";
                case PERSONAL -> "in your own space (DMs)";
                case CONSOLE -> "in the console";
            };
        }

        @Override
        public List<Choice> complete(CompletionCall call) {
            if (!call.option().equals(TIMEZONE)) {
                return List.of();
            }
            return TimeZones.complete(call.typed()).stream()
                    .map(zone -> new Choice(zone, zone))
                    .toList();
        }
    }
}
