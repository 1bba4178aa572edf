package studybot.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.SectionNumber;

/**
 * Reads any text at all as a {@link SectionQuery}, forgivingly: {@code § 20.4}, {@code 20,4}, {@code 20.04}, full-width
 * digits, {@code section 20.4} and a pasted heading all mean 20.4, and {@code 20.4.1} is a sub-section; a bare number
 * means a chapter; an appendix's lettered number ({@code A.1}) is a miss, as numbers are digits only here; anything
 * else is title words. Never throws: what can't be read becomes {@link SectionQuery.Unreadable}.
 */
public final class SectionQueryParser {

    /** The longest input read; Discord is told so, and longer input is refused with an explanation. */
    public static final int MAX_INPUT_LENGTH = UserText.MAX_LENGTH;

    private static final String PREFIX = "(?:§|section|sect|sec|chapter|chap|ch)?\\s*";
    private static final Pattern SECTION = Pattern.compile(
            PREFIX + "(\\d+)\\s*[.,]\\s*(\\d+)((?:\\s*[.,]\\s*\\d+){0,4})[.,]?(?:\\s+(.*))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHAPTER = Pattern.compile(PREFIX + "(\\d+)\\s*[.,]?", Pattern.CASE_INSENSITIVE);
    /** An appendix's own number, {@code A.1} or {@code B.2.3}, perhaps with its heading pasted after it. */
    private static final Pattern LETTERED = Pattern.compile(
            PREFIX + "\\p{L}\\s*[.,]\\s*\\d+(?:\\s*[.,]\\s*\\d+){0,4}[.,]?(?:\\s+(.*))?", Pattern.CASE_INSENSITIVE);

    private static final int MAX_INT_DIGITS = 10;

    public SectionQuery parse(String input) {
        Optional<InputProblem> problem = UserText.problemIn(input);
        if (problem.isPresent()) {
            return new SectionQuery.Unreadable(problem.get());
        }
        String text = UserText.normalized(input);
        Matcher section = SECTION.matcher(text);
        if (section.matches()) {
            List<String> written = new ArrayList<>();
            written.add(withoutLeadingZeros(section.group(1)));
            written.add(withoutLeadingZeros(section.group(2)));
            for (String deeper : section.group(3).split("[.,]")) {
                if (!deeper.isBlank()) {
                    written.add(withoutLeadingZeros(deeper.strip()));
                }
            }
            List<String> titleWords = section.group(4) == null ? List.of() : FoldedWords.of(section.group(4));
            return new SectionQuery.ForSection(
                    SectionNumber.of(
                            written.stream().map(SectionQueryParser::saturated).toList()),
                    String.join(".", written),
                    titleWords);
        }
        Matcher chapter = CHAPTER.matcher(text);
        if (chapter.matches()) {
            String written = withoutLeadingZeros(chapter.group(1));
            return new SectionQuery.ForChapter(saturated(written), written);
        }
        Matcher lettered = LETTERED.matcher(text);
        if (lettered.matches()) {
            return lettered(lettered.group(1));
        }
        List<String> words = FoldedWords.of(text);
        if (words.isEmpty()) {
            return new SectionQuery.Unreadable(InputProblem.NOTHING_TO_LOOK_UP);
        }
        return new SectionQuery.ForTitle(text, words);
    }

    /**
     * An appendix's number such as {@code A.1}: section numbers are digits only (an appendix is numbered as a chapter),
     * so a bare one is a clear miss, never title words ("1" matched "3.1.1 Stufe 1"); a pasted heading is looked up by
     * its title words.
     */
    private static SectionQuery lettered(String heading) {
        List<String> words = heading == null ? List.of() : FoldedWords.of(heading);
        return words.isEmpty()
                ? new SectionQuery.Unreadable(InputProblem.LETTERED_NUMBER)
                : new SectionQuery.ForTitle(heading.strip(), words);
    }

    private static String withoutLeadingZeros(String digits) {
        String stripped = digits.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }

    /** The number, or {@link Integer#MAX_VALUE} for anything bigger (still after every real chapter or section). */
    private static int saturated(String digits) {
        if (digits.length() > MAX_INT_DIGITS) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.min(Long.parseLong(digits), Integer.MAX_VALUE);
    }
}
