package studybot.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How big the book may be, in bytes of seed files: per file and in all. The whole book is held in memory and indexed,
 * so a file copied into the seeds folder by mistake (a dump, a video) is refused with its name instead of running the
 * bot out of memory.
 */
public record BookConfig(
        @JsonProperty(value = "maxFileBytes", required = true)
        long maxFileBytes,

        @JsonProperty(value = "maxTotalBytes", required = true)
        long maxTotalBytes) {

    /** Larger than any one book's text, smaller than what would strain a 512 MB heap. */
    private static final long MAX = 1L << 30;

    public BookConfig {
        ConfigChecks.between("book.maxFileBytes", maxFileBytes, 1024, MAX);
        ConfigChecks.between("book.maxTotalBytes", maxTotalBytes, maxFileBytes, MAX);
    }
}
