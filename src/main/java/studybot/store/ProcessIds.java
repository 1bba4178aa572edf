package studybot.store;

import java.util.UUID;

/**
 * Names a process in the rows that several processes over one store share (heartbeats, the owners of rounds): its pid,
 * for the operator to recognise, and a random part, so a process that gets a reused pid after a restart is not taken
 * for the one before it.
 */
public final class ProcessIds {

    private ProcessIds() {}

    /** A new name for this process; each call gives another, as each holder of rows names itself. */
    public static String fresh() {
        return ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
