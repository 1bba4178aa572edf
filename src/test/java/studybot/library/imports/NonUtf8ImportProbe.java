package studybot.library.imports;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import studybot.library.LibraryException;
import studybot.library.Section;
import studybot.library.imports.formats.BookFormats;
import studybot.library.imports.formats.ZippedPages;

/**
 * Run in a JVM of its own by {@link NonUtf8FileNamesTest}, started without {@code LANG} so that its file-name charset
 * is ASCII: imports a book ({@code import <book>}) or unpacks a zip ({@code unpack <zip> <folder>}) and prints what
 * came of it, one line each, or the refusal's message.
 */
final class NonUtf8ImportProbe {

    private NonUtf8ImportProbe() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("charset " + System.getProperty("sun.jnu.encoding"));
        try {
            if (args[0].equals("import")) {
                AssembledBook book = BookFormats.importer(ImportLimits.DEFAULT, Clock.systemUTC())
                        .importBook(Path.of(args[1]));
                for (Section section : book.library().sections()) {
                    out.println(section.heading() + " @ " + section.origin());
                }
            } else {
                ZippedPages.unpack(Path.of(args[1]), Path.of(args[2]), ImportLimits.DEFAULT, "pages.zip: ");
                out.println("unpacked");
            }
        } catch (LibraryException e) {
            out.println("refused: " + e.getMessage());
        }
    }
}
