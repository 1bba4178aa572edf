package studybot.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.Section;

/**
 * Finds the key facts of every section of a book: sentences that state something a student should remember, in the
 * section's own distinctive terms, and read correctly on their own.
 *
 * <p>Each paragraph is split into sentences and flattened sub-headings ({@link SentenceSplitter}); headings are never
 * part of a fact. Chatter is rejected ({@link SentenceJudge}). A sentence that stands alone becomes a fact, without its
 * leading connective, when it has at least {@value #MIN_DISTINCTIVE_TERMS} of the section's {@value #DISTINCTIVE_TERMS}
 * most distinctive terms ({@link TermStatistics}: frequent in this section, rare in the rest of the book). A sentence
 * that leans on the one before (by its own words, or by a definite subject taking up a noun the sentence before
 * introduced) joins it when that one stands alone and the pair is short enough and distinctive, and is dropped
 * otherwise (a sentence pointing back from inside may reach over a little chatter to it). Once a sentence announces the
 * running example ("the following code…"), the rest of its paragraph describes that example and gives no fact; nor does
 * the lower-case tail of a list item the book broke into paragraphs. A section keeps its
 * {@value #MAX_FACTS_PER_SECTION} most distinctive facts; a section with none contributes nothing, never a filler.
 *
 * <p>Pure and thread-safe; extraction is linear in the size of the book, sections in parallel.
 */
public final class KeyFactExtractor {

    /** The longest fact, in characters (a tip or a question must fit in one message comfortably). */
    public static final int MAX_LENGTH = 300;

    static final int DISTINCTIVE_TERMS = 24;
    /** Key terms (the words a question may blank) come from a wider set than the one that selects facts. */
    static final int KEY_TERM_CANDIDATES = 64;

    static final int MIN_DISTINCTIVE_TERMS = 2;
    static final int MAX_FACTS_PER_SECTION = 4;
    /** A long section keeps one fact for every this many of its sentences, if it has that many. */
    static final int SENTENCES_PER_FACT = 2;
    /** Chatter sentences a leaning sentence may reach back over to the sentence it completes. */
    static final int MAX_CHATTER_SKIPPED = 2;

    /**
     * Titles of sections about the book rather than its subject: what it will cover, what it covered, who wrote it and
     * who helped (a manual page's AUTHOR section). They praise, credit and summarise; the facts they repeat are taught,
     * and asked, where the book teaches them.
     */
    private static final Set<String> ABOUT_THE_BOOK = Set.of(
            "foreword",
            "preface",
            "summary",
            "conclusion",
            "conclusions",
            "afterword",
            "epilogue",
            "acknowledgements",
            "author",
            "authors",
            "acknowledgments",
            "what now?",
            "further reading",
            "colophon");

    /** Titles that say whom a book is for or how to read it: "Who Rust Is For", "How to Use This Book". */
    private static final Pattern ABOUT_THE_READER =
            Pattern.compile("who\\b.*\\bfor|.*\\bthis (?:book|guide|tutorial|manual)\\b.*");

    /**
     * A "See also" box's title: the one-sentence paragraph after it, and the headword-led ones after that, are pointers
     * at other pages ("Module calendar: General calendar related functions."), not facts of this one.
     */
    private static final Pattern SEE_ALSO = Pattern.compile("(?i)see also:?");

    /**
     * A lead-in that counts vaguely what its list names ("Python offers different primitive operations…:"): it says
     * nothing the items do not. One that states a fact ("…there are 3 or 4 nested scopes…:") is judged as any sentence.
     */
    private static final Pattern VAGUE_COUNT =
            Pattern.compile("\\b(?:different|several|various|some|many|a few|a number of|certain)\\s+\\p{L}");

    /** Prose has fewer brackets and operators than one in this many characters; code has more. */
    private static final int CODE_SYMBOLS_PER_CHARACTER = 12;

    private final SentenceJudge judge = new SentenceJudge();

    private static boolean aboutTheBook(String title) {
        String lower = title.strip().toLowerCase(Locale.ROOT);
        return ABOUT_THE_BOOK.contains(lower) || ABOUT_THE_READER.matcher(lower).matches();
    }

    public KeyFacts extract(Library library) {
        return extractWithSubHeadings(library).facts();
    }

    /**
     * The book's key facts and sub-headings by the rules of its language: these English rules for an English book (or
     * one that does not say), {@link DefiningSentenceFacts} for a language {@link FactLanguages} has words for, and no
     * facts for any other (its sub-headings all the same).
     */
    public FactsAndSubHeadings extractInItsLanguage(Library library) {
        BookLanguage language = library.language();
        if (language.readsAsEnglish()) {
            return extractWithSubHeadings(library);
        }
        return FactLanguages.of(language)
                .map(words -> new DefiningSentenceFacts(words).extractWithSubHeadings(library))
                .orElseGet(() -> new FactsAndSubHeadings(new KeyFacts(List.of()), SubHeadings.of(library)));
    }

    /**
     * The key facts and the flattened sub-headings ({@link SubHeadings#of}, the same rule and the same result) in one
     * reading of the book: how the book writes its words is learnt once, and each paragraph is split into sentences
     * once for both.
     */
    public FactsAndSubHeadings extractWithSubHeadings(Library library) {
        TermStatistics statistics = TermStatistics.of(library);
        BookWords words = BookWords.of(library);
        SentenceSplitter splitter = new SentenceSplitter(new FlattenedHeadings(words));
        List<Section> sections = library.sections();
        List<SectionReading> readings = IntStream.range(0, sections.size())
                .parallel()
                .mapToObj(ordinal -> read(sections.get(ordinal), ordinal, statistics, splitter, words))
                .toList();
        Map<Section, List<SubHeading>> headings = new HashMap<>();
        readings.forEach(reading -> headings.put(reading.section(), reading.headings()));
        return new FactsAndSubHeadings(
                new KeyFacts(readings.stream()
                        .flatMap(reading -> reading.facts().stream())
                        .toList()),
                SubHeadings.of(headings));
    }

    /** What one section gave: its facts and its sub-headings. */
    private record SectionReading(Section section, List<KeyFact> facts, List<SubHeading> headings) {}

    private SectionReading read(
            Section section, int ordinal, TermStatistics statistics, SentenceSplitter splitter, BookWords words) {
        List<List<TextUnit>> units =
                section.paragraphs().stream().map(splitter::units).toList();
        return new SectionReading(
                section, factsOf(section, units, ordinal, statistics, words), SubHeadings.find(section, units));
    }

    private List<KeyFact> factsOf(
            Section section,
            List<List<TextUnit>> unitsByParagraph,
            int ordinal,
            TermStatistics statistics,
            BookWords words) {
        if (aboutTheBook(section.title())) {
            return List.of();
        }
        List<Map.Entry<String, Double>> ranked = statistics.distinctive(ordinal, KEY_TERM_CANDIDATES);
        FactTerms terms = new FactTerms(
                statistics,
                ordinal,
                weights(ranked.subList(0, Math.min(DISTINCTIVE_TERMS, ranked.size()))),
                weights(ranked),
                words);
        List<Draft> drafts = new ArrayList<>();
        int sentences = unitsByParagraph.stream().mapToInt(List::size).sum();
        boolean listBrokenBefore = false;
        Predicate<String> namesParameter = text -> false;
        Antecedent carried = null;
        String before = null;
        boolean seeAlso = false;
        boolean pointers = false;
        boolean listItems = false;
        for (int at = 0; at < unitsByParagraph.size(); at++) {
            List<TextUnit> paragraph = unitsByParagraph.get(at);
            listItems = listItems && listItem(paragraph);
            boolean pointer = paragraph.size() == 1
                    && (seeAlso
                            || pointers
                                    && Definitions.ledByHeadword(
                                            paragraph.get(0).text()));
            seeAlso = paragraph.size() == 1
                    && SEE_ALSO.matcher(paragraph.get(0).text()).matches();
            pointers = pointer || seeAlso;
            if (pointer || listItems && !opensEntry(paragraph.get(0)) && !namesItsSubjectInCode(paragraph.get(0))) {
                carried = null;
                listItems = listItems && !paragraph.get(0).text().strip().endsWith(":");
                continue;
            }
            listItems = !paragraph.isEmpty()
                    && !paragraph.get(paragraph.size() - 1).heading()
                    && judge.introducesList(paragraph.get(paragraph.size() - 1).text());
            boolean leadsIntoList =
                    at + 1 < unitsByParagraph.size() && startsUnpunctuatedItem(unitsByParagraph.get(at + 1));
            boolean opensEntry = !paragraph.isEmpty() && opensEntry(paragraph.get(0));
            Antecedent previous = carried != null
                            && !paragraph.isEmpty()
                            && !opensEntry
                            && !paragraph.get(0).heading()
                            && !Definitions.headlessNounPhrase(paragraph.get(0).text())
                    ? carried
                    : null;
            boolean aboutAnExample = false;
            String entrySource = previous == null ? null : previous.source();
            if (opensEntry) {
                namesParameter = ReferenceEntries.namesParameter(
                        ReferenceEntries.parameters(paragraph.get(0).text()));
            }
            for (TextUnit unit : paragraph) {
                if (unit.heading()) {
                    namesParameter = text -> false;
                }
                boolean tailOfAList = listBrokenBefore && unit == paragraph.get(0) && opensInLowerCase(unit.text());
                boolean leansOnEntry = !(opensEntry && unit == paragraph.get(0)) && namesParameter.test(unit.text());
                boolean leadIn = leadsIntoList
                        && unit == paragraph.get(paragraph.size() - 1)
                        && unit.text().strip().endsWith(":")
                        && VAGUE_COUNT.matcher(unit.text()).find();
                if (leadIn) {
                    previous = null;
                } else if (!aboutAnExample && !tailOfAList) {
                    previous = next(unit, before, previous, drafts, terms, leansOnEntry);
                }
                before = unit.heading() ? null : unit.text();
                if (previous != null && previous.source().equals(entrySource)) {
                    // the entry before is completed only by this paragraph's first sentence
                    previous = null;
                }
                entrySource = null;
                aboutAnExample = aboutAnExample || !unit.heading() && judge.announcesExample(unit.text());
            }
            carried = opensEntry ? previous : null;
            listBrokenBefore = !paragraph.isEmpty()
                    && unclosed(paragraph.get(paragraph.size() - 1).text());
        }
        Set<Draft> kept = new HashSet<>(drafts.stream()
                .sorted(Comparator.comparingDouble(Draft::score).reversed())
                .limit(Math.max(MAX_FACTS_PER_SECTION, sentences / SENTENCES_PER_FACT))
                .toList());
        List<KeyFact> facts = new ArrayList<>();
        for (Draft draft : drafts) {
            if (kept.contains(draft)) {
                facts.add(new KeyFact(
                        FactIds.of(draft.text),
                        draft.text,
                        section.number(),
                        terms.of(draft.text, draft.tokens),
                        draft.sources));
            }
        }
        return facts;
    }

    private static Map<String, Double> weights(List<Map.Entry<String, Double>> ranked) {
        Map<String, Double> weights = new LinkedHashMap<>();
        ranked.forEach(entry -> weights.put(entry.getKey(), entry.getValue()));
        return weights;
    }

    /**
     * Handles one unit; returns the sentence a leaning one after it may still join, or null. A sentence that stands
     * alone is that antecedent whether or not it is a fact itself (a pair may have the distinctive terms one sentence
     * lacks), and stays so across up to {@value #MAX_CHATTER_SKIPPED} sentences that do not join it. Only a fact takes
     * a sentence opening with a pronoun, and only right after it: after chatter the pronoun names whatever the chatter
     * was about, and a sentence that is no fact by itself is completed only by one pointing back from inside
     * ("Connection pooling solves this…"). {@code before} is the sentence just before it in the section, whatever its
     * verdict: a definite subject taking up a noun it introduced leans ({@link AnaphoricDefinite}).
     */
    private Antecedent next(
            TextUnit unit,
            String before,
            Antecedent previous,
            List<Draft> drafts,
            FactTerms terms,
            boolean namesParameter) {
        if (unit.heading()) {
            return null;
        }
        String sentence = unit.text();
        String text = closed(Connectives.drop(Asides.withoutIntensifiers(Asides.drop(sentence))));
        List<Stems.Token> tokens = text.length() > MAX_LENGTH ? List.of() : terms.tokens(text);
        double score = text.length() > MAX_LENGTH ? 0 : terms.score(text, tokens);
        if (score == 0 && previous == null) {
            // judged only if a leaning sentence comes to join it: most such sentences are never needed
            return text.length() > MAX_LENGTH ? null : new Antecedent(text, sentence, null, 0, judge);
        }
        Verdict verdict = judge.judge(sentence);
        if (verdict == Verdict.STANDS_ALONE
                && (namesParameter || before != null && AnaphoricDefinite.refersBack(text, before))) {
            verdict = Verdict.LEANS_ON_CONTEXT;
        }
        if (verdict == Verdict.STANDS_ALONE) {
            if (score == 0) {
                return text.length() > MAX_LENGTH ? null : new Antecedent(text, sentence, null, 0, judge);
            }
            Draft draft = new Draft(text, List.of(sentence), tokens, score);
            drafts.add(draft);
            return new Antecedent(text, sentence, draft, 0, judge);
        }
        if (verdict == Verdict.CHATTER) {
            return skipped(previous);
        }
        if (previous != null
                && (previous.chatterSince() == 0 && previous.draft() != null || !judge.opensWithPronoun(sentence))
                && judge.joinable(sentence)
                && previous.standsAlone()) {
            String pair = previous.text() + " " + closed(Asides.drop(sentence));
            List<Stems.Token> pairTokens = pair.length() > MAX_LENGTH ? List.of() : terms.tokens(pair);
            double pairScore = pair.length() > MAX_LENGTH ? 0 : terms.score(pair, pairTokens);
            if (pairScore > 0) {
                Draft joined = new Draft(pair, List.of(previous.source(), sentence), pairTokens, pairScore);
                if (previous.draft() == null) {
                    drafts.add(joined);
                } else {
                    drafts.set(drafts.indexOf(previous.draft()), joined);
                }
                return null;
            }
        }
        return skipped(previous);
    }

    /** The antecedent after one more sentence that did not join it; null once too many came between. */
    private static Antecedent skipped(Antecedent previous) {
        return previous != null && previous.chatterSince() < MAX_CHATTER_SKIPPED ? previous.after() : null;
    }

    /**
     * The last sentence of a paragraph that may have stood alone (its fact's draft, or null when it is not a fact by
     * itself), and how many sentences came after it. Whether a sentence that is no fact stands alone is judged only
     * when a leaning sentence would join it, and at most once.
     */
    private static final class Antecedent {
        private final String text;
        private final String source;
        private final Draft draft;
        private final int chatterSince;
        private final SentenceJudge judge;
        private Boolean standsAlone;

        Antecedent(String text, String source, Draft draft, int chatterSince, SentenceJudge judge) {
            this.text = text;
            this.source = source;
            this.draft = draft;
            this.chatterSince = chatterSince;
            this.judge = judge;
            this.standsAlone = draft != null ? Boolean.TRUE : null;
        }

        String text() {
            return text;
        }

        String source() {
            return source;
        }

        Draft draft() {
            return draft;
        }

        int chatterSince() {
            return chatterSince;
        }

        Antecedent after() {
            Antecedent next = new Antecedent(text, source, draft, chatterSince + 1, judge);
            next.standsAlone = standsAlone;
            return next;
        }

        boolean standsAlone() {
            if (standsAlone == null) {
                standsAlone = judge.judge(source) == Verdict.STANDS_ALONE;
            }
            return standsAlone;
        }
    }

    /**
     * Whether a paragraph opens a reference entry: its first sentence is led by a headword ("Dialect.delimiter: A
     * one-character string…") or a signature ("random.seed(a=None, version=2): Initialize…"). The paragraph after it
     * continues the entry ("It defaults to ','."), so a sentence there that leans may complete the entry's last one.
     */
    private static boolean opensEntry(TextUnit unit) {
        return !unit.heading()
                && (Definitions.ledByHeadword(unit.text())
                        || !ReferenceEntries.parameters(unit.text()).isEmpty());
    }

    /** Whether a sentence opens with a name written as code: "re.match() checks…", "os.path is…", "sys_path…". */
    private static boolean namesItsSubjectInCode(TextUnit unit) {
        String first = Words.firstToken(unit.text());
        return first.indexOf('.') > 0 && first.indexOf('.') < first.length() - 1
                || first.contains("(")
                || first.contains("_");
    }

    /**
     * Whether a paragraph opens with a list item the book left without closing punctuation ("re.match() checks for a
     * match only at the beginning of the string"): the paragraph before it ends with the list's lead-in.
     */
    private static boolean startsUnpunctuatedItem(List<TextUnit> paragraph) {
        return !paragraph.isEmpty()
                && !paragraph.get(0).heading()
                && unclosed(paragraph.get(0).text())
                && prose(paragraph.get(0).text());
    }

    /**
     * Whether a paragraph may be an item of a list: one sentence of prose. After a lead-in that announces a list
     * ("…except that:"), such an item says what the lead-in was about ("The capturestderr argument is replaced…", "Each
     * patch includes…"); an item led by a headword ("__missing__(key): …") names its subject and stands.
     */
    private static boolean listItem(List<TextUnit> paragraph) {
        return paragraph.size() == 1
                && !paragraph.get(0).heading()
                && prose(paragraph.get(0).text());
    }

    /** Whether a paragraph is prose rather than code: it opens with a letter, and brackets and operators are rare. */
    private static boolean prose(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || !Character.isLetter(stripped.charAt(0))) {
            return false;
        }
        long symbols =
                stripped.chars().filter(c -> "=(){}[]<>;#$".indexOf(c) >= 0).count();
        return symbols * CODE_SYMBOLS_PER_CHARACTER <= stripped.length();
    }

    /** Whether a paragraph ends without closing punctuation: a list item the next paragraph continues. */
    private static boolean unclosed(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && ".!?:)\"”’'".indexOf(stripped.charAt(stripped.length() - 1)) < 0;
    }

    private static boolean opensInLowerCase(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && Character.isLowerCase(stripped.charAt(0));
    }

    /** The sentence with a closing colon (it introduced an example or code the fact leaves out) made a full stop. */
    static String closed(String text) {
        return text.endsWith(":") ? text.substring(0, text.length() - 1).stripTrailing() + "." : text;
    }

    /**
     * A fact being assembled; identity matters (two drafts may have the same text). It keeps the analysis its score was
     * computed from, so a kept fact's key terms do not analyse the text again.
     */
    private static final class Draft {
        private final String text;
        private final List<String> sources;
        private final List<Stems.Token> tokens;
        private final double score;

        Draft(String text, List<String> sources, List<Stems.Token> tokens, double score) {
            this.text = text;
            this.sources = sources;
            this.tokens = tokens;
            this.score = score;
        }

        double score() {
            return score;
        }
    }
}
