package studybot.section;

import java.util.Locale;
import java.util.Map;
import studybot.i18n.Texts;
import studybot.i18n.Wording;

/** Why typed text can't be looked up at all, with a sentence a reader can act on. */
public enum InputProblem {
    EMPTY("problem.empty"),
    TOO_LONG("problem.tooLong"),
    CONTROL_CHARACTERS("problem.control"),
    EMOJI("problem.emoji"),
    MENTION("problem.mention"),
    MARKDOWN("problem.markdown"),
    NOTHING_TO_LOOK_UP("problem.nothing"),
    LETTERED_NUMBER("problem.lettered");

    /** The {@code section} bundle: the sentences are the same wherever a section number is typed. */
    private static final Texts TEXTS = Texts.load("section");

    private final String key;

    InputProblem(String key) {
        this.key = key;
    }

    /** Plain text in {@code reader}'s language, safe to show as is. */
    public String explanation(Locale reader) {
        return wording().in(reader);
    }

    /** The explanation, to be worded for whoever reads the refusal it is put in. */
    public Wording wording() {
        return new Wording(TEXTS, key, Map.of("max", String.valueOf(UserText.MAX_LENGTH)));
    }
}
