package studybot.search.semantic;

import java.util.Map;
import studybot.i18n.Texts;
import studybot.i18n.Wording;

/**
 * Where search by meaning stands, overall for the log or for one book in {@code /stats}: off by config, the model
 * loading, the book waiting while other books are embedded, vectors being built (BM25 answers alone meanwhile), ready,
 * or unavailable on this machine (BM25 only, with the reason).
 *
 * @param state the stage
 * @param model the model's name
 * @param done passages with a vector so far (while building)
 * @param total passages of the book being indexed (of the book it is the status of, for one book)
 * @param embedded passages this build had to embed (the rest came from the on-disk store)
 * @param reason why search by meaning is unavailable; empty otherwise
 */
public record SemanticStatus(State state, String model, int done, int total, int embedded, String reason) {

    private static final Texts TEXTS = Texts.load("search/semantic");

    public enum State {
        OFF,
        NOT_STARTED,
        LOADING,
        WAITING,
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

    /** A book waiting for its turn while the model embeds other books. */
    public static SemanticStatus waiting(String model) {
        return new SemanticStatus(State.WAITING, model, 0, 0, 0, "");
    }

    /** Ready, or known not to become ready: nothing more will change without a new edition. */
    public boolean settled() {
        return state == State.READY || state == State.UNAVAILABLE || state == State.OFF;
    }

    /** One line for the log, in English. */
    public String describe() {
        return wording().toString();
    }

    /** One line for {@code /stats}, to be worded for its reader. */
    public Wording wording() {
        Map<String, String> arguments = Map.of(
                "model",
                model,
                "done",
                String.valueOf(done),
                "total",
                String.valueOf(total),
                "reason",
                String.valueOf(reason));
        String key = switch (state) {
            case OFF -> "status.off";
            case NOT_STARTED -> "status.notStarted";
            case LOADING -> "status.loading";
            case WAITING -> "status.waiting";
            case BUILDING -> "status.building";
            case READY -> "status.ready";
            case UNAVAILABLE -> "status.unavailable";
        };
        return new Wording(TEXTS, key, arguments);
    }
}
