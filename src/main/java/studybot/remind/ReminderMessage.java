package studybot.remind;

import java.util.List;
import java.util.Map;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;

/**
 * The reminder DM, in the member's language: how many reviews are due and in which book, with "Start", "Snooze" and
 * "Stop".
 */
public final class ReminderMessage {

    private ReminderMessage() {}

    /** @param texts the {@code remind} bundle */
    public static Reply of(Reminder reminder, int due, String bookTitle, Texts texts) {
        return Reply.content(texts.text(reminder.locale(), "dm.title"), text(reminder, due, bookTitle, texts))
                .withActions(List.of(
                        new ReplyAction.Button(
                                texts.text(reminder.locale(), "dm.start"),
                                ReminderIds.start(reminder.memberId(), reminder.place()),
                                ReplyAction.Style.PRIMARY,
                                "/quiz next"),
                        new ReplyAction.Button(
                                texts.format(
                                        reminder.locale(), "dm.snooze", Map.of("hours", Reminders.SNOOZE.toHours())),
                                ReminderIds.snooze(reminder.memberId()),
                                ReplyAction.Style.SECONDARY,
                                ""),
                        new ReplyAction.Button(
                                texts.text(reminder.locale(), "dm.stop"),
                                ReminderIds.stop(reminder.memberId()),
                                ReplyAction.Style.SECONDARY,
                                "/remind off")));
    }

    /** "7 reviews due in Redis replication". */
    public static String text(Reminder reminder, int due, String bookTitle, Texts texts) {
        return texts.format(reminder.locale(), "dm.due", Map.of("count", due, "book", bookTitle));
    }
}
