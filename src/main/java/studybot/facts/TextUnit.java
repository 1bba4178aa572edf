package studybot.facts;

import java.util.Objects;

/**
 * One unit of a paragraph as the key-fact extractor reads it: a sentence, or a sub-heading that the seed format
 * flattened into the paragraph ({@code heading} true). Headings are never part of a fact.
 */
public record TextUnit(String text, boolean heading) {

    public TextUnit {
        Objects.requireNonNull(text, "text");
    }

    public static TextUnit sentence(String text) {
        return new TextUnit(text, false);
    }

    public static TextUnit heading(String text) {
        return new TextUnit(text, true);
    }
}
