package studybot.shelf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studybot.library.BookLanguage;

/**
 * The operator's word on what language the seeds folder's books are in ({@code book.language}, {@code book.languages}),
 * over what their metadata says: seed text has no metadata, and an HTML export often says {@code en} whatever it holds.
 * Like aliases, it names seeds-folder books only: an upload is read by its own metadata.
 */
public final class BookLanguages {

    /** No config: every book is read by its metadata. */
    public static final BookLanguages FROM_METADATA = new BookLanguages("", List.of());

    private final Optional<BookLanguage> all;
    private final Map<String, BookLanguage> byName;

    /**
     * @param all the language of every seeds-folder book, empty for none ({@code book.language})
     * @param byName {@code name=code} pairs ({@code book.languages}), checked by the config
     */
    public BookLanguages(String all, List<String> byName) {
        this.all = all.isBlank() ? Optional.empty() : Optional.of(BookLanguage.of(all));
        Map<String, BookLanguage> languages = new HashMap<>();
        for (String entry : byName) {
            int equals = entry.indexOf('=');
            languages.put(entry.substring(0, equals).strip(), BookLanguage.of(entry.substring(equals + 1)));
        }
        this.byName = Map.copyOf(languages);
    }

    /** The language the config gives the book at {@code source}; empty when its metadata decides. */
    Optional<BookLanguage> of(BookSource source) {
        if (source.owner().isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(source.fileName()))
                .or(() -> Optional.ofNullable(byName.get(source.baseName())))
                .or(() -> all);
    }
}
