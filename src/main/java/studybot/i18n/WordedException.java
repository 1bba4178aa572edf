package studybot.i18n;

import java.util.Locale;

/**
 * A refusal made deep in a service before anyone knows who will read it: it keeps its {@link Wording} rather than a
 * sentence, so the operator's log reads English ({@link #getMessage()}) while whoever asked reads it in their own
 * language. Each feature's refusals are a subclass of their own, so a caller catches only the ones it can answer.
 */
public abstract class WordedException extends Exception {

    private final transient Wording wording;

    protected WordedException(Wording wording) {
        super(wording.toString());
        this.wording = wording;
    }

    /** The refusal, to be worded for whoever reads it. */
    public Wording wording() {
        return wording;
    }

    /** The refusal in {@code reader}'s language. */
    public String message(Locale reader) {
        return wording.in(reader);
    }
}
