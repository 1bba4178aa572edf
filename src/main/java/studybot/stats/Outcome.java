package studybot.stats;

import studybot.reply.Reply;

/**
 * How a command ended: answered, answered with a problem (bad input, a miss), failed with an exception, or turned away
 * before its handler ran (the store not keeping up, or studybot stopping).
 */
public enum Outcome {
    OK,
    PROBLEM,
    ERROR,
    REFUSED;

    /** The outcome of a command that returned {@code reply}. */
    public static Outcome of(Reply reply) {
        return reply.kind() == Reply.Kind.PROBLEM ? PROBLEM : OK;
    }
}
