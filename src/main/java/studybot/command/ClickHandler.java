package studybot.command;

import studybot.reply.Reply;

/** Answers clicks on the buttons and pick lists whose ids start with one prefix. */
@FunctionalInterface
public interface ClickHandler {

    /** Answers any click, including ids from older versions; a problem reply when it makes no sense. */
    Reply click(ClickCall call);
}
