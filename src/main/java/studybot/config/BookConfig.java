package studybot.config;

import java.util.List;
import java.util.Objects;

/**
 * The books studybot serves: how big seed text may be, in bytes per file and in all (the whole book is held in memory
 * and indexed, so a file copied into the seeds folder by mistake is refused with its name instead of running the bot
 * out of memory), which book a server reads until it picks one, the ids the operator gives books, and whether servers
 * may bring their own.
 *
 * @param defaultBook the id (or file or folder name) of the book a server reads until it picks one; empty for the only
 *     or first book
 * @param aliases {@code name=id} pairs: the book in the file or folder {@code name} of the seeds folder is known as
 *     {@code id}, so renaming the file keeps members' data with it
 * @param language the language of the seeds folder's books ({@code de}), over what their metadata says; empty to take
 *     the metadata's (a book that does not say is read as English)
 * @param languages {@code name=code} pairs: the language of the book in the file or folder {@code name} of the seeds
 *     folder, over {@code language} and the metadata
 */
public record BookConfig(
        long maxFileBytes,

        long maxTotalBytes,

        String defaultBook,
        List<String> aliases,
        String language,
        List<String> languages,
        UploadsConfig uploads) {

    /** Larger than any one book's text, smaller than what would strain a 512 MB heap. */
    private static final long MAX = 1L << 30;

    public BookConfig {
        ConfigChecks.between("book.maxFileBytes", maxFileBytes, 1024, MAX);
        ConfigChecks.between("book.maxTotalBytes", maxTotalBytes, maxFileBytes, MAX);
        Objects.requireNonNull(defaultBook, "book.default");
        aliases = List.copyOf(aliases);
        for (String alias : aliases) {
            int equals = alias.indexOf('=');
            if (equals <= 0 || equals == alias.length() - 1) {
                throw new IllegalArgumentException(
                        "book.aliases entries are \"file or folder name=id\", was \"" + alias + "\"");
            }
        }
        Objects.requireNonNull(language, "book.language");
        if (!language.isBlank()) {
            ConfigChecks.languageCode("book.language", language);
        }
        languages = List.copyOf(languages);
        for (String entry : languages) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException(
                        "book.languages entries are \"file or folder name=language code\", was \"" + entry + "\"");
            }
            ConfigChecks.languageCode("book.languages (\"" + entry + "\")", entry.substring(equals + 1));
        }
        Objects.requireNonNull(uploads, "book.uploads");
    }
}
