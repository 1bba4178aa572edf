package studybot.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.Section;

/**
 * The key facts of a book in French, Spanish or German: sentences that state what one of the section's terms is or does
 * and stand alone ({@link DefiningSentences}), holding at least {@value #MIN_DISTINCTIVE_TERMS} of the section's most
 * distinctive stems ({@link LanguageTermWeights}); a section keeps its {@value #MAX_FACTS_PER_SECTION} most
 * distinctive. A separate, small and conservative path: English books keep {@link KeyFactExtractor}'s rules. Sentences
 * are split as English ones are, so fact ids and labels are made the same way. The fact's first key term is its
 * subject's term (the name or code term it opens with, else the noun after its article), the one a question blanks.
 * Once a sentence announces what follows ("Encontrará lo siguiente …"), the short paragraphs after it (up to
 * {@value #ITEM_UNITS} sentences each) are its items or its example's output, and give no fact.
 */
public final class DefiningSentenceFacts {

    static final int MIN_DISTINCTIVE_TERMS = 2;
    static final int MAX_FACTS_PER_SECTION = 4;
    static final int ITEM_UNITS = 2;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}_-]*");
    private static final Pattern MAN_PAGE = Pattern.compile("\\(\\d\\w*\\)[«»\"“”,;:.!]*$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[«»\"“”„(\\[]+|[«»\"“”,;:.!)\\]]+$");

    private final FactLanguage language;

    public DefiningSentenceFacts(FactLanguage language) {
        this.language = language;
    }

    /** The book's key facts and its flattened sub-headings, read once. */
    public FactsAndSubHeadings extractWithSubHeadings(Library library) {
        LanguageTermWeights weights = LanguageTermWeights.of(library, language);
        SentenceSplitter splitter = SentenceSplitter.of(library);
        DefiningSentences sentences = new DefiningSentences(language, names(library, splitter));
        List<Section> sections = library.sections();
        List<KeyFact> facts = new ArrayList<>();
        for (int ordinal = 0; ordinal < sections.size(); ordinal++) {
            facts.addAll(factsOf(sections.get(ordinal), ordinal, weights, splitter, sentences));
        }
        return new FactsAndSubHeadings(new KeyFacts(facts), SubHeadings.of(library));
    }

    private List<KeyFact> factsOf(
            Section section,
            int ordinal,
            LanguageTermWeights weights,
            SentenceSplitter splitter,
            DefiningSentences sentences) {
        Map<String, Double> distinctive = weights.distinctive(ordinal);
        List<Candidate> candidates = new ArrayList<>();
        boolean items = false;
        for (String paragraph : section.paragraphs()) {
            List<TextUnit> units = splitter.units(paragraph);
            items = items && units.size() <= ITEM_UNITS && units.stream().noneMatch(TextUnit::heading);
            if (items) {
                continue;
            }
            for (TextUnit unit : units) {
                if (unit.heading()) {
                    continue;
                }
                items = items || sentences.announces(unit.text());
                sentences.subject(unit.text()).ifPresent(subject -> {
                    Set<String> stems = new HashSet<>(weights.stems(unit.text()));
                    stems.retainAll(distinctive.keySet());
                    if (stems.size() >= MIN_DISTINCTIVE_TERMS) {
                        double score =
                                stems.stream().mapToDouble(distinctive::get).sum();
                        candidates.add(new Candidate(candidates.size(), unit.text(), subject, score));
                    }
                });
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .limit(MAX_FACTS_PER_SECTION)
                .sorted(Comparator.comparingInt(Candidate::order))
                .map(candidate -> fact(section, ordinal, candidate, weights, distinctive))
                .toList();
    }

    private record Candidate(int order, String text, DefiningSentences.Subject subject, double score) {}

    private KeyFact fact(
            Section section,
            int ordinal,
            Candidate candidate,
            LanguageTermWeights weights,
            Map<String, Double> distinctive) {
        String text = candidate.text().strip();
        Map<String, KeyTerm> terms = new LinkedHashMap<>();
        subjectTerm(candidate.subject(), ordinal, weights, distinctive)
                .forEach(term -> terms.putIfAbsent(term.text(), term));
        List<KeyTerm> others = new ArrayList<>();
        for (var match = WORD.matcher(text); match.find(); ) {
            String word = match.group();
            term(word, ordinal, weights, distinctive)
                    .filter(term -> term.weight() > 0)
                    .ifPresent(others::add);
        }
        others.sort(Comparator.comparingDouble(KeyTerm::weight).reversed());
        others.forEach(term -> terms.putIfAbsent(term.text(), term));
        return new KeyFact(FactIds.of(text), text, section.number(), List.copyOf(terms.values()), List.of(text));
    }

    /**
     * The subject's term: a command written with its manual section ("dpkg(1)"), else its first name or code term, else
     * the word right after its article when it is the subject's most distinctive ("Le programme init" has none: its
     * term is "init", an ordinary word, and "programme" says less).
     */
    private List<KeyTerm> subjectTerm(
            DefiningSentences.Subject subject,
            int ordinal,
            LanguageTermWeights weights,
            Map<String, Double> distinctive) {
        List<String> tokens = subject.tokens();
        for (String token : tokens) {
            String bare = bareTerm(token);
            if (!bare.isEmpty() && MAN_PAGE.matcher(token).find()) {
                return term(bare, ordinal, weights, distinctive).stream().toList();
            }
        }
        for (String token : tokens) {
            String bare = bareTerm(token);
            if (!bare.isEmpty() && TermKind.of(bare).shape() != TermKind.Shape.CONCEPT && !language.article(bare)) {
                if (language.capitalisesNouns() && TermKind.of(bare).shape() == TermKind.Shape.NAME) {
                    continue;
                }
                return term(bare, ordinal, weights, distinctive).stream().toList();
            }
        }
        if (tokens.size() >= 2 && language.article(DefiningSentences.bare(tokens.get(0)))) {
            String noun = bareTerm(tokens.get(1));
            if (!noun.isEmpty() && WORD.matcher(noun).matches()) {
                List<KeyTerm> subjectWords = tokens.subList(1, tokens.size()).stream()
                        .map(DefiningSentenceFacts::bareTerm)
                        .filter(word -> WORD.matcher(word).matches())
                        .flatMap(word -> term(word, ordinal, weights, distinctive).stream())
                        .toList();
                double heaviest =
                        subjectWords.stream().mapToDouble(KeyTerm::weight).max().orElse(0);
                return term(noun, ordinal, weights, distinctive)
                        .filter(term -> term.weight() > 0 && term.weight() >= heaviest)
                        .stream()
                        .toList();
            }
        }
        return List.of();
    }

    private Optional<KeyTerm> term(
            String word, int ordinal, LanguageTermWeights weights, Map<String, Double> distinctive) {
        List<String> stems = weights.stems(word);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        String stem = String.join(" ", stems);
        double weight = stems.stream()
                .mapToDouble(s -> distinctive.getOrDefault(s, 0.0))
                .sum();
        TermKind kind = TermKind.of(word);
        boolean topical = kind.shape() != TermKind.Shape.CONCEPT && !language.capitalisesNouns()
                || kind.shape() == TermKind.Shape.IDENTIFIER
                || kind.shape() == TermKind.Shape.ACRONYM
                || stems.stream().anyMatch(s -> weights.frequency(ordinal, s) >= 2);
        return Optional.of(
                new KeyTerm(word, stem.isEmpty() ? word.toLowerCase(Locale.ROOT) : stem, kind, weight, topical));
    }

    /** A token as a term: without the quotes and punctuation around it, nor a manual page's "(1)". */
    static String bareTerm(String token) {
        return EDGE_PUNCTUATION.matcher(MAN_PAGE.matcher(token).replaceAll("")).replaceAll("");
    }

    /** Words the book writes capitalised inside a sentence and never in lower case: names ("TeX", "Debian", "Awk"). */
    private static Set<String> names(Library library, SentenceSplitter splitter) {
        Set<String> capitalised = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (Section section : library.sections()) {
            for (String paragraph : section.paragraphs()) {
                for (TextUnit unit : splitter.units(paragraph)) {
                    var match = WORD.matcher(unit.text());
                    boolean first = true;
                    while (match.find()) {
                        String word = match.group();
                        if (Character.isUpperCase(word.codePointAt(0))) {
                            if (!first) {
                                capitalised.add(word);
                            }
                        } else {
                            lower.add(word.toLowerCase(Locale.ROOT));
                        }
                        first = false;
                    }
                }
            }
        }
        capitalised.removeIf(word -> lower.contains(word.toLowerCase(Locale.ROOT)));
        return capitalised;
    }
}
