package studybot.remind;

import java.util.List;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;

/** The reminder DM: how many reviews are due and in which book, with "Start", "Snooze" and "Stop". */
public final class ReminderMessage {

    private ReminderMessage() {}

    public static Reply of(Reminder reminder, int due, String bookTitle) {
        return Reply.content("Reviews waiting", text(due, bookTitle))
                .withActions(List.of(
                        new ReplyAction.Button(
                                "Start",
                                ReminderIds.start(reminder.memberId(), reminder.place()),
                                ReplyAction.Style.PRIMARY,
                                "/quiz next"),
                        new ReplyAction.Button(
                                "Snooze " + Reminders.SNOOZE.toHours() + " h",
                                ReminderIds.snooze(reminder.memberId()),
                                ReplyAction.Style.SECONDARY,
                                ""),
                        new ReplyAction.Button(
                                "Stop",
                                ReminderIds.stop(reminder.memberId()),
                                ReplyAction.Style.SECONDARY,
                                "/remind off")));
    }

    /** "7 reviews due in Redis replication". */
    public static String text(int due, String bookTitle) {
        return due + (due == 1 ? " review" : " reviews") + " due in " + bookTitle;
    }
}
