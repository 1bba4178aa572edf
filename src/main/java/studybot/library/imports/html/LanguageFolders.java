package studybot.library.imports.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import studybot.library.BookLanguage;

/**
 * A manual shipped with one subfolder per language, each a whole copy of it with its own {@code index.html} (Apache's
 * {@code da/}, {@code de/}, {@code en/} …, the top {@code index.html} redirecting to {@code en/index.html}). All of
 * them together are many books' worth of text, so one is read, as {@link LanguagePages} reads one language of Debian's
 * {@code page.<lang>.html}: the configured {@code book.language}'s folder, else the one the top page redirects to, else
 * English, else the first by name.
 *
 * @param chosen the folder read
 * @param language its language code
 * @param others the other language folders, by name
 */
record LanguageFolders(Path chosen, String language, List<Path> others) {

    private static final String START = "index.html";
    private static final String ENGLISH = "en";
    private static final Pattern REFRESH_TARGET = Pattern.compile(
            "<meta\\s[^>]*http-equiv=[\"']?refresh[\"']?[^>]*url=([^\"'>;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final int REDIRECT_BYTES_READ = 64 * 1024;

    /**
     * The language folders of {@code folder}, if it holds at least two subfolders named as languages with a start page.
     */
    static Optional<LanguageFolders> of(Path folder, Optional<BookLanguage> preferred) throws IOException {
        List<Path> languages;
        try (Stream<Path> children = Files.list(folder)) {
            languages = children.filter(child -> LanguagePages.isLanguageCode(name(child)))
                    .filter(child -> Files.isRegularFile(child.resolve(START)))
                    .sorted(Comparator.comparing(LanguageFolders::name))
                    .toList();
        }
        if (languages.size() < 2) {
            return Optional.empty();
        }
        Optional<Path> redirected = redirectTarget(folder);
        Path chosen = preferred
                .map(BookLanguage::code)
                .filter(code -> !code.isEmpty())
                .flatMap(code -> LanguagePages.inLanguage(languages, LanguageFolders::name, code))
                .or(() -> redirected.filter(languages::contains))
                .or(() -> LanguagePages.inLanguage(languages, LanguageFolders::name, ENGLISH))
                .orElse(languages.get(0));
        List<Path> others =
                languages.stream().filter(other -> !other.equals(chosen)).toList();
        return Optional.of(new LanguageFolders(chosen, name(chosen).toLowerCase(Locale.ROOT), others));
    }

    /** The pages of the folders left out. */
    long otherPages() throws IOException {
        long count = 0;
        for (Path other : others) {
            try (Stream<Path> walk = Files.walk(other)) {
                count += walk.filter(path -> Files.isRegularFile(path) && PageLinks.isPage(path))
                        .count();
            }
        }
        return count;
    }

    /** The codes of the languages left out, by name. */
    List<String> otherLanguages() {
        return others.stream()
                .map(other -> name(other).toLowerCase(Locale.ROOT))
                .toList();
    }

    /** The folder the top start page's "refresh" sends the reader to ({@code en/} for {@code URL=en/index.html}). */
    private static Optional<Path> redirectTarget(Path folder) throws IOException {
        Path start = folder.resolve(START);
        if (!Files.isRegularFile(start)) {
            return Optional.empty();
        }
        String head;
        try (InputStream in = Files.newInputStream(start)) {
            head = new String(in.readNBytes(REDIRECT_BYTES_READ), StandardCharsets.ISO_8859_1);
        }
        Matcher refresh = REFRESH_TARGET.matcher(head);
        if (!refresh.find()) {
            return Optional.empty();
        }
        String target = refresh.group(1).replaceFirst("^\\./", "");
        int slash = target.indexOf('/');
        return slash <= 0 ? Optional.empty() : Optional.of(folder.resolve(target.substring(0, slash)));
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }
}
