package studybot.facts;

/** What one sentence is, as far as key facts go. */
public enum Verdict {
    /** States something and reads on its own: a candidate fact (it still needs the section's distinctive terms). */
    STANDS_ALONE,
    /** Would be a fact but leans on what came before ("This is why…", "It solves…"). */
    LEANS_ON_CONTEXT,
    /** Greetings, jokes, metaphors, asides, rhetorical questions, one-word sentences: never a fact. */
    CHATTER
}
