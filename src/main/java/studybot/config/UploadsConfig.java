package studybot.config;

/**
 * Books a server brings with {@code /book add}: whether the operator allows it, the largest file (refused from its size
 * before it is downloaded) and how many books one server may keep. Uploaded books live in the data folder, so each one
 * costs disk and, while served, memory.
 */
public record UploadsConfig(boolean enabled, long maxBytes, int maxBooks) {

    /** The most an upload may be: the import's own limit for one file, 150 MB. */
    private static final long MAX_BYTES = 150_000_000L;

    public UploadsConfig {
        ConfigChecks.between("book.uploads.maxBytes", maxBytes, 1024, MAX_BYTES);
        ConfigChecks.between("book.uploads.maxBooks", maxBooks, 0, 100);
    }
}
