package studybot.tip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import studybot.facts.KeyFact;
import studybot.facts.KeyFacts;

/**
 * The tips of one edition of the book: its key facts, in book order, so every tip teaches something and none is a joke
 * or an aside. Immutable; a reload builds a new deck with the new facts. A tip's id is derived from its text exactly as
 * it always was (the first 16 hex digits of its SHA-256), so a server's place in its daily rotation survives reloads
 * while the text is unchanged.
 */
public record TipDeck(List<Tip> tips) {

    public TipDeck {
        Map<String, Tip> unique = new LinkedHashMap<>();
        tips.forEach(tip -> unique.putIfAbsent(tip.id(), tip));
        tips = List.copyOf(unique.values());
    }

    /** One tip per key fact. */
    public static TipDeck of(KeyFacts facts) {
        return new TipDeck(facts.all().stream().map(TipDeck::tip).toList());
    }

    /** One tip chosen uniformly, or empty for an empty deck. */
    public Optional<Tip> random(RandomGenerator random) {
        return tips.isEmpty() ? Optional.empty() : Optional.of(tips.get(random.nextInt(tips.size())));
    }

    public int size() {
        return tips.size();
    }

    static Tip tip(KeyFact fact) {
        return new Tip(idOf(fact.text()), fact.text(), fact.section());
    }

    static String idOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
