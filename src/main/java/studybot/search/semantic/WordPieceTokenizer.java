package studybot.search.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer in plain Java, reading the vocabulary from a Hugging Face {@code tokenizer.json}:
 * clean the text (drop control and format characters, so zero-width input is simply empty), space out CJK ideographs,
 * strip accents, lower-case, split on whitespace and punctuation, then split each word greedily into the longest pieces
 * in the vocabulary. It gives the same ids as the Hugging Face tokenizer for these models without a native library, a
 * cache folder or a library that reports usage. Immutable and thread-safe.
 */
public final class WordPieceTokenizer {

    private static final int MAX_WORD_CHARS = 100;
    private static final String CONTINUATION = "##";

    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int classify;
    private final int separator;

    WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = id("[UNK]");
        this.classify = id("[CLS]");
        this.separator = id("[SEP]");
    }

    /** Reads {@code model.vocab} of a WordPiece {@code tokenizer.json}. */
    public static WordPieceTokenizer fromJson(InputStream json) throws IOException {
        JsonNode model = new ObjectMapper().readTree(json).path("model");
        if (!"WordPiece".equals(model.path("type").asText())) {
            throw new IOException("not a WordPiece tokenizer: " + model.path("type"));
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : model.path("vocab").properties()) {
            vocabulary.put(entry.getKey(), entry.getValue().asInt());
        }
        return new WordPieceTokenizer(vocabulary);
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no " + token);
        }
        return id;
    }

    /**
     * The model's input ids for {@code text}: {@code [CLS]}, at most {@code maxTokens - 2} word pieces (the rest is cut
     * off), {@code [SEP]}. Any text works, empty or not.
     */
    public long[] ids(String text, int maxTokens) {
        List<Integer> pieces = new ArrayList<>();
        for (String word : words(normalise(text))) {
            if (pieces.size() >= maxTokens - 2) {
                break;
            }
            addPieces(word, pieces);
        }
        int kept = Math.min(pieces.size(), maxTokens - 2);
        long[] ids = new long[kept + 2];
        ids[0] = classify;
        for (int i = 0; i < kept; i++) {
            ids[i + 1] = pieces.get(i);
        }
        ids[kept + 1] = separator;
        return ids;
    }

    /** Clean text, CJK spacing, accents stripped, lower case: BERT's normaliser. */
    static String normalise(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
            }
            if (isWhitespace(cp)) {
                cleaned.append(' ');
            } else if (isCjk(cp)) {
                cleaned.append(' ').appendCodePoint(cp).append(' ');
            } else {
                cleaned.appendCodePoint(cp);
            }
        });
        String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        decomposed
                .codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(stripped::appendCodePoint);
        return stripped.toString().toLowerCase(Locale.ROOT);
    }

    /** Split on whitespace, and every punctuation character is a word of its own. */
    static List<String> words(String normalised) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        normalised.codePoints().forEach(cp -> {
            if (isWhitespace(cp) || isPunctuation(cp)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (isPunctuation(cp)) {
                    words.add(new String(Character.toChars(cp)));
                }
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private void addPieces(String word, List<Integer> pieces) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            pieces.add(unknown);
            return;
        }
        List<Integer> found = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer piece = null;
            while (end > start) {
                String candidate = (start > 0 ? CONTINUATION : "") + word.substring(start, end);
                piece = vocabulary.get(candidate);
                if (piece != null) {
                    break;
                }
                end = Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 > start ? end - 2 : end - 1;
            }
            if (piece == null) {
                pieces.add(unknown);
                return;
            }
            found.add(piece);
            start = end;
        }
        pieces.addAll(found);
    }

    private static boolean isWhitespace(int cp) {
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED;
    }

    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F)
                || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B820 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
