package studybot.library.imports.markdown;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The HTML {@code <div>}s open at a point of a Markdown page. Pandoc's GitHub Markdown ({@code -t gfm}) has no divs, so
 * it writes each one a page made from HTML had as raw HTML lines around Markdown content: a texinfo manual's "Next: …,
 * Previous: …, Up: … [Contents][Index]" line before every node stays a Markdown paragraph inside {@code <div
 * class="header">} (texinfo 6.8) or {@code <div class="nav-panel">} (texinfo 7), the classes the HTML reader leaves out
 * as navigation.
 */
final class RawDivs {

    private static final Pattern DIV_TAG = Pattern.compile("<(/?)div\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS = Pattern.compile("\\bclass\\s*=\\s*[\"']([^\"']*)[\"']");
    /** texinfo's classes for the navigation line before each node. */
    private static final Set<String> NAVIGATION = Set.of("header", "nav-panel");
    /** A link to the next, previous or upper node. */
    private static final Pattern NODE_LINK =
            Pattern.compile("<a\\s[^>]*\\brel\\s*=\\s*[\"']?(?:next|prev|up)\\b", Pattern.CASE_INSENSITIVE);

    private final Deque<Set<String>> open = new ArrayDeque<>();

    /** Follows the div tags opened and closed in a raw HTML block, in order. */
    void read(String rawHtml) {
        Matcher tag = DIV_TAG.matcher(rawHtml);
        while (tag.find()) {
            if (!tag.group(1).isEmpty()) {
                open.poll();
            } else {
                Matcher classes = CLASS.matcher(tag.group(2));
                open.push(
                        classes.find()
                                ? Set.copyOf(Arrays.asList(classes.group(1)
                                        .toLowerCase(Locale.ROOT)
                                        .strip()
                                        .split("\\s+")))
                                : Set.of());
            }
        }
    }

    /**
     * Whether {@code paragraph}, read here, is texinfo's navigation line: inside its div, with a link to the next,
     * previous or upper node (the HTML reader's rule, {@code div.header:has(a[rel=next], a[rel=prev], a[rel=up])}).
     */
    boolean isNavigation(Paragraph paragraph) {
        if (open.stream().noneMatch(classes -> classes.stream().anyMatch(NAVIGATION::contains))) {
            return false;
        }
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline html
                    && NODE_LINK.matcher(html.getLiteral()).find()) {
                return true;
            }
        }
        return false;
    }
}
