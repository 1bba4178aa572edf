package studybot.section;

/** Why typed text can't be looked up at all, with a sentence a reader can act on. */
public enum InputProblem {
    EMPTY("That was empty."),
    TOO_LONG("That is longer than " + UserText.MAX_LENGTH + " characters."),
    CONTROL_CHARACTERS("That has invisible or control characters in it."),
    EMOJI("Emoji and symbols can't be looked up."),
    MENTION("Mentions can't be looked up."),
    MARKDOWN("Formatting characters can't be looked up; type plain text."),
    NOTHING_TO_LOOK_UP("There is no section number or word in that.");

    private final String explanation;

    InputProblem(String explanation) {
        this.explanation = explanation;
    }

    /** Plain text, safe to show as is. */
    public String explanation() {
        return explanation;
    }
}
