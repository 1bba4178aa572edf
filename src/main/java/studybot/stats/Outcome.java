package studybot.stats;

import studybot.reply.Reply;

/**
 * How a command ended: answered, answered with a problem (bad input, a miss), failed with an exception, turned away
 * before its handler ran (the store not keeping up, or studybot stopping), or answered by its handler but the answer
 * never reached the member (Discord kept failing it, or the interaction expired first).
 */
public enum Outcome {
    OK,
    PROBLEM,
    ERROR,
    REFUSED,
    UNDELIVERED;

    /** The outcome of a command that returned {@code reply}. */
    public static Outcome of(Reply reply) {
        return reply.kind() == Reply.Kind.PROBLEM ? PROBLEM : OK;
    }
}
