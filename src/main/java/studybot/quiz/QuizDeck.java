package studybot.quiz;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import studybot.facts.FactLanguage;
import studybot.facts.FactLanguages;
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
 * A book in French, Spanish or German gets fill-in-the-blank questions whose choices agree with the article before the
 * blank ({@link AgreeingBlanks}) instead, and which-section questions masked by the language's stemmer
 * ({@link LanguageTitleMask}): {@link LanguageDeck}. Only a fact that stands alone is asked ({@link AskableFact}), and
 * none that narrates one of the book's running examples ({@link ExampleNames}). A fact for which no such question can
 * be made honestly (too few distractors of its kind, title words that cannot be masked) simply has no card of that
 * kind. Choices are shuffled by a seed derived from the card id, so a card's question looks the same after every reload
 * while the book around it is unchanged.
 */
public final class QuizDeck {

    static final int CHOICES = 4;
    /** How many random draws (of titles, or of a pool's terms) before a question gives up. */
    static final int DRAW_ATTEMPTS = 60;

    private final Map<String, Question> byCard;
    private final Map<SectionNumber, List<Question>> bySection;

    QuizDeck(Map<String, Question> byCard) {
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
        Optional<FactLanguage> words =
                library.language().readsAsEnglish() ? Optional.empty() : FactLanguages.of(library.language());
        if (words.isPresent()) {
            return LanguageDeck.build(library, facts, words.get());
        }
        return build(library, facts, DistractorPool.of(facts, library));
    }

    static Pattern wholeWord(String text) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}_])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The sections with key facts whose title no other section of the book has: the choices of which-section. */
    static List<Section> titledSections(Library library, KeyFacts facts) {
        Map<String, Long> titleCounts = library.sections().stream()
                .collect(Collectors.groupingBy(
                        section -> section.title().strip().toLowerCase(Locale.ROOT), Collectors.counting()));
        return library.sections().stream()
                .filter(section -> !facts.of(section.number()).isEmpty())
                .filter(section -> titleCounts.get(section.title().strip().toLowerCase(Locale.ROOT)) == 1)
                .toList();
    }

    /**
     * All questions of the book's key facts, with distractors chosen by meaning: among the candidates of the answer's
     * kind that fit the fact's sentence ({@link SlotEvidence}, {@link AlsoSaid}), those nearest in meaning to it,
     * within a band ({@value DistractorPool#MIN_SIMILARITY} to {@value DistractorPool#MAX_SIMILARITY} cosine): not
     * about something else, not so near as to be a synonym. A fact with fewer than three such candidates has no
     * fill-in-the-blank question.
     */
    public static QuizDeck build(Library library, KeyFacts facts, TermMeanings meanings) {
        DistractorPool withoutMeanings = DistractorPool.of(facts, library);
        List<String> texts = withoutMeanings.texts();
        List<float[]> vectors = meanings.vectors(texts);
        Map<String, float[]> byText = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byText.put(texts.get(i), vectors.get(i));
        }
        return build(library, facts, withoutMeanings.withMeanings(byText));
    }

    private static QuizDeck build(Library library, KeyFacts facts, DistractorPool pool) {
        List<Section> titled = titledSections(library, facts);
        Map<String, Pattern> titleWords = new ConcurrentHashMap<>();
        Map<SectionNumber, MaskedTitle> masks = titled.parallelStream()
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

    /** A fact's fill-in-the-blank question then its which-section question, those that can be made. */
    private static List<Question> questionsOf(
            KeyFact fact,
            DistractorPool pool,
            Library library,
            List<Section> titled,
            Map<SectionNumber, MaskedTitle> masks,
            AnswerableSection answerable,
            EnclosingSections enclosing,
            ExampleNames examples,
            CoordinatedTerms coordinated,
            TopicNeighbours neighbours,
            InTheSentence inTheSentence) {
        List<Question> questions = new ArrayList<>(2);
        fillInTheBlank(fact, pool, examples, coordinated, neighbours, inTheSentence)
                .ifPresent(questions::add);
        whichSection(
                        fact,
                        prompt -> distinctiveWithoutTitle(fact, pool, prompt),
                        library,
                        titled,
                        masks,
                        answerable,
                        enclosing)
                .ifPresent(questions::add);
        return questions;
    }

    /** The card id of a fact's question of one kind (the question may not exist). */
    public static String cardId(QuestionKind kind, KeyFact fact) {
        return cardId(kind, fact.text());
    }

    /** The card id a question of one kind about a fact with this text has (or had, in an earlier studybot). */
    public static String cardId(QuestionKind kind, String factText) {
        return kind.code() + FactIds.of(kind.code() + ":" + factText);
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
            DistractorPool pool,
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
     * The fact's which-section question, when its masked fact is still {@code distinctive}: three other titles drawn at
     * random, each sharing no word with the own title, not holding the own section ({@link EnclosingSections}) and
     * matching the masked fact clearly worse than the own section ({@link AnswerableSection}); none when the draws do
     * not find three.
     */
    static Optional<Question> whichSection(
            KeyFact fact,
            Predicate<String> distinctive,
            Library library,
            List<Section> titled,
            Map<SectionNumber, MaskedTitle> masks,
            AnswerableSection answerable,
            EnclosingSections enclosing) {
        Section own = library.find(fact.section()).orElse(null);
        MaskedTitle mask = own == null ? null : masks.get(own.number());
        if (mask == null || titled.size() < CHOICES) {
            return Optional.empty();
        }
        Optional<String> masked = mask.question(fact.text());
        if (masked.isEmpty()) {
            return Optional.empty();
        }
        String prompt = masked.get();
        if (!distinctive.test(prompt)) {
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
    private static boolean distinctiveWithoutTitle(KeyFact fact, DistractorPool pool, String prompt) {
        return fact.terms().stream()
                .filter(KeyTerm::topical)
                .filter(term -> term.kind().shape() != TermKind.Shape.CONCEPT || !pool.generic(term))
                .anyMatch(term -> wholeWord(term.text()).matcher(prompt).find());
    }

    static Question shuffled(
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
}
