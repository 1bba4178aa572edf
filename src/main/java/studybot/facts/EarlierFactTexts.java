package studybot.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.Section;

/**
 * The texts a fact of a section may have had in an earlier studybot: every sentence and every pair of adjacent
 * sentences of a paragraph, as the book writes them and as a fact is made of them (leading connective and asides
 * dropped), and without a reference entry's headword ("list.copy(): Return a shallow copy…"). Card ids are hashes of a
 * fact's text, so when the rules that cut facts out of sentences change, a card's old id is found again by hashing
 * these; nothing here is ever shown.
 */
public final class EarlierFactTexts {

    /** "name(args): What it does." as a reference entry leads its first sentence. */
    private static final Pattern HEADWORD = Pattern.compile("^(?:\\S+\\s+){0,7}?\\S+?:\\s+(\\S.*)$");

    private final SentenceSplitter splitter;

    private EarlierFactTexts(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** Splits sentences as the fact extractor does for this book (which depends on how the book writes its words). */
    public static EarlierFactTexts of(Library library) {
        return new EarlierFactTexts(SentenceSplitter.of(library));
    }

    /** The texts a fact of {@code section} may have had; in book order, without repeats. */
    public Set<String> of(Section section) {
        Set<String> texts = new LinkedHashSet<>();
        for (String paragraph : section.paragraphs()) {
            List<String> sentences = new ArrayList<>();
            splitter.units(paragraph).stream()
                    .filter(unit -> !unit.heading())
                    .forEach(unit -> sentences.add(unit.text()));
            for (int at = 0; at < sentences.size(); at++) {
                String sentence = sentences.get(at);
                List<String> alone = List.of(sentence, asFact(sentence));
                alone.forEach(text -> addWithAndWithoutHeadword(texts, text));
                if (at + 1 < sentences.size()) {
                    String after = sentences.get(at + 1);
                    for (String first : alone) {
                        addWithAndWithoutHeadword(texts, first + " " + after);
                        addWithAndWithoutHeadword(texts, first + " " + KeyFactExtractor.closed(Asides.drop(after)));
                    }
                }
            }
        }
        return texts;
    }

    private static String asFact(String sentence) {
        return KeyFactExtractor.closed(Connectives.drop(Asides.withoutIntensifiers(Asides.drop(sentence))));
    }

    private static void addWithAndWithoutHeadword(Set<String> texts, String text) {
        texts.add(text);
        Matcher headword = HEADWORD.matcher(text);
        if (headword.matches()) {
            texts.add(headword.group(1));
        }
    }
}
