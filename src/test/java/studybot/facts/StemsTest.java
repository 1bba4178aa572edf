package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import studybot.library.Section;

/** Stems word by word, with a table, give exactly what the English analyzer gives for the whole text. */
class StemsTest {

    private final Stems stems = new Stems();

    @Test
    void givesTheEnglishAnalyzersTokensForEveryLabelledBook() throws IOException {
        try (Analyzer english = new EnglishAnalyzer()) {
            for (LabelledBook book :
                    List.of(LabelledBook.seed(), LabelledBook.operatingSystems(), LabelledBook.networking())) {
                for (Section section : book.library().sections()) {
                    String text = section.title() + "\n\n" + section.body();
                    assertThat(stems.tokens(text)).isEqualTo(english(english, text));
                }
            }
        }
    }

    @Test
    void dropsStopWordsAndPossessivesAndKeepsOffsetsOfTheWordsAsWritten() throws IOException {
        String text = "The kernel’s scheduler and the TLB's entries: O'Neil's 3.5 GB, x86_64 and the “Page-Tables”, "
                + "a ÉCOLE café's résumé — and it's THE ’s 's end. The scheduler's scheduler schedules.";
        try (Analyzer english = new EnglishAnalyzer()) {
            assertThat(stems.tokens(text)).isEqualTo(english(english, text));
            assertThat(stems.tokens(text)).isEqualTo(english(english, text));
        }
    }

    private static List<Stems.Token> english(Analyzer analyzer, String text) throws IOException {
        List<Stems.Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Stems.Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        return tokens;
    }
}
