package studybot.library.imports.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import studybot.library.LibraryException;
import studybot.library.imports.NumberedTitle;
import studybot.library.imports.PageMarkup;

/**
 * The order and depth of a folder's pages, as its generator links them. The table of contents gives both: Sphinx's
 * toctree, DocBook's {@code div.toc}, mdBook's chapter list, texinfo's {@code div.contents}, each nested as lists are.
 * The "next" links (Sphinx and DocBook headers, mdBook's arrows) fill in pages the contents leave out, at the depth of
 * the page before them. The contents are taken from whichever of the start page, {@code contents.html},
 * {@code toc.html} or texinfo's {@code <manual>_toc.html} lists the most pages: a texinfo manual's start page lists its
 * chapters in a menu table, and without its contents page the folder would be read by file name, redirect pages and
 * all.
 */
final class ReadingOrder {

    private static final Evaluator TOC = Selector.evaluatorOf(
            "div.toctree-wrapper, div.toc, dl.toc, ol.chapter, nav#TOC, nav.toc, #toc," + " nav#sidebar, div.contents");
    private static final Evaluator LINKS = Selector.evaluatorOf("a[href]");
    private static final Pattern NEXT_TAG = Pattern.compile(
            "<(?:link|a)\\s[^>]*(?:rel=[\"']next[\"']|accesskey=[\"']n[\"'])[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("href=[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRINTED_DEPTH = Pattern.compile("^\\s*\\d+(?:\\.\\d+)*\\.?\\s");
    private static final List<String> CONTENTS_PAGES = List.of("contents.html", "toc.html");
    private static final String TEXINFO_CONTENTS_SUFFIX = "_toc.html";

    private final Path folder;
    private final int maxPages;
    private final PageMarkup markup;

    /** @param markup parses the folder's contents pages, within the import's page limits */
    ReadingOrder(Path folder, int maxPages, PageMarkup markup) {
        this.folder = folder;
        this.maxPages = maxPages;
        this.markup = markup;
    }

    /**
     * Pages in reading order, the start page left out, each with its depth where the main table of contents gives one
     * (1 = chapter) and 0 where it leaves the page out; empty when the pages link no order at all.
     *
     * @param startPage {@code start}, parsed (the caller needs it too, and it is parsed only once)
     */
    Map<Path, Integer> of(Path start, Document startPage) throws IOException, LibraryException {
        Map<Path, Integer> contents = bestContents(start, startPage);
        List<Path> chain = nextChain(start);
        Map<Path, Integer> order = new LinkedHashMap<>();
        if (contents.isEmpty()) {
            chain.stream().skip(1).forEach(page -> order.put(page, 0));
            return order;
        }
        Map<Path, List<Path>> after = new HashMap<>();
        Path anchor = null;
        for (Path page : chain) {
            if (contents.containsKey(page)) {
                anchor = page;
            } else if (anchor != null) {
                after.computeIfAbsent(anchor, key -> new ArrayList<>()).add(page);
            }
        }
        contents.forEach((page, depth) -> {
            order.putIfAbsent(page, depth);
            after.getOrDefault(page, List.of()).forEach(extra -> order.putIfAbsent(extra, 0));
        });
        order.remove(start);
        return order;
    }

    /**
     * The numbers the main table of contents prints before its pages' titles ("1.1. Installation"), for pages whose own
     * heading prints none: mdBook prints chapter numbers only in its sidebar. Only a page's first entry counts: DocBook
     * lists an unnumbered preface, then its own numbered sections ("1. Disclaimer", {@code pr01.html#_disclaimer}).
     *
     * @param startPage {@code start}, parsed
     */
    Map<Path, String> printedNumbers(Path start, Document startPage) throws IOException, LibraryException {
        Map.Entry<Document, Path> best = bestContentsPage(start, startPage);
        Map<Path, String> numbers = new HashMap<>();
        Set<Path> listed = new HashSet<>();
        for (Element toc : mainContents(best.getKey())) {
            for (Element link : toc.select(LINKS)) {
                Optional<String> number = NumberedTitle.parse(link.text())
                        .map(NumberedTitle::printedNumber)
                        .filter(printed -> NumberedTitle.parts(printed).isPresent());
                Optional<Path> target = PageLinks.target(folder, best.getValue(), link);
                if (target.isPresent() && listed.add(target.get()) && number.isPresent()) {
                    numbers.put(target.get(), number.get());
                }
            }
        }
        return numbers;
    }

    private Map<Path, Integer> bestContents(Path start, Document startPage) throws IOException, LibraryException {
        Map.Entry<Document, Path> best = bestContentsPage(start, startPage);
        return contentsOf(best.getKey(), best.getValue());
    }

    /** Whichever of the start page, {@code contents.html} and {@code toc.html} lists the most pages, parsed. */
    private Map.Entry<Document, Path> bestContentsPage(Path start, Document startPage)
            throws IOException, LibraryException {
        Map.Entry<Document, Path> best = Map.entry(startPage, start);
        int most = contentsOf(startPage, start).size();
        for (Path candidate : contentsPages(start)) {
            if (!candidate.equals(start) && candidate.toFile().isFile()) {
                Document document = markup.html(
                        candidate, folder.relativize(candidate).toString().replace('\\', '/'));
                int found = contentsOf(document, candidate).size();
                if (found > most) {
                    most = found;
                    best = Map.entry(document, candidate);
                }
            }
        }
        return best;
    }

    /** The pages that may hold the folder's table of contents, besides the start page. */
    private static List<Path> contentsPages(Path start) throws IOException {
        List<Path> candidates = new ArrayList<>();
        CONTENTS_PAGES.forEach(name -> candidates.add(start.resolveSibling(name)));
        try (Stream<Path> siblings = Files.list(start.getParent())) {
            siblings.filter(page -> page.getFileName().toString().endsWith(TEXINFO_CONTENTS_SUFFIX))
                    .sorted()
                    .forEach(candidates::add);
        }
        return candidates;
    }

    /**
     * The pages a page links, in the order it links them: the order of a folder whose generator marks no table of
     * contents (Apache's manual, whose start page is lists of links under headings).
     */
    List<Path> linkedFrom(Document document, Path page) {
        Set<Path> linked = new LinkedHashSet<>();
        for (Element link : document.select(LINKS)) {
            PageLinks.target(folder, page, link)
                    .filter(target -> !target.equals(page))
                    .ifPresent(linked::add);
        }
        return List.copyOf(linked);
    }

    /** The outermost tables of contents of a page. */
    private static List<Element> mainContents(Document document) {
        return document.select(TOC).stream()
                .filter(toc -> toc.parents().stream().noneMatch(parent -> parent.is(TOC)))
                .toList();
    }

    /**
     * The pages a page's own table of contents lists, with their depth below it (1 = directly below): DocBook chapter
     * pages and Sphinx index pages list their sections so.
     */
    Map<Path, Integer> contentsOf(Document document, Path page) {
        Map<Path, Integer> lists = new LinkedHashMap<>();
        Map<Path, Integer> printed = new HashMap<>();
        for (Element toc : mainContents(document)) {
            for (Element link : toc.select(LINKS)) {
                Optional<Path> target = PageLinks.target(folder, page, link);
                if (target.isPresent()
                        && !target.get().equals(page)
                        && lists.size() < maxPages
                        && !lists.containsKey(target.get())) {
                    lists.put(target.get(), listDepth(link, toc));
                    printedDepth(link).ifPresent(depth -> printed.put(target.get(), depth));
                }
            }
        }
        boolean flat = lists.values().stream().allMatch(depth -> depth <= 1);
        Map<Path, Integer> contents = new LinkedHashMap<>();
        lists.forEach((target, depth) -> contents.put(target, flat ? printed.getOrDefault(target, 1) : depth));
        int shallowest =
                contents.values().stream().mapToInt(Integer::intValue).min().orElse(1);
        contents.replaceAll((target, depth) -> depth - shallowest + 1);
        return contents;
    }

    /** How many lists nest the link inside the contents. */
    private static int listDepth(Element link, Element toc) {
        int lists = 0;
        for (Element parent = link.parent(); parent != null && parent != toc.parent(); parent = parent.parent()) {
            String tag = parent.normalName();
            if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) {
                lists++;
            }
        }
        return Math.max(1, lists);
    }

    /** The depth a link's printed number gives ("1.1. Installation" is 2), for contents that don't nest lists. */
    private static Optional<Integer> printedDepth(Element link) {
        if (!PRINTED_DEPTH.matcher(link.text()).find()) {
            return Optional.empty();
        }
        String number = link.text().strip().split("\\s")[0].replaceAll("\\.$", "");
        return Optional.of(number.split("\\.").length);
    }

    /** Follows "next" links from {@code start}; a link is found in the raw text, without parsing each page twice. */
    private List<Path> nextChain(Path start) throws IOException {
        List<Path> chain = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Path page = start;
        while (page != null && seen.add(page) && chain.size() < maxPages) {
            chain.add(page);
            Matcher tag = NEXT_TAG.matcher(Files.readString(page, StandardCharsets.ISO_8859_1));
            Path next = null;
            while (next == null && tag.find()) {
                Matcher href = HREF.matcher(tag.group());
                if (href.find()) {
                    next = PageLinks.target(folder, page, Parser.unescapeEntities(href.group(1), true))
                            .orElse(null);
                }
            }
            page = next;
        }
        return chain;
    }
}
