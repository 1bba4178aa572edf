package studybot.library;

/**
 * The most seed text the loader reads: bytes per file and in all. Checked from the files' sizes before anything is
 * read, so an oversized file is refused by name instead of filling the heap.
 */
public record SeedLimits(long maxFileBytes, long maxTotalBytes) {

    /** What the shipped config allows: 10 MB a file, 50 MB in all (the seed book is 60 KB). */
    public static final SeedLimits DEFAULT = new SeedLimits(10_000_000, 50_000_000);

    public SeedLimits {
        if (maxFileBytes <= 0 || maxTotalBytes < maxFileBytes) {
            throw new IllegalArgumentException("limits must be positive, the total at least the per-file one: "
                    + maxFileBytes + ", " + maxTotalBytes);
        }
    }
}
