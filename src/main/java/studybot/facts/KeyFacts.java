package studybot.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import studybot.library.SectionNumber;

/**
 * The key facts of one edition of the book, in book order. Immutable: a reload extracts a new set with the new book. A
 * section with nothing to teach has no facts here.
 */
public final class KeyFacts {

    private final List<KeyFact> facts;
    private final Map<SectionNumber, List<KeyFact>> bySection;
    private final Map<String, KeyFact> byId;

    public KeyFacts(List<KeyFact> facts) {
        this.facts = List.copyOf(facts);
        this.bySection = this.facts.stream()
                .collect(Collectors.groupingBy(KeyFact::section, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        Map<String, KeyFact> ids = new LinkedHashMap<>();
        this.facts.forEach(fact -> ids.putIfAbsent(fact.id(), fact));
        this.byId = Map.copyOf(ids);
    }

    /** Every fact, in book order. */
    public List<KeyFact> all() {
        return facts;
    }

    /** The facts of one section, in the order the section states them; empty when it has nothing to teach. */
    public List<KeyFact> of(SectionNumber section) {
        return bySection.getOrDefault(section, List.of());
    }

    public Optional<KeyFact> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The sections that have at least one fact, in book order. */
    public List<SectionNumber> sections() {
        return List.copyOf(bySection.keySet());
    }

    public int size() {
        return facts.size();
    }
}
