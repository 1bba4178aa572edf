package studybot.facts;

import java.util.regex.Pattern;

/**
 * Code or markup source that a converter kept as text: a listing flattened into a paragraph, a docstring, a
 * reStructuredText or Markdown sample ("Usage ===== Installation ------------", ":param kind: The kind.", ".. note::",
 * "The ``kind`` parameter…", a session with its ">>>" prompts, sample text cut short with "…"). It may hold whole
 * sentences, but they are the example's, not statements about the subject, so it is never a fact. The marks are those
 * of source text that rendered prose never shows: an underline of repeated punctuation, doubled backquotes, a
 * docstring's triple quotes against a word, a directive or a field list, an auto-numbered footnote's label ("[#note]
 * …"), a literal-block marker before the next sentence, an interpreter prompt, sample text cut short ("…dolor sit amet
 * ..."; an ellipsis after a function word, "a match for ...", is a placeholder the sentence talks about). A triple
 * quote written as a name in prose ({@code """..."""}) is no such mark.
 */
final class MarkupSource {

    private static final Pattern SOURCE_MARKS =
            Pattern.compile(
                    "([=\\-~^*#+])\\1{3,}" // a heading's underline: "=======", "--------"
                            + "|``" // reStructuredText inline literal
                            + "|\\w\"\"\"|\"\"\"\\s?\\p{Lu}|\\w'''|'''\\s?\\p{Lu}" // a docstring against its text
                            + "|(?:^|\\s)\\.\\. [\\w:-]+::" // a directive: ".. note::", ".. py:function::"
                            + "|^:\\w+(?: \\w+)?:(?:\\s|$)" // a field list: ":param kind:", ":rtype:"
                            + "|\\w::\\s+\\p{Lu}" // a literal-block marker ending a sentence of the sample
                            + "|(?:^|\\s)>>>\\s|Traceback \\(most recent call last\\)" // an interpreter session
                            + "|^(?:def|class) \\w+\\s*[(:]" // a definition's first line
                            + "|^\\[#\\w*\\]\\s" // a reStructuredText footnote's label: "[#note] Text of the note."
                            + "|(?<!\\b(?:a|an|the|of|for|to|as|by|with|in|on|or|and|is|are))\\s(?:\\.{2,}|…)$"); // sample text cut short

    private MarkupSource() {}

    /** Whether the sentence carries marks that only source text has. */
    static boolean shows(String sentence) {
        return SOURCE_MARKS.matcher(sentence.strip()).find();
    }
}
