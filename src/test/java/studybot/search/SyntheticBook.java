package studybot.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;

/**
 * A book of any size for benchmarks: the seed's sections over and over, each with a paragraph of made-up words
 * added so the vocabulary grows the way a real book's does (a 10,000-section book has tens of thousands of
 * distinct words, which is what fuzzy and prefix lookups have to walk).
 */
final class SyntheticBook {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "zen", "pra", "dul",
            "gor", "shi", "ban", "tek", "qua", "rix", "mon", "fel", "dra", "por", "sul", "ven", "cor"};

    private SyntheticBook() {
    }

    static Library of(int size, Library seed) {
        List<Section> templates = seed.sections();
        Random random = new Random(size);
        List<Section> sections = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Section template = templates.get(i % templates.size());
            List<String> paragraphs = new ArrayList<>(template.paragraphs());
            paragraphs.add(madeUpSentence(random, 40));
            sections.add(new Section(new SectionNumber(1 + i / 100, 1 + i % 100),
                    template.title() + " " + madeUpWord(random), paragraphs,
                    new SourceLine(Path.of("synthetic.txt"), i + 1)));
        }
        return new Library(sections, seed.loadedAt());
    }

    private static String madeUpSentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sentence.append(i == 0 ? "" : " ").append(madeUpWord(random));
        }
        return sentence.append('.').toString();
    }

    private static String madeUpWord(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }
}
