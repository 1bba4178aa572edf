package studybot.search.semantic;

/**
 * Where search by meaning stands, for {@code /stats} and the log: off by config, the model loading, vectors being built
 * (BM25 answers alone meanwhile), ready, or unavailable on this machine (BM25 only, with the reason).
 *
 * @param state the stage
 * @param model the model's name
 * @param done passages with a vector so far (while building)
 * @param total passages of the book being indexed
 * @param embedded passages this build had to embed (the rest came from the on-disk store)
 * @param reason why search by meaning is unavailable; empty otherwise
 */
public record SemanticStatus(State state, String model, int done, int total, int embedded, String reason) {

    public enum State {
        OFF,
        NOT_STARTED,
        LOADING,
        BUILDING,
        READY,
        UNAVAILABLE
    }

    public static SemanticStatus off() {
        return new SemanticStatus(State.OFF, "", 0, 0, 0, "");
    }

    public static SemanticStatus notStarted() {
        return new SemanticStatus(State.NOT_STARTED, "", 0, 0, 0, "");
    }

    /** Ready, or known not to become ready: nothing more will change without a new edition. */
    public boolean settled() {
        return state == State.READY || state == State.UNAVAILABLE || state == State.OFF;
    }

    /** One line for {@code /stats}. */
    public String describe() {
        return switch (state) {
            case OFF -> "BM25 (search by meaning is off: search.semantic is false)";
            case NOT_STARTED -> "BM25 (search by meaning not started)";
            case LOADING -> "BM25 alone for now; loading the model " + model;
            case BUILDING ->
                "BM25 alone for now; embedding the book with " + model + ": " + done + " of " + total + " passages";
            case READY -> "BM25 + meaning (" + model + ", " + total + " passages)";
            case UNAVAILABLE -> "BM25 only; search by meaning is unavailable: " + reason;
        };
    }
}
