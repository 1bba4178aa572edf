package studybot.progress.command;

import java.util.Locale;
import studybot.progress.ProgressException;
import studybot.reply.Reply;

/**
 * Progress work that may be refused ({@link ProgressException}: no such section, unreadable input), and how every
 * {@code /read}, {@code /unread}, {@code /progress} answer and progress click turns a refusal into its problem reply in
 * the reader's language.
 */
@FunctionalInterface
interface Refusable {

    Reply run() throws ProgressException;

    /** The work's reply, or the refusal's problem in {@code reader}'s language. */
    static Reply answer(Locale reader, Refusable work) {
        try {
            return work.run();
        } catch (ProgressException e) {
            return Reply.problem(e.message(reader));
        }
    }
}
