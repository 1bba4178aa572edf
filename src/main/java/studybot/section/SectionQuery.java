package studybot.section;

import java.util.List;
import java.util.Objects;
import studybot.library.SectionNumber;

/**
 * What someone meant by what they typed, decided once so that lookup never has to look at raw text again. Numbers too
 * big for an {@code int} are kept as typed in {@code written} and saturate in the number, which still sorts after every
 * real section, so they end up as a miss with the last sections suggested.
 */
public sealed interface SectionQuery {

    /**
     * A section number, as in {@code 20.4}, {@code §20,04} or a pasted heading {@code 20.4 Replication Groups}.
     *
     * @param written the number as typed, without leading zeros, for messages: {@code 20.4}
     * @param titleWords folded words that followed the number, used to suggest the right section when the number is
     *     wrong; usually empty
     */
    record ForSection(SectionNumber number, String written, List<String> titleWords) implements SectionQuery {
        public ForSection {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(written, "written");
            titleWords = List.copyOf(titleWords);
        }
    }

    /** A bare chapter, as in {@code 20} or {@code §20}. */
    record ForChapter(int chapter, String written) implements SectionQuery {
        public ForChapter {
            Objects.requireNonNull(written, "written");
        }
    }

    /**
     * Words to find in section titles.
     *
     * @param text the input, normalised, for messages
     * @param words the folded words to match
     */
    record ForTitle(String text, List<String> words) implements SectionQuery {
        public ForTitle {
            Objects.requireNonNull(text, "text");
            words = List.copyOf(words);
        }
    }

    /** Text that can't be looked up, and why. */
    record Unreadable(InputProblem problem) implements SectionQuery {
        public Unreadable {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
