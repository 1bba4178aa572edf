package studybot.library.imports.html;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import studybot.library.imports.PageMarkup;

/** Resolves a link in one page of a book folder to another page of the same folder, and nothing outside it. */
final class PageLinks {

    /** A link's anchor or query, after the file it names. */
    private static final Pattern AFTER_FILE = Pattern.compile("[#?].*$");

    private PageLinks() {}

    /** The page {@code href} points to from {@code page}; empty for other sites, anchors, missing files. */
    static Optional<Path> target(Path folder, Path page, String href) {
        if (href == null || href.isBlank() || href.contains(":") || href.startsWith("#") || href.startsWith("//")) {
            return Optional.empty();
        }
        String file = AFTER_FILE.matcher(href).replaceAll("");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path target;
        try {
            target = page.getParent()
                    .resolve(URLDecoder.decode(file, StandardCharsets.UTF_8))
                    .normalize();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!target.startsWith(folder) || !isPage(target) || !Files.isRegularFile(target)) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    static Optional<Path> target(Path folder, Path page, Element link) {
        return target(folder, page, link.attr("href"));
    }

    static boolean isPage(Path file) {
        return PageMarkup.isPage(file.getFileName().toString());
    }
}
