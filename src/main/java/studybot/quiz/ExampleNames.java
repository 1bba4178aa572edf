package studybot.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.Section;

/**
 * The names a book's running examples make up: a name written like code ({@code front_of_house},
 * {@code PendingReviewPost}, {@code request_review()}) or capitalised inside a sentence ({@code Post},
 * {@code Breakfast}) that the book's prose keeps coming back to within a few neighbouring chapters only (at least
 * {@value #MENTIONS} paragraphs, chapters at most {@value #SPAN} apart), that no section title names and that no entry
 * of a reference defines as its headword, a part of one or a parameter ("csv.QUOTE_ALL: Instructs…", "csv",
 * "Popen(args, close_fds=True)"). A name mentioned once or twice is an aside (Fortran, {@code python.exe}), not an
 * example; a path whose first part is the book's vocabulary ({@code sys.path}) is the book's vocabulary too. A fact
 * that mentions such a name narrates the example ("The request_review method on Draft returns a new, boxed instance…"):
 * it teaches only a reader who has the example's code in front of them, so a question cannot ask it. The book's own
 * vocabulary spreads over chapters ({@code sys.path}, {@code Result}, {@code Rust}), is named by titles ({@code dir()},
 * {@code Rc<T>}) or is defined by entries. Names wrapped in double underscores ({@code __init__}) are the language's
 * hooks, never an example's.
 */
final class ExampleNames {

    /**
     * A word written like code: dotted or {@code ::} paths, underscores, inner capitals, a call's brackets; or any
     * word, kept when it is capitalised inside a sentence.
     */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.:'’-])[\\p{L}_][\\p{L}\\p{N}_]*(?:(?:\\.|::)[\\p{L}_][\\p{L}\\p{N}_]*)*(?:\\(\\))?"
                    + "(?![\\p{L}\\p{N}_'’-])");

    private static final Pattern CODE_LIKE = Pattern.compile(".*(?:[._:(]|\\p{Ll}\\p{Lu}).*");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:;]\\s+|[(\"“‘]\\s*)$");
    /** Between the parts of a path: "sys.path", "back_of_house::Breakfast". */
    private static final Pattern PATH_SEPARATOR = Pattern.compile("\\.|::");

    private static final Pattern DUNDER = Pattern.compile(".*__\\p{L}+__.*");

    /** How close together an example's chapters are: a running example spans a chapter's few pages. */
    static final int SPAN = 3;
    /** How many paragraphs an example's name takes at least: the prose keeps coming back to it. */
    static final int MENTIONS = 3;

    /** The example names. */
    private final Set<String> local;

    private ExampleNames(Set<String> local) {
        this.local = Set.copyOf(local);
    }

    static ExampleNames of(Library library) {
        Map<String, Uses> uses = new HashMap<>();
        Set<String> exempt = new HashSet<>();
        for (Section section : library.sections()) {
            int chapter = section.number().chapter();
            for (String name : names(section.title(), false)) {
                exempt.add(bare(name));
            }
            for (String paragraph : section.paragraphs()) {
                ReferenceEntry.headword(paragraph).ifPresent(headword -> {
                    exempt.add(headword.name());
                    exempt.addAll(List.of(PATH_SEPARATOR.split(headword.name())));
                    exempt.addAll(headword.parameterNames());
                });
                Set<String> words = new HashSet<>();
                for (String name : names(paragraph, false)) {
                    words.add(bare(name));
                    words.addAll(List.of(PATH_SEPARATOR.split(bare(name))));
                }
                words.forEach(
                        word -> uses.computeIfAbsent(word, any -> new Uses()).add(chapter));
            }
        }
        Set<String> local = new HashSet<>();
        uses.forEach((name, use) -> {
            if (use.last - use.first <= SPAN && use.paragraphs >= MENTIONS && !exempt.contains(name)) {
                local.add(name);
            }
        });
        local.removeIf(name -> {
            String[] parts = PATH_SEPARATOR.split(name, 2);
            return parts.length == 2 && !local.contains(parts[0]);
        });
        return new ExampleNames(local);
    }

    /** Where in the book a word is used: its first and last chapter, and in how many paragraphs. */
    private static final class Uses {
        private int first = Integer.MAX_VALUE;
        private int last = Integer.MIN_VALUE;
        private int paragraphs;

        void add(int chapter) {
            first = Math.min(first, chapter);
            last = Math.max(last, chapter);
            paragraphs++;
        }
    }

    /**
     * Whether the text mentions one of the book's example names, or a path whose first part is one
     * ({@code back_of_house::Breakfast}) or an example's one-letter variable ({@code m.group}, {@code d.strftime}).
     */
    boolean narratesExample(String fact) {
        for (String name : names(fact, true)) {
            if (DUNDER.matcher(name).matches()) {
                continue;
            }
            String[] parts = PATH_SEPARATOR.split(bare(name));
            if (local.contains(bare(name))
                    || parts.length > 1 && (local.contains(parts[0]) || parts[0].length() == 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a choice is one of the book's example names ("Post"): a name written alone, where a capital says it is a
     * name; an ordinary lower-case word is none.
     */
    boolean isExampleName(String choice) {
        String name = bare(choice.strip());
        String[] parts = PATH_SEPARATOR.split(name);
        boolean nameLike = CODE_LIKE.matcher(name).matches() || Character.isUpperCase(name.codePointAt(0));
        return nameLike
                && !DUNDER.matcher(name).matches()
                && (local.contains(name) || parts.length > 1 && (local.contains(parts[0]) || parts[0].length() == 1));
    }

    /**
     * The words of a text that look like names: all of them when {@code namesOnly} is false (a book's every word is
     * counted, so that a name's spread takes in its uses in any position), else only those written like code or
     * capitalised inside a sentence.
     */
    private static List<String> names(String text, boolean namesOnly) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            String name = matcher.group();
            if (!namesOnly
                    || CODE_LIKE.matcher(name).matches()
                    || Character.isUpperCase(name.codePointAt(0))
                            && !SENTENCE_START
                                    .matcher(text.substring(0, matcher.start()))
                                    .find()) {
                names.add(name);
            }
        }
        return names;
    }

    /** A name without a call's brackets or trailing dots: "dir()" and "dir" are one name. */
    private static String bare(String name) {
        return name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
    }
}
