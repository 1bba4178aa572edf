package studybot.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SeedParser;
import studybot.library.SourceLine;

/**
 * A large book whose sections differ from each other the way a real book's do, for the key-facts benchmark. Sentences
 * come from the three hand-labelled books (the seed, an operating-systems book and a networking book), recombined as
 * {@link SyntheticCorpus} does; in each section most long words (six letters or more) are then renamed to one of
 * {@value #VARIANTS} made-up variants of that word, consistently within the section. So a section keeps its sentence
 * shapes, its chatter cues (short words, adverbs in -ly, the judge's cue words are kept) and its own repeated terms,
 * but hardly any sentence repeats across the book and the vocabulary grows to tens of thousands of words, each in a few
 * dozen sections: what term statistics, caches and distractor searches see in a real 10,000-section book. (The plain
 * {@link SyntheticCorpus} repeats each of the seed's ~100 sentences hundreds of times.) Deterministic: the same sources
 * and random seed always give the same book.
 */
final class VariedCorpus {

    static final long RANDOM_SEED = 0x7A41_ED00L;
    /** How many made-up variants each long word has across the book. */
    static final int VARIANTS = 150;
    /** The share of a section's long words that it renames. */
    static final double RENAMED = 0.7;

    private static final Instant LOADED_AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final Path ORIGIN = Path.of("varied-corpus");
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{6,}");
    private static final String CONSONANTS = "bcdfghklmnprstvz";
    private static final String VOWELS = "aeiou";
    /** Long words the sentence judge reads as cues (asides, hedges, similes, slang), kept so chatter stays chatter. */
    private static final Set<String> KEPT = Set.of(
            "probably",
            "already",
            "decided",
            "realized",
            "realised",
            "wondered",
            "standing",
            "believe",
            "notice",
            "equivalent",
            "though",
            "difference",
            "between",
            "stupid",
            "nightmare",
            "magical",
            "insane",
            "goodness",
            "friend",
            "villain",
            "nemesis",
            "monster",
            "complain",
            "complains",
            "pretend",
            "pretends",
            "scream",
            "screams",
            "shout",
            "shouts",
            "shouting",
            "gossip",
            "gossips",
            "perhaps",
            "chapter",
            "section",
            "another",
            "either",
            "neither",
            "therefore",
            "otherwise",
            "because",
            "through",
            "without",
            "should",
            "before",
            "better",
            "little",
            "people",
            "really",
            "things",
            "always",
            "against",
            "imagine",
            "picture",
            "honestly",
            "seriously",
            "spoiler",
            "listen",
            "welcome",
            "whatever",
            "anyway",
            "alright",
            "awesome",
            "incredibly",
            "beautifully",
            "ridiculously",
            "basically",
            "mostly",
            "decide",
            "thank",
            "offense",
            "offence",
            "former",
            "latter",
            "however",
            "moreover",
            "furthermore",
            "actually",
            "indeed",
            "second",
            "finally",
            "instead",
            "meanwhile",
            "besides",
            "previous",
            "foremost");

    private VariedCorpus() {}

    /** 100 chapters of 100 sections from the seed and the two other labelled books. */
    static Library tenThousand(Library seed) {
        List<Library> sources = List.of(
                seed, book("src/test/resources/facts/os-book"), book("src/test/resources/facts/networking-book"));
        return generate(sources, SyntheticCorpus.CHAPTERS, SyntheticCorpus.SECTIONS_PER_CHAPTER, RANDOM_SEED);
    }

    static Library generate(List<Library> sources, int chapters, int sectionsPerChapter, long randomSeed) {
        Set<String> sentenceSet = new LinkedHashSet<>();
        Set<String> titleWordSet = new LinkedHashSet<>();
        for (Library source : sources) {
            sentenceSet.addAll(SyntheticCorpus.sentences(source));
            titleWordSet.addAll(SyntheticCorpus.titleWords(source));
        }
        List<String> sentences = List.copyOf(sentenceSet);
        List<String> titleWords = List.copyOf(titleWordSet);
        SplittableRandom random = new SplittableRandom(randomSeed);
        List<Section> sections = new ArrayList<>(chapters * sectionsPerChapter);
        int line = 1;
        for (int chapter = 1; chapter <= chapters; chapter++) {
            for (int number = 1; number <= sectionsPerChapter; number++) {
                Map<String, String> renamed = new HashMap<>();
                SplittableRandom topic = random.split();
                String title = renamed(SyntheticCorpus.title(random, titleWords), renamed, topic);
                List<String> paragraphs =
                        SyntheticCorpus.paragraphs(random, sentences, sentence -> renamed(sentence, renamed, topic));
                sections.add(new Section(
                        new SectionNumber(chapter, number), title, paragraphs, new SourceLine(ORIGIN, line++)));
            }
        }
        return new Library(sections, LOADED_AT);
    }

    /** The text with its long words renamed as this section renames them (deciding for words it has not seen yet). */
    private static String renamed(String text, Map<String, String> renamed, SplittableRandom topic) {
        Matcher words = LONG_WORD.matcher(text);
        StringBuilder result = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String name = renamed.computeIfAbsent(
                    lower,
                    key -> KEPT.contains(key) || key.endsWith("ly") || topic.nextDouble() >= RENAMED
                            ? key
                            : variant(key, topic.nextInt(VARIANTS)));
            words.appendReplacement(result, Matcher.quoteReplacement(withCaseOf(word, name)));
        }
        words.appendTail(result);
        return result.toString();
    }

    /**
     * Variant {@code k} of a lower-case word: its last three letters kept (so "-ing", "-ion", "-ers" still read as
     * such), the letters before them made up, alternating consonants and vowels where the word has them.
     */
    static String variant(String word, int k) {
        SplittableRandom letters = new SplittableRandom(word.hashCode() * 1_000_003L + k);
        int kept = word.length() - 3;
        StringBuilder made = new StringBuilder(word.length());
        for (int i = 0; i < kept; i++) {
            boolean vowel = VOWELS.indexOf(word.charAt(i)) >= 0;
            String from = vowel ? VOWELS : CONSONANTS;
            made.append(from.charAt(letters.nextInt(from.length())));
        }
        return made.append(word, kept, word.length()).toString();
    }

    /** {@code name} with the letter case of {@code word}, letter by letter ("ElastiCache" keeps its inner capital). */
    private static String withCaseOf(String word, String name) {
        StringBuilder cased = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            cased.append(i < word.length() && Character.isUpperCase(word.charAt(i)) ? Character.toUpperCase(c) : c);
        }
        return cased.toString();
    }

    private static Library book(String folder) {
        try {
            return new LibraryLoader(new SeedParser(), Clock.fixed(LOADED_AT, ZoneOffset.UTC)).load(Path.of(folder));
        } catch (LibraryException e) {
            throw new IllegalStateException("cannot load " + folder, e);
        }
    }
}
