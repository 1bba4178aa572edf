package studybot.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;

/**
 * A large book made only of the seed's own text, so that search benchmarks measure the same words every run: a seeded
 * {@link SplittableRandom} (whose sequence the JDK specifies exactly) recombines the seed's sentences into paragraphs
 * and its title words into titles, numbered {@code 1.1} up to {@code CHAPTERS.SECTIONS}. The same seed book and random
 * seed always give the same sections, on any JVM.
 */
public final class SyntheticCorpus {

    /** 100 chapters of 100 sections: 1.1 .. 100.100, 10,000 sections. */
    static final int CHAPTERS = 100;

    static final int SECTIONS_PER_CHAPTER = 100;
    public static final long RANDOM_SEED = 0x5EED_B00CL;

    private static final Instant LOADED_AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final Path ORIGIN = Path.of("synthetic-corpus");
    /** After . ! ? (and a closing quote or bracket), before the next sentence's capital or opening quote. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?…][”’\")]?)\\s+(?=[\\p{Lu}“\"‘(])");

    private static final Pattern TITLE_SEPARATORS = Pattern.compile("[\\s:,]+");

    private SyntheticCorpus() {}

    /** The 10,000-section benchmark corpus. */
    static Library tenThousand(Library seed) {
        return generate(seed, CHAPTERS, SECTIONS_PER_CHAPTER, RANDOM_SEED);
    }

    /**
     * A corpus of {@code chapters × sectionsPerChapter} sections, e.g. a book of several hundred for the Discord bench.
     */
    public static Library generate(Library seed, int chapters, int sectionsPerChapter, long randomSeed) {
        List<String> sentences = sentences(seed);
        List<String> titleWords = titleWords(seed);
        if (sentences.isEmpty() || titleWords.isEmpty()) {
            throw new IllegalArgumentException("the seed book has no text to recombine");
        }
        SplittableRandom random = new SplittableRandom(randomSeed);
        List<Section> sections = new ArrayList<>(chapters * sectionsPerChapter);
        int line = 1;
        for (int chapter = 1; chapter <= chapters; chapter++) {
            for (int number = 1; number <= sectionsPerChapter; number++) {
                String title = title(random, titleWords);
                List<String> paragraphs = paragraphs(random, sentences, UnaryOperator.identity());
                sections.add(new Section(
                        new SectionNumber(chapter, number), title, paragraphs, new SourceLine(ORIGIN, line++)));
            }
        }
        return new Library(sections, LOADED_AT);
    }

    /** Every sentence of every seed section, in book order, duplicates dropped. */
    static List<String> sentences(Library seed) {
        Set<String> found = new LinkedHashSet<>();
        for (Section section : seed.sections()) {
            for (String paragraph : section.paragraphs()) {
                for (String sentence :
                        SENTENCE_BREAK.split(paragraph.replace('\n', ' ').strip())) {
                    if (!sentence.isBlank()) {
                        found.add(sentence.strip());
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** The words of the seed's titles, in book order, duplicates dropped. */
    static List<String> titleWords(Library seed) {
        Set<String> found = new LinkedHashSet<>();
        for (Section section : seed.sections()) {
            for (String word : TITLE_SEPARATORS.split(section.title())) {
                if (!word.isBlank()) {
                    found.add(word);
                }
            }
        }
        return List.copyOf(found);
    }

    /** Two to six title words. */
    static String title(SplittableRandom random, List<String> words) {
        int count = random.nextInt(2, 7);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                title.append(' ');
            }
            title.append(words.get(random.nextInt(words.size())));
        }
        return title.toString();
    }

    /**
     * One to three paragraphs of two to six sentences, each passed through {@code rewrite}: about the length of a real
     * section's opening.
     */
    static List<String> paragraphs(SplittableRandom random, List<String> sentences, UnaryOperator<String> rewrite) {
        int count = random.nextInt(1, 4);
        List<String> paragraphs = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            int length = random.nextInt(2, 7);
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < length; s++) {
                if (s > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(rewrite.apply(sentences.get(random.nextInt(sentences.size()))));
            }
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }
}
