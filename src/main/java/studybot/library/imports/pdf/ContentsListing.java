package studybot.library.imports.pdf;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import studybot.library.imports.NumberedTitle;

/**
 * Finds tables of contents printed in the text: the book's own at the front, and the short ones many manuals print
 * under each chapter heading. They are runs of lines that each print a bookmark's title (after an optional number and
 * before optional dot leaders and a page number), and they repeat the outline rather than add to the book.
 */
final class ContentsListing {

    /** This many titles close together are a listing, not a sentence that names a section. */
    private static final int MIN_ENTRIES = 4;
    /** How many lines may separate two entries of one listing (an entry wrapped over lines). */
    private static final int MAX_SPACING = 3;

    private static final Pattern LEADING_LABEL = Pattern.compile(
            "(?i)^(?:(?:chapter|appendix|part|section)\\s+)?(?:\\d{1,3}(?:\\.\\d{1,3})*|[A-Z]|[IVXLC]+)\\.?\\s+");
    private static final Pattern TRAILING_PAGE = Pattern.compile("[\\s.·…]+(?:\\d{1,5}|[ivxlcdm]{1,8})$");
    private static final Pattern CONTENTS = Pattern.compile("(?i)(?:table of )?contents");

    private final Set<String> titles = new HashSet<>();

    /** @param titles every bookmark's title */
    ContentsListing(List<String> titles) {
        for (String title : titles) {
            add(title);
            add(NumberedTitle.of(title).title());
        }
    }

    private void add(String title) {
        String letters = HeadingMatch.letters(title);
        if (!letters.isEmpty()) {
            this.titles.add(letters);
        }
    }

    /**
     * The lines that belong to a printed table of contents.
     *
     * @param headings the lines that are a section's own heading, which end a listing and never belong to one
     */
    BitSet find(List<PageLine> lines, BitSet headings) {
        BitSet listing = new BitSet();
        int first = -1;
        int last = -1;
        int entries = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean end = i == lines.size() || headings.get(i) || (last >= 0 && i - last > MAX_SPACING);
            if (end) {
                if (entries >= MIN_ENTRIES) {
                    boolean titled = first > 0
                            && !headings.get(first - 1)
                            && CONTENTS.matcher(lines.get(first - 1).text().strip())
                                    .matches();
                    listing.set(titled ? first - 1 : first, last + 1);
                }
                first = -1;
                last = -1;
                entries = 0;
            }
            if (i < lines.size() && !headings.get(i) && isEntry(lines.get(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                entries++;
            }
        }
        return listing;
    }

    private boolean isEntry(PageLine line) {
        if (line.image() || line.monospace()) {
            return false;
        }
        String text = line.text().strip();
        String withoutPage = TRAILING_PAGE.matcher(text).replaceFirst("");
        for (String entry : List.of(text, withoutPage)) {
            if (titles.contains(HeadingMatch.letters(entry))
                    || titles.contains(
                            HeadingMatch.letters(LEADING_LABEL.matcher(entry).replaceFirst("")))) {
                return true;
            }
        }
        return false;
    }

    /** The pages of the given lines, for the report. */
    static TreeSet<Integer> pages(List<PageLine> lines, BitSet which) {
        TreeSet<Integer> pages = new TreeSet<>();
        which.stream().forEach(i -> pages.add(lines.get(i).page()));
        return pages;
    }
}
