package studybot.library.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import studybot.library.Block;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;
import studybot.library.WordCount;

/**
 * Numbers an {@link ImportedBook} once, the same way for every format, and makes it a {@link Library}.
 *
 * <ul>
 *   <li>A printed number is kept where it fits: one level below its parent's number ({@code 20.4} under chapter 20,
 *       {@code 20.4.1} under 20.4) and after its previous sibling. Elsewhere (no number, letters such as {@code A.3}, a
 *       preface's own "6.2", a number used twice) the heading is numbered by its place in the table of contents, and a
 *       printed number left unused is listed in the report.
 *   <li>A chapter's own text, before its first section, is section {@code CHAPTER.0} under the chapter's title.
 *   <li>A book whose outline has a single unnumbered top heading (the book's title) takes its children as chapters; the
 *       text under the title is chapter 0. A title page before it, the same title with no text (texinfo's), is left
 *       out. A part ("Part I. Tutorial") whose chapters carry their own numbers gives way to them, its introduction
 *       counted as skipped.
 *   <li>Unnumbered chapters before the first printed one take the numbers below it from 0; when they are more than the
 *       free numbers, the first free one is a chapter and the rest its sections. That is for front matter only (at most
 *       five chapters, or fewer than those from the printed one on); a longer run is the book itself, each a chapter
 *       numbered by order from 1, and the printed number after it is reported. An unnumbered section before its printed
 *       siblings (a chapter page's own heading ahead of its "3.1" page) stays in the text before it, so the printed
 *       numbers never shift.
 *   <li>Headings nested deeper than {@link SectionNumber#MAX_DEPTH} levels stay in their ancestor's text, the heading
 *       kept as a line of prose.
 * </ul>
 */
public final class BookAssembler {

    private final Clock clock;

    public BookAssembler(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param source the file or folder the book came from, named in the report
     * @throws LibraryException when nothing in the book became a section
     */
    public AssembledBook assemble(ImportedBook book, String source) throws LibraryException {
        Numbering numbering = new Numbering(new ArrayList<>(book.skipped()), book.order());
        numbering.chapters(topLevel(
                nestByNumbers(BackOfBookIndex.remove(LetteredHeadings.read(book.chapters()), numbering.skipped)),
                numbering));
        if (numbering.sections.isEmpty()) {
            throw new LibraryException(
                    "noSections", Map.of("source", source, "skipped", String.valueOf(numbering.skipped.size())));
        }
        Library library = new Library(numbering.sections, numbering.chapterTitles, clock.instant())
                .withLanguage(BookLanguage.of(book.language()))
                .withLanguageFromText();
        LoadReport report = new LoadReport(
                source,
                book.title(),
                book.author(),
                numbering.byDepth,
                numbering.words,
                numbering.code,
                numbering.tables,
                numbering.images,
                numbering.skipped,
                numbering.renumbered,
                book.keptShare());
        return new AssembledBook(book, library, report);
    }

    /**
     * Puts a heading under the sibling before it whose printed number starts its own ("1.1. Installation" after
     * "Chapter 1. Getting Started"), as pages a table of contents lists side by side often are; at every level.
     */
    static List<ImportedSection> nestByNumbers(List<ImportedSection> siblings) {
        List<Nesting> top = new ArrayList<>();
        List<Nesting> open = new ArrayList<>();
        for (ImportedSection section : siblings) {
            Optional<List<Integer>> parts = NumberedTitle.parts(section.printedNumber());
            Nesting node = new Nesting(section, parts.orElse(List.of()));
            while (!open.isEmpty() && !node.isUnder(open.get(open.size() - 1))) {
                open.remove(open.size() - 1);
            }
            if (open.isEmpty()) {
                top.add(node);
            } else {
                open.get(open.size() - 1).children.add(node);
            }
            if (parts.isPresent()) {
                open.add(node);
            } else {
                open.clear();
            }
        }
        return top.stream().map(Nesting::toSection).toList();
    }

    /** A heading while siblings are nested under it by their numbers. */
    private static final class Nesting {
        private final ImportedSection section;
        private final List<Integer> parts;
        private final List<Nesting> children = new ArrayList<>();

        Nesting(ImportedSection section, List<Integer> parts) {
            this.section = section;
            this.parts = parts;
        }

        boolean isUnder(Nesting parent) {
            return !parts.isEmpty()
                    && parts.size() > parent.parts.size()
                    && parts.subList(0, parent.parts.size()).equals(parent.parts);
        }

        ImportedSection toSection() {
            List<ImportedSection> all = new ArrayList<>(nestByNumbers(section.children()));
            children.forEach(child -> all.add(child.toSection()));
            return new ImportedSection(
                    section.printedNumber(), section.title(), section.blocks(), all, section.location());
        }
    }

    private static List<ImportedSection> topLevel(List<ImportedSection> chapters, Numbering numbering) {
        List<ImportedSection> top = withoutTitlePage(chapters, numbering.skipped);
        if (top.size() == 1
                && top.get(0).printedNumber().isEmpty()
                && !top.get(0).children().isEmpty()) {
            ImportedSection root = top.get(0);
            top = new ArrayList<>();
            if (!root.blocks().isEmpty()) {
                top.add(new ImportedSection("0", root.title(), root.blocks(), List.of(), root.location()));
            }
            top.addAll(root.children());
        }
        List<ImportedSection> hoisted = new ArrayList<>();
        for (ImportedSection chapter : top) {
            boolean isPart = !chapter.printedNumber().isEmpty()
                    && NumberedTitle.parts(chapter.printedNumber()).isEmpty()
                    && chapter.children().stream()
                            .anyMatch(child -> NumberedTitle.parts(child.printedNumber())
                                    .map(parts -> parts.size() == 1)
                                    .orElse(false));
            if (isPart) {
                if (!chapter.blocks().isEmpty()) {
                    numbering.skipped.add(Skipped.of(
                            "part-introduction",
                            "partIntroduction",
                            Map.of(
                                    "title",
                                    chapter.title(),
                                    "words",
                                    words(chapter.blocks()),
                                    "shown",
                                    String.valueOf(words(chapter.blocks()))),
                            chapter.location()));
                }
                hoisted.addAll(chapter.children());
            } else {
                hoisted.add(chapter);
            }
        }
        return hoisted;
    }

    /**
     * The chapters without a title page: a first heading with neither text nor sections that the next one repeats (a
     * texinfo manual prints its title on its title page and again over its top node, whose text and chapters follow).
     */
    private static List<ImportedSection> withoutTitlePage(List<ImportedSection> chapters, List<Skipped> skipped) {
        if (chapters.size() < 2) {
            return chapters;
        }
        ImportedSection first = chapters.get(0);
        ImportedSection next = chapters.get(1);
        boolean titlePage = first.blocks().isEmpty()
                && first.children().isEmpty()
                && first.printedNumber().isEmpty()
                && next.printedNumber().isEmpty()
                && !first.title().isBlank()
                && first.title().equals(next.title());
        if (!titlePage) {
            return chapters;
        }
        skipped.add(Skipped.of("front-matter", "bookMatter", Map.of("page", "titlePage"), first.location()));
        return chapters.subList(1, chapters.size());
    }

    private static long words(List<Block> blocks) {
        long count = 0;
        for (Block block : blocks) {
            if (block.kind() == Block.Kind.PROSE) {
                count += WordCount.of(block.text());
            }
        }
        return count;
    }

    /** The state of one numbering pass. */
    private static final class Numbering {
        /** The largest part a section number takes (four digits, as buttons and the seed format allow). */
        private static final int MAX_PART = 9999;

        /** The most unnumbered chapters before chapter 1 taken as front matter in any book. */
        private static final int FRONT_MATTER_CHAPTERS = 5;

        private final List<Skipped> skipped;
        private final ImportedBook.Order order;
        private final List<Section> sections = new ArrayList<>();
        private final Map<Integer, String> chapterTitles = new HashMap<>();
        private final SortedMap<Integer, Integer> byDepth = new TreeMap<>();
        private final List<Renumbered> renumbered = new ArrayList<>();
        private long words;
        private int code;
        private int tables;
        private int images;

        Numbering(List<Skipped> skipped, ImportedBook.Order order) {
            this.skipped = skipped;
            this.order = order;
        }

        void chapters(List<ImportedSection> chapters) {
            int firstPrinted = firstPrinted(chapters);
            boolean frontMatter = isFrontMatter(firstPrinted, chapters.size());
            int last = frontMatter ? firstByOrder(chapters) : 0;
            int lastPart = 0;
            Map<Integer, Integer> lastFlatSection = new HashMap<>();
            for (int i = 0; i < chapters.size(); i++) {
                ImportedSection chapter = chapters.get(i);
                Optional<List<Integer>> printed = NumberedTitle.parts(chapter.printedNumber());
                if (printed.isPresent()
                        && printed.get().size() == 2
                        && chapter.children().isEmpty()
                        && flatFits(printed.get(), last, lastFlatSection)) {
                    List<Integer> parts = printed.get();
                    lastFlatSection.put(parts.get(0), parts.get(1));
                    last = parts.get(0);
                    lastPart = parts.get(1);
                    section(SectionNumber.of(parts), chapter);
                    continue;
                }
                int number;
                if (printed.isPresent()
                        && printed.get().size() == 1
                        && printed.get().get(0) > last
                        && printed.get().get(0) <= MAX_PART) {
                    number = printed.get().get(0);
                } else if (last >= 0
                        && (frontMatter || i > firstPrinted)
                        && last + 1 >= nextPrinted(chapters, i, last)) {
                    lastPart = hasChapter(last)
                            ? children(List.of(last), List.of(chapter), lastPart)
                            : chapter(last, chapter);
                    continue;
                } else {
                    number = last + 1;
                    noteRenumbered(chapter, Integer.toString(number));
                }
                last = number;
                lastPart = chapter(number, chapter);
            }
        }

        /**
         * Whether chapter {@code number} has a section yet; an unnumbered chapter with no free number before the next
         * printed one takes the number itself while it is still unused (the first of a book's several front chapters),
         * so chapter 0 gets a title.
         */
        private boolean hasChapter(int number) {
            return chapterTitles.containsKey(number)
                    || sections.stream().anyMatch(section -> section.number().chapter() == number);
        }

        /** The next printed chapter number above {@code last} after position {@code i}, or no limit. */
        private static int nextPrinted(List<ImportedSection> chapters, int i, int last) {
            for (int next = i + 1; next < chapters.size(); next++) {
                Optional<List<Integer>> printed =
                        NumberedTitle.parts(chapters.get(next).printedNumber());
                if (printed.isPresent() && printed.get().get(0) > last) {
                    return printed.get().get(0);
                }
            }
            return Integer.MAX_VALUE;
        }

        /**
         * Whether the {@code unnumbered} chapters before the first printed chapter number, of {@code count}, are the
         * book's front matter (a title page, foreword, preface): a handful, or fewer than the chapters from the printed
         * one on. Otherwise they are the book itself (SQLite's 666 pages before the one page that prints "1"), each a
         * chapter numbered by order.
         */
        private static boolean isFrontMatter(int unnumbered, int count) {
            return unnumbered <= FRONT_MATTER_CHAPTERS || unnumbered < count - unnumbered;
        }

        /** The position of the first chapter that prints a number, or the count of chapters when none does. */
        private static int firstPrinted(List<ImportedSection> chapters) {
            for (int i = 0; i < chapters.size(); i++) {
                if (NumberedTitle.parts(chapters.get(i).printedNumber()).isPresent()) {
                    return i;
                }
            }
            return chapters.size();
        }

        /**
         * The number before the first chapter numbered by order: unnumbered chapters ahead of the first printed one (a
         * preface) take the numbers just below it, from 0, when there is room; otherwise chapters start at 1.
         */
        private static int firstByOrder(List<ImportedSection> chapters) {
            int unnumbered = 0;
            for (ImportedSection chapter : chapters) {
                Optional<List<Integer>> printed = NumberedTitle.parts(chapter.printedNumber());
                if (printed.isPresent()) {
                    int first = printed.get().get(0);
                    if (unnumbered == 0) {
                        return Math.min(0, first - 1);
                    }
                    return first - unnumbered >= 0 ? first - unnumbered - 1 : 0;
                }
                unnumbered++;
            }
            return 0;
        }

        private static boolean flatFits(List<Integer> parts, int lastChapter, Map<Integer, Integer> lastFlat) {
            int chapter = parts.get(0);
            if (chapter > MAX_PART || parts.get(1) > MAX_PART) {
                return false;
            }
            return chapter > lastChapter || chapter == lastChapter && parts.get(1) > lastFlat.getOrDefault(chapter, 0);
        }

        /** Numbers a chapter and its sections; returns the last section's part. */
        private int chapter(int number, ImportedSection given) {
            ImportedSection chapter = keepPrintedNumbers(List.of(number), given);
            chapterTitles.put(number, chapter.title());
            byDepth.merge(1, 1, Integer::sum);
            boolean hasText = !chapter.blocks().isEmpty();
            if (hasText) {
                add(new SectionNumber(number, 0), chapter.title(), chapter.blocks(), chapter.location());
            } else if (chapter.children().isEmpty()) {
                skipped.add(Skipped.of(
                        "empty-heading", "emptyHeading", Map.of("title", chapter.title()), chapter.location()));
            }
            return children(List.of(number), chapter.children(), 0);
        }

        /**
         * Keeps the numbers a section's children print when unnumbered ones come before them (a chapter page's own
         * "Keywords" heading ahead of its printed "3.1" page): an unnumbered child with no free number left before the
         * next printed sibling becomes the last sub-section of the sibling before it, or stays in the section's own
         * text (its heading a line of prose) when it is the first.
         */
        private static ImportedSection keepPrintedNumbers(List<Integer> number, ImportedSection section) {
            List<ImportedSection> children = section.children();
            List<Block> blocks = new ArrayList<>(section.blocks());
            List<ImportedSection> kept = new ArrayList<>();
            int last = 0;
            for (int i = 0; i < children.size(); i++) {
                ImportedSection child = children.get(i);
                Optional<Integer> printed = printedPart(number, child, last);
                if (printed.isPresent()) {
                    last = printed.get();
                    kept.add(child);
                } else if (child.printedNumber().isEmpty() && last + 1 >= nextPrintedPart(number, children, i, last)) {
                    if (kept.isEmpty()) {
                        flatten(List.of(child), blocks);
                    } else {
                        ImportedSection before = kept.remove(kept.size() - 1);
                        List<ImportedSection> grown = new ArrayList<>(before.children());
                        grown.add(child);
                        kept.add(new ImportedSection(
                                before.printedNumber(), before.title(), before.blocks(), grown, before.location()));
                    }
                } else {
                    last++;
                    kept.add(child);
                }
            }
            return new ImportedSection(section.printedNumber(), section.title(), blocks, kept, section.location());
        }

        /** The last part of {@code child}'s printed number when it fits under {@code parent} after {@code last}. */
        private static Optional<Integer> printedPart(List<Integer> parent, ImportedSection child, int last) {
            return NumberedTitle.parts(child.printedNumber())
                    .filter(parts -> parts.size() == parent.size() + 1
                            && parts.subList(0, parent.size()).equals(parent)
                            && parts.get(parent.size()) > last
                            && parts.get(parent.size()) <= MAX_PART)
                    .map(parts -> parts.get(parent.size()));
        }

        /** The next printed part that fits under {@code parent} after position {@code i}, or no limit. */
        private static int nextPrintedPart(List<Integer> parent, List<ImportedSection> children, int i, int last) {
            for (int next = i + 1; next < children.size(); next++) {
                Optional<Integer> part = printedPart(parent, children.get(next), last);
                if (part.isPresent()) {
                    return part.get();
                }
            }
            return Integer.MAX_VALUE;
        }

        /** Numbers sections below {@code parent} after its part {@code last}; returns the last part used. */
        private int children(List<Integer> parent, List<ImportedSection> children, int after) {
            int last = after;
            for (ImportedSection child : children) {
                Optional<List<Integer>> printed = NumberedTitle.parts(child.printedNumber());
                int part;
                if (printed.isPresent()
                        && printed.get().size() == parent.size() + 1
                        && printed.get().subList(0, parent.size()).equals(parent)
                        && printed.get().get(parent.size()) > last
                        && printed.get().get(parent.size()) <= MAX_PART) {
                    part = printed.get().get(parent.size());
                } else {
                    part = last + 1;
                    List<Integer> given = new ArrayList<>(parent);
                    given.add(part);
                    noteRenumbered(child, SectionNumber.of(given).toString());
                }
                last = part;
                List<Integer> number = new ArrayList<>(parent);
                number.add(part);
                section(SectionNumber.of(number), child);
            }
            return last;
        }

        /** A section and, below it, its sub-sections; at the deepest level they stay in its text. */
        private void section(SectionNumber number, ImportedSection given) {
            ImportedSection source = keepPrintedNumbers(number.parts(), given);
            byDepth.merge(number.depth(), 1, Integer::sum);
            if (number.depth() == SectionNumber.MAX_DEPTH && !source.children().isEmpty()) {
                List<Block> blocks = new ArrayList<>(source.blocks());
                flatten(source.children(), blocks);
                add(number, source.title(), blocks, source.location());
                return;
            }
            add(number, source.title(), source.blocks(), source.location());
            children(number.parts(), source.children(), 0);
        }

        private static void flatten(List<ImportedSection> children, List<Block> into) {
            for (ImportedSection child : children) {
                String heading = (child.printedNumber().isEmpty() ? "" : child.printedNumber() + " ") + child.title();
                into.add(Block.prose(heading));
                into.addAll(child.blocks());
                flatten(child.children(), into);
            }
        }

        private void add(SectionNumber number, String title, List<Block> blocks, String location) {
            for (Block block : blocks) {
                switch (block.kind()) {
                    case PROSE -> words += WordCount.of(block.text());
                    case CODE -> code++;
                    case TABLE -> tables++;
                    case IMAGE -> images++;
                    default -> throw new IllegalStateException("a new kind of block: " + block.kind());
                }
            }
            sections.add(Section.ofBlocks(
                    number, title.isEmpty() ? "(untitled)" : title, blocks, SourceLine.page(location)));
        }

        private void noteRenumbered(ImportedSection section, String given) {
            if (!section.printedNumber().isEmpty()) {
                renumbered.add(new Renumbered(label(section), given, order));
            }
        }

        private static String label(ImportedSection section) {
            return (section.printedNumber().isEmpty() ? "" : section.printedNumber() + " ") + section.title() + " ("
                    + section.location() + ")";
        }
    }
}
