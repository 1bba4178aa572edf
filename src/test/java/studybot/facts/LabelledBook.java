package studybot.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studybot.library.Library;
import studybot.library.LibraryLoader;
import studybot.library.SeedParser;

/**
 * A book and the hand-made label of every one of its sentences (teaches, chatter, leans, heading), read from a TSV
 * under {@code src/test/resources/facts/}: {@code section TAB label TAB sentence}, in book order.
 */
public record LabelledBook(Library library, List<Label> labels) {

    public enum Kind {
        TEACHES,
        CHATTER,
        LEANS,
        HEADING
    }

    public record Label(String section, Kind kind, String text) {}

    public static LabelledBook seed() {
        return load(Path.of("seeds"), "facts/seed-labels.tsv");
    }

    public static LabelledBook operatingSystems() {
        return load(resource("facts/os-book"), "facts/os-book-labels.tsv");
    }

    /** Written and labelled after the rules were settled, and not used to tune them: the held-out book. */
    public static LabelledBook networking() {
        return load(resource("facts/networking-book"), "facts/networking-book-labels.tsv");
    }

    static LabelledBook load(Path seeds, String labelsResource) {
        try {
            Library library = new LibraryLoader(new SeedParser(), Clock.systemUTC()).load(seeds);
            List<Label> labels = new ArrayList<>();
            for (String line : Files.readAllLines(resource(labelsResource), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                labels.add(new Label(fields[0], Kind.valueOf(fields[1].toUpperCase()), fields[2]));
            }
            return new LabelledBook(library, labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (studybot.library.LibraryException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The label of a sentence of the book; fails the caller's test (by exception) for a sentence not labelled. */
    public Kind kindOf(String section, String sentence) {
        for (Label label : labels) {
            if (label.section.equals(section) && label.text.equals(sentence)) {
                return label.kind;
            }
        }
        throw new IllegalArgumentException("no label for " + section + ": " + sentence);
    }

    Map<String, List<Label>> bySection() {
        Map<String, List<Label>> sections = new LinkedHashMap<>();
        labels.forEach(label ->
                sections.computeIfAbsent(label.section, s -> new ArrayList<>()).add(label));
        return sections;
    }

    private static Path resource(String name) {
        try {
            return Path.of(LabelledBook.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
