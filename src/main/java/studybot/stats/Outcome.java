package studybot.stats;

import studybot.reply.Reply;

/** How a command ended: answered, answered with a problem (bad input, a miss), or failed with an exception. */
public enum Outcome {
    OK, PROBLEM, ERROR;

    /** The outcome of a command that returned {@code reply}. */
    public static Outcome of(Reply reply) {
        return reply.kind() == Reply.Kind.PROBLEM ? PROBLEM : OK;
    }
}
