package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class CodeAwareAnalyzerTest {

    private final Analyzer analyzer = new CodeAwareAnalyzer();

    @Test
    void anIdentifierIsKeptWholeAndAsItsWords() throws IOException {
        assertThat(terms("max_wal_size")).contains("max_wal_s", "max", "wal", "size");
        assertThat(terms("shared_buffers")).contains("shared_buff", "share", "buffer");
    }

    @Test
    void aMethodCallIsFoundByItsMethodName() throws IOException {
        assertThat(terms("str.lower()")).contains("lower");
        assertThat(terms("os.path.join(a, b)")).contains("os", "path", "join");
    }

    private List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }
}
