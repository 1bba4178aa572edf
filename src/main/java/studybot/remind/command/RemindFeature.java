package studybot.remind.command;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import studybot.command.BooksByPlace;
import studybot.command.BotCommand;
import studybot.command.ClickCall;
import studybot.command.ClickMode;
import studybot.command.ClickRoute;
import studybot.command.Feature;
import studybot.command.Place;
import studybot.i18n.Texts;
import studybot.remind.Reminder;
import studybot.remind.ReminderIds;
import studybot.remind.Reminders;
import studybot.reply.Reply;
import studybot.server.ServerZones;

/**
 * The reminders feature: its command, {@link RemindCommand} ({@code /remind on}, {@code off} and {@code status}), and
 * the reminder DM's buttons, all answered privately in the member's language. A reminder counts the reviews of the
 * place it was turned on in (a server, or the member's own place); "Start" asks the first due card there through the
 * quiz.
 */
public final class RemindFeature implements Feature {

    /** The quiz's id arguments for its next question ({@code quiz:next}). */
    private static final List<String> QUIZ_NEXT = List.of("next");

    private final Reminders reminders;
    private final QuizInPlace quiz;
    private final Texts texts;
    private final RemindCommand command;

    /**
     * @param zones each server's time zone, the default for a reminder turned on there without one
     * @param quiz the quiz's click route, which "Start" and the questions it asks go through
     * @param books the book of each place, which a question asked from a reminder comes from
     * @param texts the {@code remind} bundle
     */
    public RemindFeature(Reminders reminders, ServerZones zones, ClickRoute quiz, BooksByPlace books, Texts texts) {
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.quiz = new QuizInPlace(quiz, books);
        this.texts = Objects.requireNonNull(texts, "texts");
        this.command = new RemindCommand(reminders, Objects.requireNonNull(zones, "zones"), texts);
    }

    @Override
    public List<BotCommand> commands() {
        return List.of(command);
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
}
