package studybot.quiz;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import studybot.facts.FactIds;
import studybot.facts.KeyFact;
import studybot.facts.KeyFacts;
import studybot.facts.KeyTerm;
import studybot.facts.TermKind;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;

/**
 * Every question of one edition of the book, built once at start and on reload (off the request path), looked up by
 * card id. Each key fact gives up to two cards:
 *
 * <ul>
 *   <li>fill in the blank: its most distinctive topical key term is blanked (every occurrence), and three distractors
 *       of the same {@link TermKind} (for a name, also of the same {@link TermRole sort}) are drawn from the book's
 *       subjects and nearby chapters' key terms first (or, given {@link TermMeanings}, the terms nearest in meaning to
 *       the answer): distinct from the answer and from each other, never a word prose uses for the answer
 *       ({@link Interchangeable}) nor one the book offers as its alternative or gloss ({@link CoordinatedTerms}), none
 *       appearing in the fact (not even as another form of the word), and each one checked inside the fact's sentence:
 *       the book uses it as the same kind of thing and in the same place as the blank ({@link SlotEvidence}) and never
 *       says of it what the fact says of the answer ({@link AlsoSaid}). With fewer than three such choices, or a blank
 *       that is only part of a fixed term ("named pipe"), the fact has no fill-in-the-blank question;
 *   <li>which section says this: the fact with its section's title words masked, asked only while a topical key term
 *       still shows, and four section titles that share no word with each other's, the own section's text matching the
 *       masked fact clearly better than each other choice's ({@link AnswerableSection}).
 * </ul>
 *
 * Only a fact that stands alone is asked ({@link AskableFact}), and none that narrates one of the book's running
 * examples ({@link ExampleNames}). A fact for which no such question can be made honestly (too few distractors of its
 * kind, title words that cannot be masked) simply has no card of that kind. Choices are shuffled by a seed derived from
 * the card id, so a card's question looks the same after every reload while the book around it is unchanged.
 */
public final class QuizDeck {

    static final int CHOICES = 4;
    private static final int DRAW_ATTEMPTS = 60;
    /**
     * Below this cosine to the answer, a candidate is about something else. Lower than the 0.3 it was before the
     * sentence check ({@link SlotEvidence}) took over telling plausible from nonsense: with both, almost no question
     * was left.
     */
    static final double MIN_SIMILARITY = 0.15;
    /** Above this cosine to the answer, a candidate means nearly the same: it could be true in the sentence too. */
    static final double MAX_SIMILARITY = 0.8;
    /**
     * An ordinary word more than this share of the book's sections use is generic there ("code", "value" in a
     * programming book): neither a blank nor a choice.
     */
    static final double GENERIC_SPREAD = 0.45;
    /** A plural that adds "es" after a hissing sound ("hashes", "indexes"): {@link #singular} drops both letters. */
    private static final Pattern SIBILANT_PLURAL = Pattern.compile(".*(?:sh|ch|x|ss|z)es");
    /** The shortest plural of a title taken for a subject ("lists", not "uses"). */
    static final int TITLE_SUBJECT_LENGTH = 5;
    /**
     * Similarities are compared in hundredths, and the distractors chosen put in alphabetical order before shuffling:
     * the model's vectors differ in their last digits from run to run (threads, batches), and a card must show the same
     * choices after a restart.
     */
    private static final int SIMILARITY_STEPS = 100;
    /** How many chapters away a distractor may come from before any chapter will do. */
    static final int NEAR_CHAPTERS = 3;

    private final Map<String, Question> byCard;
    private final Map<SectionNumber, List<Question>> bySection;

    private QuizDeck(Map<String, Question> byCard) {
        this.byCard = Collections.unmodifiableMap(byCard);
        Map<SectionNumber, List<Question>> sections = new LinkedHashMap<>();
        byCard.values()
                .forEach(question -> sections.computeIfAbsent(question.fact().section(), number -> new ArrayList<>())
                        .add(question));
        sections.replaceAll((number, questions) -> List.copyOf(questions));
        this.bySection = Collections.unmodifiableMap(sections);
    }

    /**
     * All questions of the book's key facts. Linear in the number of facts; facts are worked on in parallel (each
     * fact's questions depend only on the fact, the book and seeds derived from card ids) and collected in book order.
     */
    public static QuizDeck build(Library library, KeyFacts facts) {
        return build(
                library, facts, TermPool.of(facts, library, titleWords(library), generic(library, facts), Map.of()));
    }

    /**
     * All questions of the book's key facts, with distractors chosen by meaning: among the candidates of the answer's
     * kind that fit the fact's sentence ({@link SlotEvidence}, {@link AlsoSaid}), those nearest in meaning to it,
     * within a band ({@value #MIN_SIMILARITY} to {@value #MAX_SIMILARITY} cosine): not about something else, not so
     * near as to be a synonym. A fact with fewer than three such candidates has no fill-in-the-blank question.
     */
    public static QuizDeck build(Library library, KeyFacts facts, TermMeanings meanings) {
        TermPool withoutMeanings = TermPool.of(facts, library, titleWords(library), generic(library, facts), Map.of());
        List<String> texts = withoutMeanings.texts();
        List<float[]> vectors = meanings.vectors(texts);
        Map<String, float[]> byText = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byText.put(texts.get(i), vectors.get(i));
        }
        return build(library, facts, withoutMeanings.withMeanings(byText));
    }

    private static QuizDeck build(Library library, KeyFacts facts, TermPool pool) {
        Map<String, Long> titleCounts = library.sections().stream()
                .collect(Collectors.groupingBy(
                        section -> section.title().strip().toLowerCase(Locale.ROOT), Collectors.counting()));
        List<Section> titled = library.sections().stream()
                .filter(section -> !facts.of(section.number()).isEmpty())
                .filter(section -> titleCounts.get(section.title().strip().toLowerCase(Locale.ROOT)) == 1)
                .toList();
        Map<String, Pattern> titleWords = new ConcurrentHashMap<>();
        Map<SectionNumber, TitleMask> masks = titled.parallelStream()
                .collect(Collectors.toMap(Section::number, section -> TitleMask.of(section.title(), titleWords)));
        AnswerableSection answerable = AnswerableSection.of(library, facts);
        ExampleNames examples = ExampleNames.of(library);
        ReferenceEntry entries = ReferenceEntry.of(library);
        CoordinatedTerms coordinated = CoordinatedTerms.of(library);
        EnclosingSections enclosing = EnclosingSections.of(library);
        TopicNeighbours neighbours =
                pool.byMeaning() ? TopicNeighbours.of(library, pool.texts()) : TopicNeighbours.NONE;
        BookStems words = BookStems.of(library);
        InTheSentence inTheSentence = new InTheSentence(words, new SlotEvidence(words), new AlsoSaid(words));
        List<List<Question>> byFact = facts.all().parallelStream()
                .filter(fact -> AskableFact.askable(fact.text())
                        && !examples.narratesExample(fact.text())
                        && !entries.continuesAnEntry(fact.section(), fact.text()))
                .map(fact -> questionsOf(
                        fact,
                        pool,
                        library,
                        titled,
                        masks,
                        answerable,
                        enclosing,
                        examples,
                        coordinated,
                        neighbours,
                        inTheSentence))
                .toList();
        Map<String, Question> questions = new LinkedHashMap<>();
        byFact.forEach(questionsOfFact ->
                questionsOfFact.forEach(question -> questions.putIfAbsent(question.cardId(), question)));
        return new QuizDeck(questions);
    }

    /** Every word of the book's section titles, in lower case and without a plural ending: the book's subjects. */
    private static Set<String> titleWords(Library library) {
        Set<String> words = new HashSet<>();
        for (Section section : library.sections()) {
            for (String word : section.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
                words.add(singular(word));
            }
        }
        return Set.copyOf(words);
    }

    /**
     * The ordinary one-word key terms of the facts that are generic in this book: most of its sections use them (more
     * than {@value #GENERIC_SPREAD} of them, in any form), or technical prose uses them for anything
     * ({@link Blanks#generic}). Counted for the facts' terms only, in one reading of the book.
     */
    private static Set<String> generic(Library library, KeyFacts facts) {
        Set<String> words = new HashSet<>();
        for (KeyFact fact : facts.all()) {
            for (KeyTerm term : fact.terms()) {
                if (term.kind().shape() == TermKind.Shape.CONCEPT
                        && !term.kind().multiword()) {
                    words.add(singular(term.text().toLowerCase(Locale.ROOT)));
                }
            }
        }
        Map<String, Integer> sectionsUsing = new ConcurrentHashMap<>();
        library.sections().parallelStream().forEach(section -> {
            Set<String> seen = new HashSet<>();
            for (String paragraph : section.paragraphs()) {
                for (String word : paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    String singular = singular(word);
                    if (words.contains(singular) && seen.add(singular)) {
                        sectionsUsing.merge(singular, 1, Integer::sum);
                    }
                }
            }
        });
        int sections = library.sections().size();
        Set<String> generic = new HashSet<>();
        for (String word : words) {
            if (Blanks.generic(word) || sectionsUsing.getOrDefault(word, 0) > GENERIC_SPREAD * sections) {
                generic.add(word);
            }
        }
        return Set.copyOf(generic);
    }

    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (SIBILANT_PLURAL.matcher(word).matches() && word.length() > 4) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") && !word.endsWith("ss") && word.length() > 3
                ? word.substring(0, word.length() - 1)
                : word;
    }

    /** A fact's fill-in-the-blank question then its which-section question, those that can be made. */
    private static List<Question> questionsOf(
            KeyFact fact,
            TermPool pool,
            Library library,
            List<Section> titled,
            Map<SectionNumber, TitleMask> masks,
            AnswerableSection answerable,
            EnclosingSections enclosing,
            ExampleNames examples,
            CoordinatedTerms coordinated,
            TopicNeighbours neighbours,
            InTheSentence inTheSentence) {
        List<Question> questions = new ArrayList<>(2);
        fillInTheBlank(fact, pool, examples, coordinated, neighbours, inTheSentence)
                .ifPresent(questions::add);
        whichSection(fact, pool, library, titled, masks, answerable, enclosing).ifPresent(questions::add);
        return questions;
    }

    /** The card id of a fact's question of one kind (the question may not exist). */
    public static String cardId(QuestionKind kind, KeyFact fact) {
        return kind.code() + FactIds.of(kind.code() + ":" + fact.text());
    }

    public Optional<Question> find(String cardId) {
        return Optional.ofNullable(byCard.get(cardId));
    }

    /** Every question, in book order. */
    public List<Question> all() {
        return List.copyOf(byCard.values());
    }

    /** The questions of one section, in book order; empty when it has none. */
    public List<Question> of(SectionNumber section) {
        return bySection.getOrDefault(section, List.of());
    }

    public int size() {
        return byCard.size();
    }

    /**
     * One question from these sections for a server on a day: the same all day, a different one on most days. For the
     * daily post and the reading plan's digest. Empty when none of the sections has a question.
     */
    public Optional<Question> questionOfTheDay(List<SectionNumber> sections, long serverId, LocalDate day) {
        return questionOfTheDay(sections, serverId, day, question -> true);
    }

    /**
     * As {@link #questionOfTheDay(List, long, LocalDate)}, among the questions {@code allowed} accepts: the daily post
     * leaves out questions about the fact its tip states, which would give the answer away.
     */
    public Optional<Question> questionOfTheDay(
            List<SectionNumber> sections, long serverId, LocalDate day, Predicate<Question> allowed) {
        List<Question> pool = new ArrayList<>();
        sections.forEach(section -> of(section).stream().filter(allowed).forEach(pool::add));
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        long seed = seed(serverId + ":" + day);
        return Optional.of(pool.get(Math.floorMod(seed, pool.size())));
    }

    /**
     * The fact's fill-in-the-blank question: its first topical key term that can be blanked and gets three distractors,
     * none of them an example's name ({@link ExampleNames}); never a parameter of the entry the fact heads
     * ("re.escape(_____): Escape special characters in _____.").
     */
    private static Optional<Question> fillInTheBlank(
            KeyFact fact,
            TermPool pool,
            ExampleNames examples,
            CoordinatedTerms coordinated,
            TopicNeighbours neighbours,
            InTheSentence inTheSentence) {
        String cardId = cardId(QuestionKind.FILL_IN_THE_BLANK, fact);
        List<String> parameters = ReferenceEntry.headword(fact.text())
                .map(ReferenceEntry.Headword::parameterNames)
                .orElse(List.of());
        for (KeyTerm term : fact.terms()) {
            if (parameters.contains(term.text())
                    || !term.topical()
                    || !Blanks.blankable(term)
                    || !Blanks.usedAsThing(fact.text(), term)
                    || pool.modifier(term)
                    || !pool.specificSubject(term)
                    || TitleMask.spelledOut(fact.text(), term.text())) {
                continue;
            }
            Optional<String> sort = term.kind().shape() == TermKind.Shape.CONCEPT
                    ? Optional.of("")
                    : TermRole.in(fact.text(), term.text());
            Optional<String> prompt = Blanks.blank(fact.text(), term.text());
            if (prompt.isEmpty() || sort.isEmpty()) {
                continue;
            }
            BlankSlots slots = BlankSlots.of(prompt.get(), inTheSentence.words());
            if (inTheSentence.evidence().partOfTerm(slots, term.text())) {
                continue;
            }
            List<String> distractors = pool.distractors(
                    term,
                    sort.get(),
                    fact,
                    coordinated,
                    neighbours,
                    candidate -> inTheSentence.evidence().plausible(slots, term.text(), candidate)
                            && !inTheSentence.alsoSaid().said(slots, candidate),
                    new SplittableRandom(seed(cardId + term.text())));
            if (distractors.size() == CHOICES - 1 && distractors.stream().noneMatch(examples::isExampleName)) {
                return Optional.of(shuffled(
                        cardId, QuestionKind.FILL_IN_THE_BLANK, prompt.get(), display(term), distractors, fact));
            }
        }
        return Optional.empty();
    }

    /**
     * The fact's which-section question: three other titles drawn at random, each sharing no word with the own title,
     * not holding the own section ({@link EnclosingSections}) and matching the masked fact clearly worse than the own
     * section ({@link AnswerableSection}); none when the draws do not find three.
     */
    private static Optional<Question> whichSection(
            KeyFact fact,
            TermPool pool,
            Library library,
            List<Section> titled,
            Map<SectionNumber, TitleMask> masks,
            AnswerableSection answerable,
            EnclosingSections enclosing) {
        Section own = library.find(fact.section()).orElse(null);
        TitleMask mask = own == null ? null : masks.get(own.number());
        if (mask == null || titled.size() < CHOICES) {
            return Optional.empty();
        }
        Optional<String> masked = mask.question(fact.text());
        if (masked.isEmpty()) {
            return Optional.empty();
        }
        String prompt = masked.get();
        if (!distinctiveWithoutTitle(fact, pool, prompt)) {
            return Optional.empty();
        }
        String cardId = cardId(QuestionKind.WHICH_SECTION, fact);
        SplittableRandom random = new SplittableRandom(seed(cardId));
        Predicate<SectionNumber> distinguishable = answerable.distinguishable(prompt, own.number());
        Set<String> titles = new HashSet<>();
        titles.add(own.title().toLowerCase(Locale.ROOT));
        List<String> others = new ArrayList<>();
        for (int attempt = 0; attempt < DRAW_ATTEMPTS && others.size() < CHOICES - 1; attempt++) {
            Section other = titled.get(random.nextInt(titled.size()));
            if (mask.sharesWordWith(other.title())
                    || enclosing.holds(other, own)
                    || !distinguishable.test(other.number())) {
                continue;
            }
            if (titles.add(other.title().toLowerCase(Locale.ROOT))) {
                others.add(other.title());
            }
        }
        if (others.size() < CHOICES - 1) {
            return Optional.empty();
        }
        return Optional.of(shuffled(cardId, QuestionKind.WHICH_SECTION, prompt, own.title(), others, fact));
    }

    /**
     * Whether the masked fact still names a topical key term of its section that is not generic in the book: something
     * that says where it comes from once the title's words are gone. Without one, any title would do as well ("You lose
     * the checking that match enforces.", "…the code of the program").
     */
    private static boolean distinctiveWithoutTitle(KeyFact fact, TermPool pool, String prompt) {
        return fact.terms().stream()
                .filter(KeyTerm::topical)
                .filter(term -> term.kind().shape() != TermKind.Shape.CONCEPT || !pool.generic(term))
                .anyMatch(term -> Pattern.compile(
                                "(?<![\\p{L}\\p{N}_])" + Pattern.quote(term.text()) + "(?![\\p{L}\\p{N}_])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(prompt)
                        .find());
    }

    /** The fact with every word of the title (other than minor words) masked, so the title does not give it away. */
    static String masked(String text, String title) {
        return TitleMask.of(title).apply(text);
    }

    private static Question shuffled(
            String cardId, QuestionKind kind, String prompt, String answer, List<String> distractors, KeyFact fact) {
        List<String> choices = new ArrayList<>(distractors);
        choices.add(answer);
        Collections.shuffle(choices, new Random(seed(cardId)));
        return new Question(cardId, kind, prompt, choices, choices.indexOf(answer), fact);
    }

    /**
     * How a term is shown as a choice: ordinary words in lower case (a word capitalised only because it opened its
     * sentence must not stand out among the others), names as written.
     */
    static String display(KeyTerm term) {
        String text = term.text();
        return term.kind().shape() == TermKind.Shape.CONCEPT
                ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1)
                : text;
    }

    static long seed(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The book's topical key terms by kind: where distractors come from. A name, acronym or identifier must be named by
     * more than one fact, so a word from one example ("Dog", "Tuesday") is never offered as a choice, and carries the
     * sorts the book names it as ({@link TermRole}); an ordinary word must head its phrase at least as often as it
     * modifies another noun.
     */
    private record TermPool(
            Map<TermKind, List<PooledTerm>> byKind,
            List<PooledTerm> titleSubjects,
            Set<String> modifiers,
            Set<String> titleWords,
            Set<String> generic,
            Map<String, float[]> meanings) {

        /**
         * Every pooled term's text, in lower case, sorted: what {@link TermMeanings} is asked for. The model embeds in
         * batches whose int8 activations are scaled per batch, so a term's vector depends on the terms beside it; in
         * the pool's own order (a {@code Map.copyOf}, whose order changes with every JVM) the same book got other
         * distractors after a restart.
         */
        /** Whether its terms are compared by meaning: only then do topic neighbours order the candidates. */
        boolean byMeaning() {
            return !meanings.isEmpty();
        }

        /** The same pool, its terms compared by {@code meanings} (each pooled text's vector). */
        TermPool withMeanings(Map<String, float[]> meanings) {
            return new TermPool(byKind, titleSubjects, modifiers, titleWords, generic, Map.copyOf(meanings));
        }

        List<String> texts() {
            return java.util.stream.Stream.concat(
                            byKind.values().stream()
                                    .flatMap(List::stream)
                                    .map(pooled -> pooled.term().text().toLowerCase(Locale.ROOT)),
                            titleSubjects.stream()
                                    .flatMap(pooled -> java.util.stream.Stream.of(
                                            pooled.term().text(),
                                            singular(pooled.term().text()))))
                    .distinct()
                    .sorted()
                    .toList();
        }

        /** Whether a section title names the term (its last word, singular or plural): a subject of the book. */
        private static boolean titled(KeyTerm term, Set<String> titleWords) {
            String text = term.text().toLowerCase(Locale.ROOT);
            return titleWords.contains(singular(text.substring(text.lastIndexOf(' ') + 1)));
        }

        /**
         * Whether a term is specific enough to be asked: a name, acronym or identifier; or an ordinary word or phrase
         * that a section title names (a subject of the book: "generators", "crate") and that is not generic. Another
         * subject of the same kind then makes a distractor that is plausible and not also true; a generic word ("code",
         * "program") has none.
         */
        boolean specificSubject(KeyTerm term) {
            return term.kind().shape() != TermKind.Shape.CONCEPT || titled(term, titleWords) && !generic(term);
        }

        boolean generic(KeyTerm term) {
            String text = term.text().toLowerCase(Locale.ROOT);
            return Blanks.generic(text) || generic.contains(singular(text.substring(text.lastIndexOf(' ') + 1)));
        }

        /**
         * Whether the book mostly uses this ordinary word as a modifier of another noun: an adjective, never a blank.
         */
        boolean modifier(KeyTerm term) {
            return modifiers.contains(term.text().toLowerCase(Locale.ROOT));
        }

        static TermPool of(
                KeyFacts facts,
                Library library,
                Set<String> titleWords,
                Set<String> generic,
                Map<String, float[]> meanings) {
            Map<String, Integer> factsNaming = new HashMap<>();
            facts.all()
                    .forEach(fact -> fact.terms().stream()
                            .map(term -> term.text().toLowerCase(Locale.ROOT))
                            .distinct()
                            .forEach(text -> factsNaming.merge(text, 1, Integer::sum)));
            Map<String, KeyTerm> terms = new LinkedHashMap<>();
            Map<String, SectionNumber> sections = new HashMap<>();
            Map<String, Set<String>> sorts = new HashMap<>();
            Map<String, Blanks.NounUses> uses = new HashMap<>();
            for (KeyFact fact : facts.all()) {
                for (KeyTerm term : fact.terms()) {
                    if (term.kind().shape() == TermKind.Shape.CONCEPT) {
                        uses.merge(
                                term.text().toLowerCase(Locale.ROOT),
                                Blanks.uses(fact.text(), term),
                                Blanks.NounUses::plus);
                    }
                    if (term.topical()
                            && (term.kind().shape() == TermKind.Shape.CONCEPT
                                    || factsNaming.get(term.text().toLowerCase(Locale.ROOT)) > 1)
                            && Blanks.blankable(term)
                            && Blanks.usedAsThing(fact.text(), term)
                            && Blanks.blank(fact.text(), term.text()).isPresent()) {
                        String key = term.kind() + "|" + term.text().toLowerCase(Locale.ROOT);
                        terms.putIfAbsent(key, term);
                        sections.putIfAbsent(key, fact.section());
                        Set<String> termSorts = sorts.computeIfAbsent(key, any -> new HashSet<>());
                        if (term.kind().shape() != TermKind.Shape.CONCEPT) {
                            TermRole.in(fact.text(), term.text()).ifPresent(termSorts::add);
                        }
                    }
                }
            }
            Map<TermKind, List<PooledTerm>> byKind = new HashMap<>();
            terms.values()
                    .removeIf(term -> term.kind().shape() == TermKind.Shape.CONCEPT
                            && !uses.get(term.text().toLowerCase(Locale.ROOT)).mostlyHead());
            terms.forEach((key, term) -> byKind.computeIfAbsent(term.kind(), kind -> new ArrayList<>())
                    .add(new PooledTerm(
                            term,
                            sections.get(key),
                            Blanks.forms(term.text()),
                            Set.copyOf(sorts.get(key)),
                            titled(term, titleWords))));
            byKind.replaceAll((kind, pooled) -> List.copyOf(pooled));
            uses.values().removeIf(Blanks.NounUses::mostlyHead);
            return new TermPool(
                    Map.copyOf(byKind),
                    titleSubjects(library, generic),
                    Set.copyOf(uses.keySet()),
                    titleWords,
                    generic,
                    Map.copyOf(meanings));
        }

        /**
         * The plural nouns of the section titles ("Streams", "Hashes", "Replicas"), in lower case, one per title word
         * and section: the book's subjects even where no key fact names them, the distractors of last resort for an
         * ordinary word. A plural in a title is a noun; a singular may be an adjective or a verb ("Advanced", "Leak").
         */
        private static List<PooledTerm> titleSubjects(Library library, Set<String> generic) {
            List<PooledTerm> subjects = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Section section : library.sections()) {
                for (String word : section.title().split("[^\\p{L}]+")) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    if (lower.length() >= TITLE_SUBJECT_LENGTH
                            && lower.endsWith("s")
                            && !lower.endsWith("ss")
                            && !Blanks.generic(lower)
                            && !generic.contains(singular(lower))
                            && writtenInLowerCase(section, lower)
                            && seen.add(lower)) {
                        KeyTerm term = new KeyTerm(lower, lower, TermKind.of(lower), 0, true);
                        if (Blanks.blankable(term)) {
                            subjects.add(new PooledTerm(term, section.number(), Blanks.forms(lower), Set.of(), true));
                        }
                    }
                }
            }
            return List.copyOf(subjects);
        }

        /**
         * Three distractors for {@code answer}: first the book's subjects (terms a section title names), from the
         * fact's own chapter, then from chapters ever further up to {@value QuizDeck#NEAR_CHAPTERS} away (terms there
         * are about the same things, so plausible), then from anywhere; only then other terms, nearby chapters first. A
         * name, acronym or identifier is drawn only from those named as the same {@code sort} (a trait for a trait, a
         * catalog for a catalog) and written the same way ({@link IdentifierStyle}).
         */
        List<String> distractors(
                KeyTerm answer,
                String sort,
                KeyFact fact,
                CoordinatedTerms coordinated,
                TopicNeighbours neighbours,
                Predicate<String> fitsSentence,
                SplittableRandom random) {
            int chapter = fact.section().chapter();
            List<PooledTerm> sameSort = byKind.getOrDefault(answer.kind(), List.of()).stream()
                    .filter(candidate -> answer.kind().shape() == TermKind.Shape.CONCEPT
                            || candidate.sorts().contains(sort)
                                    && IdentifierStyle.of(candidate.term().text())
                                            .equals(IdentifierStyle.of(answer.text())))
                    .filter(candidate -> !Interchangeable.either(
                            answer.text(), candidate.term().text()))
                    .filter(candidate -> specificSubject(candidate.term()))
                    .filter(candidate ->
                            !coordinated.either(answer.text(), candidate.term().text()))
                    .toList();
            List<String> chosen = new ArrayList<>();
            Set<String> stems = new HashSet<>(List.of(answer.stems()));
            Set<String> texts = new HashSet<>(List.of(answer.text().toLowerCase(Locale.ROOT)));
            if (!meanings.isEmpty()) {
                nearestInMeaning(answer, sameSort, fact, neighbours, fitsSentence, chosen, stems, texts);
            } else {
                List<PooledTerm> subjects =
                        sameSort.stream().filter(PooledTerm::titled).toList();
                drawNearFirst(subjects, chapter, fact, fitsSentence, random, chosen, stems, texts);
                draw(subjects, fact, fitsSentence, random, chosen, stems, texts);
                drawNearFirst(sameSort, chapter, fact, fitsSentence, random, chosen, stems, texts);
                draw(sameSort, fact, fitsSentence, random, chosen, stems, texts);
            }
            if (chosen.size() < CHOICES - 1
                    && answer.kind().shape() == TermKind.Shape.CONCEPT
                    && !answer.kind().multiword()) {
                List<PooledTerm> fromTitles = titleSubjects.stream()
                        .map(subject -> inNumberOf(subject, answer))
                        .filter(subject -> !Interchangeable.either(
                                answer.text(), subject.term().text()))
                        .filter(subject -> !coordinated.either(
                                answer.text(), subject.term().text()))
                        .toList();
                if (!meanings.isEmpty()) {
                    nearestInMeaning(answer, fromTitles, fact, neighbours, fitsSentence, chosen, stems, texts);
                } else {
                    drawNearFirst(fromTitles, chapter, fact, fitsSentence, random, chosen, stems, texts);
                    draw(fromTitles, fact, fitsSentence, random, chosen, stems, texts);
                }
            }
            return chosen;
        }

        /**
         * Whether the section writes the word in lower case, as a common noun, singular or plural: a name ("Redis") is
         * capitalised in the text as in the title.
         */
        private static boolean writtenInLowerCase(Section section, String plural) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}_.-])(?:" + Pattern.quote(plural) + "|"
                    + Pattern.quote(singular(plural)) + ")(?![\\p{L}\\p{N}_.-])");
            return section.paragraphs().stream()
                    .anyMatch(paragraph -> word.matcher(paragraph).find());
        }

        /** A title's plural subject in the answer's number: "streams" for "messages", "stream" for "cache". */
        private static PooledTerm inNumberOf(PooledTerm subject, KeyTerm answer) {
            if (answer.kind().plural()) {
                return subject;
            }
            String text = singular(subject.term().text());
            KeyTerm term = new KeyTerm(text, text, TermKind.of(text), 0, true);
            return new PooledTerm(term, subject.section(), Blanks.forms(text), Set.of(), true);
        }

        /**
         * The candidates nearest in meaning to the answer, within the band, best first, added to {@code chosen} until
         * it holds three (fewer when the book has no more that fit); terms the book discusses where it discusses the
         * answer ({@link TopicNeighbours}) first.
         */
        private void nearestInMeaning(
                KeyTerm answer,
                List<PooledTerm> candidates,
                KeyFact fact,
                TopicNeighbours neighbours,
                Predicate<String> fitsSentence,
                List<String> chosen,
                Set<String> stems,
                Set<String> texts) {
            float[] target = meanings.get(answer.text().toLowerCase(Locale.ROOT));
            if (target == null) {
                return;
            }
            Map<PooledTerm, Double> similarity = new HashMap<>();
            for (PooledTerm candidate : candidates) {
                float[] vector = meanings.get(candidate.term().text().toLowerCase(Locale.ROOT));
                if (vector != null) {
                    double cosine = Math.round(cosine(target, vector) * SIMILARITY_STEPS) / (double) SIMILARITY_STEPS;
                    if (cosine >= MIN_SIMILARITY && cosine <= MAX_SIMILARITY) {
                        similarity.put(candidate, cosine);
                    }
                }
            }
            List<PooledTerm> nearest = similarity.keySet().stream()
                    .sorted(Comparator.comparing((PooledTerm candidate) -> !neighbours.neighbours(
                                    answer.text(), candidate.term().text()))
                            .thenComparingDouble((PooledTerm candidate) -> -similarity.get(candidate))
                            .thenComparing(candidate -> candidate.term().text()))
                    .toList();
            for (PooledTerm candidate : nearest) {
                if (chosen.size() == CHOICES - 1) {
                    break;
                }
                if (fits(candidate, fact, stems, texts, fitsSentence)) {
                    stems.add(candidate.term().stems());
                    texts.add(candidate.term().text().toLowerCase(Locale.ROOT));
                    chosen.add(display(candidate.term()));
                }
            }
            chosen.sort(Comparator.naturalOrder());
        }

        private static double cosine(float[] a, float[] b) {
            double dot = 0;
            for (int i = 0; i < a.length; i++) {
                dot += a[i] * b[i];
            }
            return dot;
        }

        /**
         * Whether a candidate may stand beside the answer and the distractors chosen so far ({@code texts}, in lower
         * case): from another section, no form of it in the fact, and neither a part of another choice nor containing
         * one ("spaces" beside "namespaces", "class" beside "subclass"); and it makes sense in the fact's sentence
         * without being true there ({@code fitsSentence}).
         */
        private static boolean fits(
                PooledTerm candidate,
                KeyFact fact,
                Set<String> stems,
                Set<String> texts,
                Predicate<String> fitsSentence) {
            String text = candidate.term().text().toLowerCase(Locale.ROOT);
            return !candidate.section().equals(fact.section())
                    && !candidate.forms().test(fact.text())
                    && !stems.contains(candidate.term().stems())
                    && texts.stream().noneMatch(chosen -> chosen.contains(text) || text.contains(chosen))
                    && fitsSentence.test(candidate.term().text());
        }

        private static void drawNearFirst(
                List<PooledTerm> candidates,
                int chapter,
                KeyFact fact,
                Predicate<String> fitsSentence,
                SplittableRandom random,
                List<String> chosen,
                Set<String> stems,
                Set<String> texts) {
            for (int distance = 0; distance <= NEAR_CHAPTERS; distance++) {
                int within = distance;
                draw(
                        candidates.stream()
                                .filter(candidate ->
                                        Math.abs(candidate.section().chapter() - chapter) <= within)
                                .toList(),
                        fact,
                        fitsSentence,
                        random,
                        chosen,
                        stems,
                        texts);
            }
        }

        private static void draw(
                List<PooledTerm> candidates,
                KeyFact fact,
                Predicate<String> fitsSentence,
                SplittableRandom random,
                List<String> chosen,
                Set<String> stems,
                Set<String> texts) {
            for (int attempt = 0;
                    attempt < DRAW_ATTEMPTS && chosen.size() < CHOICES - 1 && !candidates.isEmpty();
                    attempt++) {
                PooledTerm candidate = candidates.get(random.nextInt(candidates.size()));
                String text = candidate.term().text();
                if (!fits(candidate, fact, stems, texts, fitsSentence)) {
                    continue;
                }
                stems.add(candidate.term().stems());
                texts.add(text.toLowerCase(Locale.ROOT));
                chosen.add(display(candidate.term()));
            }
        }
    }

    /**
     * A pooled term with the sorts the book names it as (empty for an ordinary word), and whether a section title names
     * it: a subject of the book ("tuple", "closure"), the most plausible distractor for another subject.
     */
    private record PooledTerm(
            KeyTerm term, SectionNumber section, Predicate<String> forms, Set<String> sorts, boolean titled) {}
}
