package studybot.library.imports.html;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.BookLanguage;

/**
 * Debian's multilingual page names, {@code page.<lang>.html} ({@code index.de.html}, {@code ch01.en.html}): a folder's
 * start page is {@code index.html}, else {@code index.<lang>.html}, and where the folder holds the same pages in
 * several languages one of them is read throughout: the configured {@code book.language}'s, else the first start page's
 * by name. Only folders without an {@code index.html} are read so, and only two-letter ISO codes (with a region, as in
 * {@code zh-cn}) count as languages, so Sphinx's {@code os.path.html} keeps its name.
 *
 * @param start the start page
 * @param language the language whose pages are read, empty where the start page is {@code index.html}
 * @param others the languages of the pages left out, in order of their codes
 */
record LanguagePages(Path start, Optional<String> language, Set<String> others) {

    private static final String START = "index.html";
    private static final Pattern SUFFIX = Pattern.compile("^(.+)\\.([a-z]{2})(?:[-_]([a-zA-Z]{2}))?\\.html?$");
    private static final Pattern CODE = Pattern.compile("^([a-z]{2})(?:[-_][a-zA-Z]{2})?$");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    /**
     * The start page and language of a folder whose pages, sorted by name, are {@code pages}.
     *
     * @param preferred the configured {@code book.language}, empty where the book's own pages decide
     */
    static LanguagePages of(Path folder, List<Path> pages, Optional<BookLanguage> preferred) {
        if (pages.contains(folder.resolve(START))) {
            return new LanguagePages(folder.resolve(START), Optional.empty(), Set.of());
        }
        List<Path> starts = pages.stream()
                .filter(page -> folder.equals(page.getParent()))
                .filter(page -> language(page)
                        .filter(code -> name(page).equals("index." + code + ".html"))
                        .isPresent())
                .toList();
        if (starts.isEmpty()) {
            return new LanguagePages(pages.get(0), Optional.empty(), Set.of());
        }
        Path start = preferred
                .filter(language -> !language.code().isEmpty())
                .flatMap(language -> inLanguage(starts, page -> language(page).orElseThrow(), language.code()))
                .orElse(starts.get(0));
        String chosen = language(start).orElseThrow();
        Set<String> others = new TreeSet<>();
        pages.stream()
                .map(LanguagePages::language)
                .flatMap(Optional::stream)
                .filter(code -> !code.equals(chosen))
                .forEach(others::add);
        return new LanguagePages(start, Optional.of(chosen), others);
    }

    /** Whether {@code page} is read: it names no language, or this one's. */
    boolean reads(Path page) {
        Optional<String> own = language(page);
        return own.isEmpty() || language.isEmpty() || own.equals(language);
    }

    /** The language a page's name gives ({@code de} for {@code ch01.de.html}, {@code zh-cn}), lower case. */
    static Optional<String> language(Path page) {
        Matcher matcher = SUFFIX.matcher(name(page));
        if (!matcher.matches() || !ISO_LANGUAGES.contains(matcher.group(2))) {
            return Optional.empty();
        }
        String region = matcher.group(3) == null ? "" : "-" + matcher.group(3).toLowerCase(Locale.ROOT);
        return Optional.of(matcher.group(2) + region);
    }

    /** Whether {@code name} is a language code as a folder or page name gives it: {@code en}, {@code pt-br}. */
    static boolean isLanguageCode(String name) {
        Matcher matcher = CODE.matcher(name);
        return matcher.matches() && ISO_LANGUAGES.contains(matcher.group(1));
    }

    /**
     * Of {@code candidates}, the one in language {@code wanted}: its very code ({@code pt-br}), else the same language
     * in another region ({@code pt} for {@code pt-br}, or the other way round).
     */
    static <T> Optional<T> inLanguage(List<T> candidates, Function<T, String> codeOf, String wanted) {
        return candidates.stream()
                .filter(candidate -> codeOf.apply(candidate).equalsIgnoreCase(wanted))
                .findFirst()
                .or(() -> candidates.stream()
                        .filter(candidate -> primary(codeOf.apply(candidate)).equalsIgnoreCase(primary(wanted)))
                        .findFirst());
    }

    private static String primary(String code) {
        return code.split("[-_]")[0];
    }

    private static String name(Path page) {
        return page.getFileName().toString();
    }
}
