package studybot.discord;

import net.dv8tion.jda.api.interactions.Interaction;

/** Told about every answered interaction, for the interaction log and {@code /stats}. */
@FunctionalInterface
public interface InteractionObserver {

    /** How an interaction ended: content shown, a problem explained to the asker, or a handler failure. */
    enum Outcome { OK, PROBLEM, ERROR }

    void answered(Interaction interaction, String command, Outcome outcome, long handlerNanos);
}
