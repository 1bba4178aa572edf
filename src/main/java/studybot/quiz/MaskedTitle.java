package studybot.quiz;

import java.util.Optional;

/**
 * What a which-section question needs of its own section's title: the fact with the title's words masked, and whether
 * another title shares a word with it (such a title is no fair distractor). English titles are masked by their word
 * forms ({@link TitleMask}), French, Spanish and German ones by the language's stemmer ({@link LanguageTitleMask}).
 */
interface MaskedTitle {

    /** The fact with the title's words masked, or empty when it cannot be asked without giving the title away. */
    Optional<String> question(String fact);

    /** Whether {@code other} has a word of this title, in any of its forms. */
    boolean sharesWordWith(String other);
}
