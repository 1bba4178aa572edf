package studybot.search.semantic;

/** The embedding model cannot run here (platform, native library, missing model); search falls back to BM25. */
public final class SemanticUnavailableException extends Exception {

    public SemanticUnavailableException(String message) {
        super(message);
    }

    public SemanticUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
