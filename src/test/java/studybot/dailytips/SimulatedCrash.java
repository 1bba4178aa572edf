package studybot.dailytips;

/** The process dying mid-send: an Error, so nothing in the service catches it and no bookkeeping follows. */
final class SimulatedCrash extends Error {

    SimulatedCrash(String where) {
        super("simulated crash " + where);
    }
}
