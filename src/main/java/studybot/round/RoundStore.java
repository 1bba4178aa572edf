package studybot.round;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import studybot.store.Migrations;
import studybot.store.PersonalColumn;

/**
 * What studybot keeps about rounds: each round's row, moved on one step at a time, and each member's first answer to
 * each question. One method per transaction. A store serves one process: each round is held by one process at a time
 * (its owner) until a moment the owner keeps renewing, and only its owner moves it on; another process over the same
 * database takes it over once the owner let go of it or stopped renewing it.
 */
public interface RoundStore {

    /**
     * The round tables: {@code db/round/sqlite/} and {@code db/round/postgresql/}, history in
     * {@code flyway_history_round}.
     */
    Migrations MIGRATIONS = new Migrations("round", "db/round")
            .withPersonalColumns(
                    PersonalColumn.owned("round_answers", "member_id"),
                    new PersonalColumn("rounds", "starter_id", PersonalColumn.Forget.SET_TO_NOBODY),
                    new PersonalColumn("rounds", "stopped_by", PersonalColumn.Forget.CLEAR));

    /** What became of a request to start a round. */
    sealed interface Begin {
        /** The round is stored and runs. */
        record Started() implements Begin {}

        /** The channel has a round running already. */
        record RunningHere() implements Begin {}

        /** The server has as many rounds running as it may. */
        record ServerFull(int running) implements Begin {}

        /** The channel's last round ended too recently; a new one may start at {@code until}. */
        record CoolingDown(Instant until) implements Begin {}
    }

    /**
     * Stores {@code round}, held by this process until {@code ownedUntil}, if its channel runs no round, its server
     * runs fewer than {@code maxPerServer} and the channel's last round ended at least {@code cooldown} before the
     * round's start.
     */
    Begin begin(Round round, int maxPerServer, Duration cooldown, Instant ownedUntil);

    /** The round running in the channel (not yet ended), if any. */
    Optional<Round> running(long channelId);

    Optional<Round> find(RoundKey key);

    /** Every round not yet ended, due first. */
    List<Round> unfinished();

    /** This process's rounds not yet ended whose next step is due at {@code now}, due first. */
    List<Round> due(Instant now);

    /**
     * The rounds not yet ended that no process holds at {@code now}: their owner let go of them, or last renewed them
     * for a moment before {@code now}. Due first.
     */
    List<Round> ownerless(Instant now);

    /**
     * Makes this process the round's owner until {@code ownedUntil} if nobody holds it at {@code now}; whether it did.
     * Of processes taking one round over at once, one does.
     */
    boolean takeOver(RoundKey key, Instant now, Instant ownedUntil);

    /** Keeps every unfinished round of this process its own until {@code ownedUntil}. */
    void renew(Instant ownedUntil);

    /** Lets go of this process's unfinished rounds, on an orderly stop, so the next process takes them over at once. */
    void release();

    /** Saves {@code to} if the stored round is still at {@code from}'s step and this process's; whether it was. */
    boolean advance(Round from, Round to);

    /**
     * Asks the running round to stop at its next step, due at once: its open question is revealed, then its scoreboard
     * posted. Whether it was running and not already asked to stop.
     */
    boolean requestStop(RoundKey key, long memberId, Instant now);

    /** Records a member's answer unless they answered that question already; whether it was recorded. */
    boolean addAnswer(RoundKey key, RoundAnswer answer);

    /** The member's answer to the question, if they gave one. */
    Optional<RoundAnswer> answer(RoundKey key, int question, long memberId);

    /** How many members answered the question. */
    int answerCount(RoundKey key, int question);

    /** Every answer of the round, by question then time. */
    List<RoundAnswer> answers(RoundKey key);

    /** Forgets the answers to a question that does not score (its fact left the book before its reveal). */
    void discardAnswers(RoundKey key, int question);

    /** Who may start rounds in the server, and where. */
    RoundAccess access(long serverId);

    /** Changes who may start rounds in the server, and where, in one transaction; the access it now has. */
    RoundAccess changeAccess(long serverId, UnaryOperator<RoundAccess> change);
}
