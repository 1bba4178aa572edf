package studybot.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import studybot.facts.KeyFact;
import studybot.facts.KeyFacts;
import studybot.facts.KeyTerm;
import studybot.facts.TermKind;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;

/**
 * The book's topical key terms by kind: where distractors come from. A name, acronym or identifier must be named by
 * more than one fact, so a word from one example ("Dog", "Tuesday") is never offered as a choice, and carries the sorts
 * the book names it as ({@link TermRole}); an ordinary word must head its phrase at least as often as it modifies
 * another noun. Kept apart from {@link QuizDeck}, which decides which facts are asked and how: this decides which other
 * terms make plausible wrong choices.
 */
record DistractorPool(
        Map<TermKind, List<PooledTerm>> byKind,
        List<PooledTerm> titleSubjects,
        Set<String> modifiers,
        Set<String> titleWords,
        Set<String> generic,
        Map<String, float[]> meanings) {

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

    /** Whether its terms are compared by meaning: only then do topic neighbours order the candidates. */
    boolean byMeaning() {
        return !meanings.isEmpty();
    }

    /** The same pool, its terms compared by {@code meanings} (each pooled text's vector). */
    DistractorPool withMeanings(Map<String, float[]> meanings) {
        return new DistractorPool(byKind, titleSubjects, modifiers, titleWords, generic, Map.copyOf(meanings));
    }

    /**
     * Every pooled term's text, in lower case, sorted: what {@link TermMeanings} is asked for. The model embeds in
     * batches whose int8 activations are scaled per batch, so a term's vector depends on the terms beside it; in the
     * pool's own order (a {@code Map.copyOf}, whose order changes with every JVM) the same book got other distractors
     * after a restart.
     */
    List<String> texts() {
        return Stream.concat(
                        byKind.values().stream()
                                .flatMap(List::stream)
                                .map(pooled -> pooled.term().text().toLowerCase(Locale.ROOT)),
                        titleSubjects.stream()
                                .flatMap(pooled -> Stream.of(
                                        pooled.term().text(),
                                        Plurals.singular(pooled.term().text()))))
                .distinct()
                .sorted()
                .toList();
    }

    /** Whether a section title names the term (its last word, singular or plural): a subject of the book. */
    private static boolean titled(KeyTerm term, Set<String> titleWords) {
        String text = term.text().toLowerCase(Locale.ROOT);
        return titleWords.contains(Plurals.singular(text.substring(text.lastIndexOf(' ') + 1)));
    }

    /**
     * Whether a term is specific enough to be asked: a name, acronym or identifier; or an ordinary word or phrase that
     * a section title names (a subject of the book: "generators", "crate") and that is not generic. Another subject of
     * the same kind then makes a distractor that is plausible and not also true; a generic word ("code", "program") has
     * none.
     */
    boolean specificSubject(KeyTerm term) {
        return term.kind().shape() != TermKind.Shape.CONCEPT || titled(term, titleWords) && !generic(term);
    }

    boolean generic(KeyTerm term) {
        String text = term.text().toLowerCase(Locale.ROOT);
        return Blanks.generic(text) || generic.contains(Plurals.singular(text.substring(text.lastIndexOf(' ') + 1)));
    }

    /** Whether the book mostly uses this ordinary word as a modifier of another noun: an adjective, never a blank. */
    boolean modifier(KeyTerm term) {
        return modifiers.contains(term.text().toLowerCase(Locale.ROOT));
    }

    /** The pool of the book's key facts, its terms not yet compared by meaning. */
    static DistractorPool of(KeyFacts facts, Library library) {
        Set<String> titleWords = titleWords(library);
        Set<String> generic = generic(library, facts);
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
        return new DistractorPool(
                Map.copyOf(byKind),
                titleSubjects(library, generic),
                Set.copyOf(uses.keySet()),
                titleWords,
                generic,
                Map.of());
    }

    /** Every word of the book's section titles, in lower case and without a plural ending: the book's subjects. */
    private static Set<String> titleWords(Library library) {
        Set<String> words = new HashSet<>();
        for (Section section : library.sections()) {
            for (String word : section.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
                words.add(Plurals.singular(word));
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
                    words.add(Plurals.singular(term.text().toLowerCase(Locale.ROOT)));
                }
            }
        }
        Map<String, Integer> sectionsUsing = new ConcurrentHashMap<>();
        library.sections().parallelStream().forEach(section -> {
            Set<String> seen = new HashSet<>();
            for (String paragraph : section.paragraphs()) {
                for (String word : paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    String singular = Plurals.singular(word);
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

    /**
     * The plural nouns of the section titles ("Streams", "Hashes", "Replicas"), in lower case, one per title word and
     * section: the book's subjects even where no key fact names them, the distractors of last resort for an ordinary
     * word. A plural in a title is a noun; a singular may be an adjective or a verb ("Advanced", "Leak").
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
                        && !generic.contains(Plurals.singular(lower))
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
     * Three distractors for {@code answer}: first the book's subjects (terms a section title names), from the fact's
     * own chapter, then from chapters ever further up to {@value #NEAR_CHAPTERS} away (terms there are about the same
     * things, so plausible), then from anywhere; only then other terms, nearby chapters first. A name, acronym or
     * identifier is drawn only from those named as the same {@code sort} (a trait for a trait, a catalog for a catalog)
     * and written the same way ({@link IdentifierStyle}).
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
                .filter(candidate ->
                        !Interchangeable.either(answer.text(), candidate.term().text()))
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
        if (chosen.size() < QuizDeck.CHOICES - 1
                && answer.kind().shape() == TermKind.Shape.CONCEPT
                && !answer.kind().multiword()) {
            List<PooledTerm> fromTitles = titleSubjects.stream()
                    .map(subject -> inNumberOf(subject, answer))
                    .filter(subject -> !Interchangeable.either(
                            answer.text(), subject.term().text()))
                    .filter(subject ->
                            !coordinated.either(answer.text(), subject.term().text()))
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
                + Pattern.quote(Plurals.singular(plural)) + ")(?![\\p{L}\\p{N}_.-])");
        return section.paragraphs().stream()
                .anyMatch(paragraph -> word.matcher(paragraph).find());
    }

    /** A title's plural subject in the answer's number: "streams" for "messages", "stream" for "cache". */
    private static PooledTerm inNumberOf(PooledTerm subject, KeyTerm answer) {
        if (answer.kind().plural()) {
            return subject;
        }
        String text = Plurals.singular(subject.term().text());
        KeyTerm term = new KeyTerm(text, text, TermKind.of(text), 0, true);
        return new PooledTerm(term, subject.section(), Blanks.forms(text), Set.of(), true);
    }

    /**
     * The candidates nearest in meaning to the answer, within the band, best first, added to {@code chosen} until it
     * holds three (fewer when the book has no more that fit); terms the book discusses where it discusses the answer
     * ({@link TopicNeighbours}) first.
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
            if (chosen.size() == QuizDeck.CHOICES - 1) {
                break;
            }
            if (fits(candidate, fact, stems, texts, fitsSentence)) {
                stems.add(candidate.term().stems());
                texts.add(candidate.term().text().toLowerCase(Locale.ROOT));
                chosen.add(QuizDeck.display(candidate.term()));
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
     * Whether a candidate may stand beside the answer and the distractors chosen so far ({@code texts}, in lower case):
     * from another section, no form of it in the fact, and neither a part of another choice nor containing one
     * ("spaces" beside "namespaces", "class" beside "subclass"); and it makes sense in the fact's sentence without
     * being true there ({@code fitsSentence}).
     */
    private static boolean fits(
            PooledTerm candidate, KeyFact fact, Set<String> stems, Set<String> texts, Predicate<String> fitsSentence) {
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
                            .filter(candidate -> Math.abs(candidate.section().chapter() - chapter) <= within)
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
                attempt < QuizDeck.DRAW_ATTEMPTS && chosen.size() < QuizDeck.CHOICES - 1 && !candidates.isEmpty();
                attempt++) {
            PooledTerm candidate = candidates.get(random.nextInt(candidates.size()));
            String text = candidate.term().text();
            if (!fits(candidate, fact, stems, texts, fitsSentence)) {
                continue;
            }
            stems.add(candidate.term().stems());
            texts.add(text.toLowerCase(Locale.ROOT));
            chosen.add(QuizDeck.display(candidate.term()));
        }
    }

    /**
     * A pooled term with the sorts the book names it as (empty for an ordinary word), and whether a section title names
     * it: a subject of the book ("tuple", "closure"), the most plausible distractor for another subject.
     */
    private record PooledTerm(
            KeyTerm term, SectionNumber section, Predicate<String> forms, Set<String> sorts, boolean titled) {}
}
