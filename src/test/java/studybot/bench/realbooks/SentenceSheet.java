package studybot.bench.realbooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studybot.facts.BookUnits;
import studybot.facts.FactIds;
import studybot.facts.TextUnit;
import studybot.library.Library;
import studybot.library.SectionNumber;

/**
 * Prints the sentences of a book's sections to be labelled by hand, one row per sentence: {@code S section hash ?
 * text}. The judge replaces {@code ?} with a label; the text column is cut before the labels are committed. With no
 * section numbers, picks {@value #SECTIONS} sections of 6 to 30 sentences spread evenly over the book. BOOK is a folder
 * holding a book the bot reads (read as {@link QuizSample} reads one), or the name of a label file (its {@code #
 * folder:} if it has one), or the name of a converted book. A command, not a test:
 * {@code scripts/real-books/sentence-sheet.sh BOOK [SECTION...]}.
 */
public final class SentenceSheet {

    static final int SECTIONS = 20;
    private static final int MIN_SENTENCES = 6;
    private static final int MAX_SENTENCES = 30;

    private SentenceSheet() {}

    /**
     * @param args the converted books' folder, the labels' folder, the book (a folder, a label file's or a converted
     *     book's name), then optionally the sections to print
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[2]);
        Path labels = Path.of(args[1]).resolve(args[2] + ".tsv");
        RealBook book = Files.isRegularFile(labels)
                ? RealBook.read(labels)
                : new RealBook(args[2], Map.of(), Map.of(), Map.of());
        Library library = Files.isDirectory(folder) ? BookFolder.load(folder) : book.library(Path.of(args[0]));
        Map<SectionNumber, List<TextUnit>> units = BookUnits.of(library);
        List<SectionNumber> chosen = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            chosen.add(SectionNumber.parse(args[i]).orElseThrow());
        }
        if (chosen.isEmpty()) {
            List<SectionNumber> fitting = units.entrySet().stream()
                    .filter(entry -> entry.getValue().size() >= MIN_SENTENCES
                            && entry.getValue().size() <= MAX_SENTENCES)
                    .map(Map.Entry::getKey)
                    .toList();
            for (int i = 0; i < SECTIONS && i < fitting.size(); i++) {
                chosen.add(fitting.get((int) ((i + 0.5) * fitting.size() / SECTIONS)));
            }
        }
        for (SectionNumber section : chosen) {
            System.out.printf(
                    "# %s %s%n", section, library.find(section).orElseThrow().title());
            for (TextUnit unit : units.get(section)) {
                System.out.printf(
                        "S\t%s\t%s\t%s\t%s%n",
                        section, FactIds.of(unit.text()), unit.heading() ? "heading" : "?", unit.text());
            }
        }
    }
}
